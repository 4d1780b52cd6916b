import { type ActionItem, addActionItem } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { selectCanEdit, useSessionStore } from "../stores/sessionStore";
import { ActionItemCard } from "./ActionItemCard";

const letter = (i: number) => String.fromCharCode(97 + (i % 26));

/**
 * The action plan beside the board: items grouped under numbered focus areas ("1.", "a."), as a
 * plan document numbers them.
 */
export function ActionPlanPanel({ workshop }: { workshop: WorkshopDoc }) {
  const { t } = useTranslation();
  const items = useActionItems(workshop.doc);
  const board = useBoardModel(workshop.doc);
  const canEdit = useSessionStore(selectCanEdit);
  const groups = new Map<string, ActionItem[]>();
  for (const item of items) {
    const key = item.focusArea.trim();
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0));

  return (
    <div className="plan-panel" data-testid="plan-panel">
      {items.length === 0 && <p className="muted plan-empty">{t("plan.empty")}</p>}
      {ordered.map(([area, list], i) => (
        <section key={area || "-"} className="plan-area">
          <h3>
            {i + 1}. {area || t("plan.noFocusArea")}
          </h3>
          {list.map((item, j) => (
            <ActionItemCard
              key={item.id}
              doc={workshop.doc}
              item={item}
              label={`${letter(j)}.`}
              board={board}
              canEdit={canEdit}
            />
          ))}
        </section>
      ))}
      {canEdit && (
        <button
          type="button"
          className="button secondary"
          onClick={() => addActionItem(workshop.doc, { title: "" })}
          data-testid="plan-new"
        >
          {t("plan.newItem")}
        </button>
      )}
    </div>
  );
}
