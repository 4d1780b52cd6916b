import { attachChallenge, type BoardCard, challengeTargets } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * What a challenge is attached to: an opportunity, a link or an action item (or the workshop as a
 * whole). Mounted only where a challenge is being edited, since it reads the board and the plan.
 */
export function AttachPicker({ doc, card, step }: { doc: Y.Doc; card: BoardCard; step?<T>(change: () => T): T }) {
  const { t } = useTranslation();
  const model = useBoardModel(doc);
  const items = useActionItems(doc);
  const targets = challengeTargets(model, items, t("board.cardPlaceholder"));
  const groups = (["card", "link", "item"] as const)
    .map((type) => ({ type, targets: targets.filter((x) => x.type === type) }))
    .filter((g) => g.targets.length > 0);
  const value = card.attachedTo && targets.some((x) => x.id === card.attachedTo) ? card.attachedTo : "";
  return (
    <label className="attach-picker">
      <span>{t("critique.attachTo")}</span>
      <select
        value={value}
        onChange={(e) => {
          const write = () => attachChallenge(doc, card.id, e.target.value || null);
          if (step) step(write);
          else write();
        }}
        data-testid="attach-picker"
      >
        <option value="">{t("critique.nothing")}</option>
        {groups.map((g) => (
          <optgroup key={g.type} label={t(`critique.${g.type}`)}>
            {g.targets.map((x) => (
              <option key={x.id} value={x.id}>
                {shorten(x.label)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
