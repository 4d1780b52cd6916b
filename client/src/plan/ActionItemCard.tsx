import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_TEXT_FIELDS,
  type ActionItem,
  type ActionTextField,
  actionItemsMap,
  actionText,
  applyTextDiff,
  type BoardModel,
  EXPORT_LABELS,
  formatMean,
  GOAL_TYPES,
  type PrioritySuggestion,
  provenanceInWords,
  scoresInWords,
} from "@oppdag/shared";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import * as Y from "yjs";
import { ItemChallenges } from "../critique/ItemChallenges";
import { asLanguage } from "../i18n/useLanguage";
import { useUiStore } from "../stores/uiStore";

const LONG_FIELDS = new Set<ActionTextField>([
  "goal",
  "resultIndicators",
  "effectIndicators",
  "method",
  "instruments",
  "partners",
  "knowledgeNeeds",
  "communication",
  "resources",
]);

interface Props {
  doc: Y.Doc;
  item: ActionItem;
  label: string;
  board: BoardModel;
  canEdit: boolean;
  /** What the room's votes or scores suggest, beside the priority people set. */
  suggestion: PrioritySuggestion | null;
}

/** One action item: every field editable by several people at once (each field is a Y.Text). */
function ActionItemCardView({ doc, item, label, board, canEdit, suggestion }: Props) {
  const { t, i18n } = useTranslation();
  const setUi = useUiStore((s) => s.set);
  const set = (key: string, value: unknown) => actionItemsMap(doc).get(item.id)?.set(key, value);
  const edit = (field: ActionTextField, value: string) => {
    const text = actionText(doc, item.id, field);
    if (text) applyTextDiff(text, value);
    // A field added since the item was made (communication): its text starts with this edit.
    else actionItemsMap(doc).get(item.id)?.set(field, new Y.Text(value));
  };
  const language = asLanguage(i18n.language);
  const suggestedWhy = suggestion
    ? suggestion.basis === "scores"
      ? t("plan.suggestedByScore", { mean: formatMean(suggestion.value, language) })
      : t("plan.votes", { count: suggestion.value })
    : "";
  const sources = provenanceInWords(board, item.provenance, t("plan.untitled"));

  return (
    <article className={`action-item status-${item.status}`} data-testid="action-item">
      <header className="action-item-head">
        <span className="action-label">{label}</span>
        <input
          className="action-title"
          aria-label={t("plan.fields.title")}
          placeholder={t("plan.fields.title")}
          value={item.title}
          readOnly={!canEdit}
          onChange={(e) => edit("title", e.target.value)}
          data-testid="action-title"
        />
      </header>
      <div className="action-meta">
        <label>
          {t("plan.priority")}
          <select
            value={item.priority ?? ""}
            disabled={!canEdit}
            onChange={(e) => set("priority", e.target.value || null)}
            data-testid="action-priority"
          >
            <option value="">{t("plan.notSet")}</option>
            {ACTION_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`plan.priorities.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {suggestion && suggestion.priority !== item.priority && (
          <button
            type="button"
            className="suggestion"
            disabled={!canEdit}
            title={t("plan.useSuggestion")}
            onClick={() => set("priority", suggestion.priority)}
            data-testid="action-suggestion"
          >
            {t("plan.suggested", { priority: t(`plan.priorities.${suggestion.priority}`), why: suggestedWhy })}
          </button>
        )}
        <label>
          {t("plan.status")}
          <select
            value={item.status}
            disabled={!canEdit}
            onChange={(e) => set("status", e.target.value)}
            data-testid="action-status"
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("plan.goalType")}
          <select
            value={item.goalType ?? ""}
            disabled={!canEdit}
            onChange={(e) => set("goalType", e.target.value || null)}
            data-testid="action-goal-type"
          >
            <option value="">{t("plan.notSet")}</option>
            {GOAL_TYPES.map((g) => (
              <option key={g} value={g}>
                {t(`plan.goalTypes.${g}`)}
              </option>
            ))}
          </select>
        </label>
        {(item.provenance.cardIds.length > 0 || item.provenance.linkIds.length > 0) && (
          <button
            type="button"
            className="button ghost small"
            onClick={() => setUi({ focusIds: [...item.provenance.cardIds, ...item.provenance.linkIds] })}
            data-testid="action-show"
          >
            {t("plan.showOnBoard")}
          </button>
        )}
      </div>
      {sources.length > 0 && (
        <p className="action-provenance" data-testid="action-provenance">
          {t("plan.from")}: {sources.join(" · ")}
          {item.provenance.actorGroups.length > 0 &&
            ` · ${item.provenance.actorGroups.map((g) => t(`groups.${g}`)).join(", ")}`}
          {` · ${t("plan.votes", { count: item.provenance.votes })}`}
        </p>
      )}
      {(item.provenance.scores?.length ?? 0) > 0 && (
        // The scores of the target it was made from, as the exports put them, in the UI's language.
        <p className="action-provenance" data-testid="action-scores">
          {EXPORT_LABELS[asLanguage(i18n.language)].scores}:{" "}
          {scoresInWords(item.provenance.scores, EXPORT_LABELS[asLanguage(i18n.language)])}
        </p>
      )}
      <ItemChallenges doc={doc} item={item} board={board} canAnswer={canEdit} />
      <div className="action-fields">
        {ACTION_TEXT_FIELDS.filter((f) => f !== "title").map((field) =>
          LONG_FIELDS.has(field) ? (
            <label key={field} className="long">
              <span>{t(`plan.fields.${field}`)}</span>
              <textarea
                rows={2}
                value={item[field]}
                readOnly={!canEdit}
                onChange={(e) => edit(field, e.target.value)}
                data-field={field}
              />
            </label>
          ) : (
            <label key={field}>
              <span>{t(`plan.fields.${field}`)}</span>
              <input
                value={item[field]}
                readOnly={!canEdit}
                onChange={(e) => edit(field, e.target.value)}
                data-field={field}
              />
            </label>
          ),
        )}
      </div>
      {canEdit && (
        <button type="button" className="button ghost small danger" onClick={() => actionItemsMap(doc).delete(item.id)}>
          {t("plan.delete")}
        </button>
      )}
    </article>
  );
}

export const ActionItemCard = memo(ActionItemCardView);
