import type { Rect } from "@oppdag/shared";

const area = (r: Rect) => Math.max(0, r.w) * Math.max(0, r.h);

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.w, b.x + b.w);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  return right > x && bottom > y ? { x, y, w: right - x, h: bottom - y } : null;
}

/**
 * The part of the board nobody's panel covers: each thing floating over the board (the toolbar,
 * the minimap, the people panel…) cuts it away from the side where that leaves the most room.
 * Something that covers the whole board is passed over: then the board is all there is.
 * Screen coordinates in, screen coordinates out; `inset` keeps new cards off the very edge.
 */
export function unobstructedRect(board: Rect, covers: readonly Rect[], inset = 12): Rect {
  let free = board;
  const biggestFirst = [...covers].sort((a, b) => area(b) - area(a));
  for (const cover of biggestFirst) {
    const hit = intersection(free, cover);
    if (!hit) continue;
    const sides: Rect[] = [
      { x: free.x, y: free.y, w: hit.x - free.x, h: free.h },
      { x: hit.x + hit.w, y: free.y, w: free.x + free.w - (hit.x + hit.w), h: free.h },
      { x: free.x, y: free.y, w: free.w, h: hit.y - free.y },
      { x: free.x, y: hit.y + hit.h, w: free.w, h: free.y + free.h - (hit.y + hit.h) },
    ];
    const best = sides.reduce((a, b) => (area(b) > area(a) ? b : a));
    if (area(best) > 0) free = best;
  }
  if (free.w > 2 * inset && free.h > 2 * inset) {
    free = { x: free.x + inset, y: free.y + inset, w: free.w - 2 * inset, h: free.h - 2 * inset };
  }
  return free;
}
