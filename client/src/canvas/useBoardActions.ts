import {
  type Author,
  addActionItem,
  addLink,
  type BoardModel,
  type DraftCard,
  provenanceFrom,
  provenanceScores,
} from "@oppdag/shared";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { request } from "../control/request";
import { changeableUnder, useZoneRule } from "../groups/zoneRule";
import { selectBoardRights, selectRole, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { type AddedCards, addCards, boardActions, type NewCards } from "./actions";
import type { Point } from "./boardProjection";
import { awaitTextFor } from "./typeAhead";
import { useSettleCollisions } from "./useSettleCollisions";
import type { VisibleArea } from "./useVisibleArea";
import { revealedCounts } from "./useVoteMarks";

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  author: Author;
  step<T>(change: () => T): T;
  drafts: readonly DraftCard[];
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  /** What this person sees of the board: new cards go there. */
  visible: VisibleArea;
}

export interface BoardActions {
  /** Adds cards wherever this person's rights send them, and selects them. */
  addCards(request: NewCards): AddedCards;
  addZone(center: Point): void;
  link(source: string, target: string): void;
  /** Makes an action item of the selection, or null while that is not allowed. */
  makeActionItem: (() => void) | null;
  /**
   * Lays the selected zone's cards, or the selected cards, in tidy rows: null while there is
   * nothing to tidy, undefined for anyone but a facilitator.
   */
  tidy: (() => void) | null | undefined;
  delete(ids: Iterable<string>): void;
}

/**
 * Everything a gesture can do to the board (toolbar, double-click, keyboard, React Flow's connect
 * and delete), in one place, so every gesture obeys the same rights.
 */
export function useBoardActions({
  doc,
  model,
  author,
  step,
  drafts,
  selected,
  setSelected,
  visible,
}: Options): BoardActions {
  const { t } = useTranslation();
  const rights = useSessionStore(selectBoardRights);
  const facilitator = useSessionStore(selectRole) === "facilitator";
  const rounds = useSessionStore((s) => s.session?.votes);
  const scoring = useSessionStore((s) => s.session?.scoring);
  const setUi = useUiStore((s) => s.set);
  const settle = useSettleCollisions({ doc, model, within: visible.rect });
  const zoneRule = useZoneRule(model);

  const handleAddCards = useCallback(
    (newCards: NewCards) => {
      const added = addCards(
        {
          rights,
          doc,
          model,
          author,
          drafts,
          step,
          sendDraft: (draft) => void request("draft:upsert", draft),
          // Under a group's zone rule new cards go inside the zone, wherever the person looks.
          within: zoneRule ?? visible.rect(),
        },
        newCards,
      );
      if (added.nodeIds.length === 0) return added;
      // Another person may have put a card on the same spot at the same moment: settle if so.
      if (added.where === "public") settle(added.nodeIds);
      // A single new card opens for typing: it must be seen at a size its text is drawn at.
      visible.reveal(added.rects, added.originals, newCards.type === "card");
      setSelected(new Set(added.nodeIds));
      // A new public card opens for typing; a new draft focuses itself (DraftNode). Keys typed
      // until then are held for it (typeAhead.ts).
      const [id] = added.nodeIds;
      if (newCards.type === "card" && id) awaitTextFor(id);
      if (added.where === "public" && newCards.type === "card" && id) setUi({ editingId: id });
      return added;
    },
    [rights, doc, model, author, drafts, step, setSelected, setUi, settle, visible, zoneRule],
  );

  const handleAddZone = useCallback(
    (center: Point) => {
      if (!rights.edit) return;
      const id = step(() => boardActions.addZone(doc, t("board.newZone"), center));
      setSelected(new Set([id]));
    },
    [rights.edit, step, doc, t, setSelected],
  );

  const handleLink = useCallback(
    (source: string, target: string) => {
      if (!rights.edit) return;
      const id = step(() => addLink(doc, source, target, author));
      // Select the new link so its "Add label" button is right there.
      if (id) setSelected(new Set([id]));
    },
    [rights.edit, step, doc, author, setSelected],
  );

  // An action item from the selection: a link, an idea card, or several cards and links. Not
  // during one's own private round, whose cards are not on the shared board yet.
  const canMakeActionItem = rights.edit && rights.newCards !== "private" && selected.size > 0;
  const handleMakeActionItem = useCallback(() => {
    const provenance = provenanceFrom(model, selected, revealedCounts(rounds ?? []));
    const link = model.links.find((l) => selected.has(l.id));
    const text = (id: string) => model.cards.find((c) => c.id === id)?.text.trim() ?? "";
    const title = link
      ? link.label || `${text(link.source)} – ${text(link.target)}`
      : text(provenance.cardIds[0] ?? "");
    // The revealed scores of what it is made from (the link, else the first card) go with it.
    const target = link?.id ?? provenance.cardIds[0];
    const scores = (scoring ?? []).flatMap((round) => {
      const result = round.status === "revealed" ? round.results?.find((r) => r.targetId === target) : undefined;
      return result ? [provenanceScores(round, result)] : [];
    });
    step(() => addActionItem(doc, { title, provenance: scores.length > 0 ? { ...provenance, scores } : provenance }));
    setUi({ sideTab: "plan", notesOpen: true });
  }, [rounds, scoring, model, selected, step, doc, setUi]);

  // Tidy: a selected zone's cards, or two or more selected cards.
  const canTidy =
    rights.edit &&
    (model.zones.some((z) => selected.has(z.id)) || model.cards.filter((c) => selected.has(c.id)).length >= 2);
  const handleTidy = useCallback(() => {
    step(() => boardActions.tidy(doc, model, selected));
  }, [step, doc, model, selected]);

  const handleDelete = useCallback(
    (ids: Iterable<string>) => {
      if (!rights.edit) return;
      const allowed = [...ids].filter((id) => {
        const card = zoneRule && model.cards.find((c) => c.id === id);
        return !card || changeableUnder(zoneRule, card);
      });
      step(() => boardActions.deleteSelection(doc, model, new Set(allowed)));
      setSelected(new Set());
    },
    [rights.edit, step, doc, model, setSelected, zoneRule],
  );

  return useMemo(
    () => ({
      addCards: handleAddCards,
      addZone: handleAddZone,
      link: handleLink,
      makeActionItem: canMakeActionItem ? handleMakeActionItem : null,
      tidy: !facilitator ? undefined : canTidy ? handleTidy : null,
      delete: handleDelete,
    }),
    [
      handleAddCards,
      handleAddZone,
      handleLink,
      canMakeActionItem,
      handleMakeActionItem,
      facilitator,
      canTidy,
      handleTidy,
      handleDelete,
    ],
  );
}
