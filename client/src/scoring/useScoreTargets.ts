import type { CardKind } from "@oppdag/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";

/** A scoring target as people read it. */
export interface ScoreTarget {
  id: string;
  type: "card" | "link" | "actionItem";
  /** For cards: the kind, for its colour dot. */
  kind?: CardKind;
  text: string;
}

/**
 * The round's targets in its order, described from the document: a card by its text, a link as
 * "A ↔ B", an action item by its title. Something deleted since the round opened reads as a dash.
 */
export function useScoreTargets(doc: Y.Doc, targetIds: readonly string[]): ScoreTarget[] {
  const { t } = useTranslation();
  const board = useBoardModel(doc);
  const items = useActionItems(doc);
  return useMemo(() => {
    const cards = new Map(board.cards.map((c) => [c.id, c]));
    const links = new Map(board.links.map((l) => [l.id, l]));
    const plan = new Map(items.map((i) => [i.id, i]));
    const cardText = (id: string) => cards.get(id)?.text.trim() || "?";
    return targetIds.map((id): ScoreTarget => {
      const card = cards.get(id);
      if (card) return { id, type: "card", kind: card.kind, text: card.text.trim() || t(`kinds.${card.kind}`) };
      const link = links.get(id);
      if (link) {
        const label = link.label.trim() ? ` (${link.label.trim()})` : "";
        return { id, type: "link", text: `${cardText(link.source)} ↔ ${cardText(link.target)}${label}` };
      }
      const item = plan.get(id);
      if (item) return { id, type: "actionItem", text: item.title.trim() || t("plan.untitled") };
      return { id, type: "card", text: "—" };
    });
  }, [board, items, targetIds, t]);
}
