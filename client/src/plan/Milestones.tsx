import {
  type ActionItem,
  actionItemsMap,
  addMilestone,
  formatDay,
  MILESTONE_LIMITS,
  type Milestone,
} from "@oppdag/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import * as Y from "yjs";
import { asLanguage } from "../i18n/useLanguage";

/** Keys that stay with a milestone when others are added before it (two alike are told apart by count). */
function keyed(milestones: readonly Milestone[]) {
  const seen = new Map<string, number>();
  return milestones.map((m) => {
    const base = `${m.date}|${m.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { m, key: `${base}|${n}` };
  });
}

/**
 * An item's milestones: dated steps in date order, each removable, and a row to add one. Stored as
 * a Y.Array of small maps, so two people adding milestones at once both keep theirs.
 */
export function Milestones({ doc, item, canEdit }: { doc: Y.Doc; item: ActionItem; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [date, setDate] = useState("");
  const [text, setText] = useState("");
  const full = item.milestones.length >= MILESTONE_LIMITS.count;

  const remove = (index: number) => {
    const list = actionItemsMap(doc).get(item.id)?.get("milestones");
    if (!(list instanceof Y.Array)) return;
    // The shown list is sorted; find the stored entry by what it says.
    const shown = item.milestones[index];
    const stored = (list.toArray() as Y.Map<unknown>[]).findIndex(
      (m) => m instanceof Y.Map && m.get("date") === shown?.date && m.get("text") === shown?.text,
    );
    if (stored >= 0) list.delete(stored, 1);
  };

  return (
    <fieldset className="action-milestones long" data-testid="action-milestones">
      <legend>{t("plan.milestones")}</legend>
      {item.milestones.length > 0 && (
        <ol>
          {keyed(item.milestones).map(({ m, key }, i) => (
            <li key={key} data-testid="milestone">
              <time dateTime={m.date}>{formatDay(m.date, language)}</time>
              <span>{m.text}</span>
              {canEdit && (
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={t("plan.removeMilestone", { date: m.date })}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && !full && (
        <form
          className="milestone-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!date) return;
            addMilestone(doc, item.id, { date, text: text.trim() });
            setDate("");
            setText("");
          }}
        >
          <input
            type="date"
            required
            aria-label={t("plan.milestoneDate")}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            data-testid="milestone-date"
          />
          <input
            aria-label={t("plan.milestoneText")}
            placeholder={t("plan.milestoneText")}
            maxLength={MILESTONE_LIMITS.textLength}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="milestone-text"
          />
          <button type="submit" className="button secondary small" data-testid="milestone-add">
            {t("plan.addMilestone")}
          </button>
        </form>
      )}
    </fieldset>
  );
}
