import { cardRect } from "./cardText";
import type { BoardCard } from "./model";
import { findFreeSpot, type Point, type Rect, rectsOverlap } from "./placement";

/** Whether card `a` came first (by when it was made, then by id). Every client reads the same order. */
export function precedes(a: Pick<BoardCard, "createdAt" | "id">, b: Pick<BoardCard, "createdAt" | "id">): boolean {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

/**
 * Settles cards that landed on top of each other, as two people adding a card at the same moment
 * do: both clients chose the same free spot before either saw the other's card. Of two
 * overlapping cards the later one (`precedes`) yields and moves to the nearest free spot; each
 * client moves only its own cards (`mine`), so exactly one client moves each card, and the first
 * card of any pile never moves, so all clients converge without fighting. Returns the moves.
 */
export function settleCollisions(
  cards: readonly BoardCard[],
  mine: ReadonlySet<string>,
  within?: Rect,
): Array<{ id: string } & Point> {
  const order = [...cards].sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
  const rects = new Map(order.map((c) => [c.id, cardRect(c)]));
  const moves: Array<{ id: string } & Point> = [];
  for (const [i, card] of order.entries()) {
    if (!mine.has(card.id)) continue;
    const rect = rects.get(card.id) as Rect;
    const covers = order.slice(0, i).some((o) => rectsOverlap(rect, rects.get(o.id) as Rect));
    if (!covers) continue;
    const others = order.filter((o) => o.id !== card.id).map((o) => rects.get(o.id) as Rect);
    const spot = findFreeSpot(others, { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }, rect.w, rect.h, { within });
    rects.set(card.id, { ...rect, ...spot });
    moves.push({ id: card.id, ...spot });
  }
  return moves;
}
