/** Pure geometry for the board's keyboard: which card is next in a direction, and steps. */

export type Direction = "up" | "down" | "left" | "right";

export interface Rect {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Arrow key to direction, or null for any other key. */
export function directionOf(key: string): Direction | null {
  const map: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };
  return map[key] ?? null;
}

/** How far one press moves or resizes a card, in board pixels. */
export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;
/** The smallest card, as the resize handles allow it. */
export const MIN_CARD = { w: 140, h: 90 };
/** As small as a zone's resize handles let it get (ZoneNode). */
export const MIN_ZONE = { w: 200, h: 140 };

const UNIT: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The offset one press in `direction` moves a card. */
export function stepOf(direction: Direction, large: boolean): { x: number; y: number } {
  const n = large ? KEY_STEP_LARGE : KEY_STEP;
  return { x: UNIT[direction].x * n, y: UNIT[direction].y * n };
}

/** A card's size after one resize press: right and down grow it, left and up shrink it. */
export function resizedBy(size: { w: number; h: number }, direction: Direction, large: boolean, min = MIN_CARD) {
  const d = stepOf(direction, large);
  return { w: Math.max(min.w, size.w + d.x), h: Math.max(min.h, size.h + d.y) };
}

/**
 * The card nearest to `from` in `direction`, by centres: only cards whose centre lies ahead (within
 * a 45° cone either side), the one straight ahead preferred over one as near but off to the side.
 * Falls back to anything ahead at all, so no card in that half of the board is unreachable.
 */
export function nearestInDirection(from: Rect, others: readonly Rect[], direction: Direction): string | null {
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  const u = UNIT[direction];
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const r of others) {
    if (r.id === from.id) continue;
    const dx = r.x + r.w / 2 - cx;
    const dy = r.y + r.h / 2 - cy;
    const ahead = dx * u.x + dy * u.y;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * u.y + dy * u.x);
    const inCone = aside <= ahead;
    // Sideways distance counts double: a card straight ahead wins over one as near off to the side.
    const score = ahead + 2 * aside;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id: r.id, score, inCone };
    }
  }
  return best?.id ?? null;
}
