import { type BoardModel, type Rect, settleCollisions, updateCard } from "@oppdag/shared";
import { useCallback, useEffect, useRef } from "react";
import type * as Y from "yjs";
import { useUiStore } from "../stores/uiStore";

/** A settling move is not a step of anyone's undo history: undoing the new card removes it. */
export const SETTLE_ORIGIN = "settle";
/** How long this client looks after a card it added. */
const KEEP_MS = 2 * 60_000;
/** A card this young is settled even while being written in: it has only just arrived. */
const ARRIVAL_MS = 5_000;

interface Tracked {
  at: number;
  /** Where the card was last seen, to tell when someone moved it on purpose. */
  x?: number;
  y?: number;
}

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  within(): Rect | undefined;
}

/**
 * Settles cards that land on top of each other, as when two people add a card at the same moment
 * and both clients pick the same free spot. Whenever the board changes, this client checks the
 * cards it added lately; one that covers an earlier card moves to the nearest free spot in view
 * (the shared rule `settleCollisions`). The owner of the other card never moves it, so the room
 * settles at once. A card someone has moved by hand, or is still writing in, is left where it is.
 * Returns the function that hands this hook the cards just added.
 */
export function useSettleCollisions({ doc, model, within }: Options): (ids: readonly string[]) => void {
  const tracked = useRef(new Map<string, Tracked>());
  const editingId = useUiStore((s) => s.editingId);

  useEffect(() => {
    const mine = tracked.current;
    if (mine.size === 0) return;
    const now = Date.now();
    const byId = new Map(model.cards.map((c) => [c.id, c]));
    const settle = new Set<string>();
    for (const [id, t] of mine) {
      const card = byId.get(id);
      if (!card || now - t.at > KEEP_MS || (t.x !== undefined && (t.x !== card.x || t.y !== card.y))) {
        mine.delete(id);
        continue;
      }
      t.x = card.x;
      t.y = card.y;
      if (id !== editingId || now - t.at < ARRIVAL_MS) settle.add(id);
    }
    if (settle.size === 0) return;
    const moves = settleCollisions(model.cards, settle, within());
    if (moves.length === 0) return;
    doc.transact(() => {
      for (const m of moves) updateCard(doc, m.id, { x: m.x, y: m.y });
    }, SETTLE_ORIGIN);
    for (const m of moves) {
      const t = mine.get(m.id);
      if (t) Object.assign(t, { x: m.x, y: m.y });
    }
  }, [doc, model, editingId, within]);

  return useCallback((ids: readonly string[]) => {
    const at = Date.now();
    for (const id of ids) tracked.current.set(id, { at });
  }, []);
}
