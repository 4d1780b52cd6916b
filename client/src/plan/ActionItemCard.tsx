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
  CURRENCIES,
  currencyFor,
  EXPORT_LABELS,
  formatMean,
  GOAL_TYPES,
  MAX_BUDGET,
  type PrioritySuggestion,
  provenanceInWords,
  scoresInWords,
} from "@oppdag/shared";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import * as Y from "yjs";
import { ItemChallenges } from "../critique/ItemChallenges";
import { asLanguage } from "../i18n/useLanguage";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { Milestones } from "./Milestones";

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
  "funder",
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

/** A typed budget figure: a number from 0 up, or nothing (cleared, or not a number). */
function budgetFigure(value: string): number | null {
  const n = Number(value);
  return value.trim() === "" || !Number.isFinite(n) || n < 0 || n > MAX_BUDGET ? null : n;
}

/** One of an item's fixed choices (priority, status, goal type) as a labelled select; `unset` offers "not set". */
function Choice<T extends string>(props: {
  label: string;
  value: T | null;
  options: readonly T[];
  optionLabel(option: T): string;
  unset?: string;
  disabled: boolean;
  onChange(value: T | null): void;
  testId: string;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ""}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.target.value || null) as T | null)}
        data-testid={props.testId}
      >
        {props.unset !== undefined && <option value="">{props.unset}</option>}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
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
  const workshopLanguage = useSessionStore((s) => s.workshop?.language ?? language);
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
        <Choice
          label={t("plan.priority")}
          value={item.priority}
          options={ACTION_PRIORITIES}
          optionLabel={(p) => t(`plan.priorities.${p}`)}
          unset={t("plan.notSet")}
          disabled={!canEdit}
          onChange={(p) => set("priority", p)}
          testId="action-priority"
        />
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
        <Choice
          label={t("plan.status")}
          value={item.status}
          options={ACTION_STATUSES}
          optionLabel={(s) => t(`plan.statuses.${s}`)}
          disabled={!canEdit}
          onChange={(s) => set("status", s ?? "draft")}
          testId="action-status"
        />
        <Choice
          label={t("plan.goalType")}
          value={item.goalType}
          options={GOAL_TYPES}
          optionLabel={(g) => t(`plan.goalTypes.${g}`)}
          unset={t("plan.notSet")}
          disabled={!canEdit}
          onChange={(g) => set("goalType", g)}
          testId="action-goal-type"
        />
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
          {EXPORT_LABELS[language].scores}: {scoresInWords(item.provenance.scores, EXPORT_LABELS[language])}
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
        <Milestones doc={doc} item={item} canEdit={canEdit} />
        <fieldset className="action-budget long" data-testid="action-budget">
          <legend>{t("plan.budget")}</legend>
          <label>
            <input
              type="number"
              min={0}
              step={0.1}
              inputMode="decimal"
              value={item.budget.fte ?? ""}
              readOnly={!canEdit}
              onChange={(e) => set("fte", budgetFigure(e.target.value))}
              data-field="fte"
            />
            <span>{t("plan.fte")}</span>
          </label>
          <label>
            <input
              type="number"
              min={0}
              step={1000}
              inputMode="numeric"
              aria-label={t("plan.amount")}
              placeholder={t("plan.amount")}
              value={item.budget.amount ?? ""}
              readOnly={!canEdit}
              onChange={(e) => set("amount", budgetFigure(e.target.value))}
              data-field="amount"
            />
          </label>
          <select
            aria-label={t("plan.currency")}
            value={item.budget.currency ?? currencyFor(workshopLanguage)}
            disabled={!canEdit}
            onChange={(e) => set("currency", e.target.value)}
            data-testid="action-currency"
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </fieldset>
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
