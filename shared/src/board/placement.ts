export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Side by side there is room for a link and its label between two cards; above and below, less. */
const GAP_X = 160;
const GAP_Y = 48;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w + GAP_X && b.x < a.x + a.w + GAP_X && a.y < b.y + b.h + GAP_Y && b.y < a.y + a.h + GAP_Y;
}

/**
 * The free spot nearest to `center` for a w×h card: tries a grid of positions in rings around
 * the center so new cards from many people at once land side by side, never on top of each other.
 * Returns the top-left corner.
 */
export function findFreeSpot(
  occupied: readonly Rect[],
  center: { x: number; y: number },
  w: number,
  h: number,
  maxRings = 12,
): { x: number; y: number } {
  const origin = { x: Math.round(center.x - w / 2), y: Math.round(center.y - h / 2) };
  const stepX = w + GAP_X;
  const stepY = h + GAP_Y;
  for (let ring = 0; ring <= maxRings; ring++) {
    const candidates: Array<{ x: number; y: number; d: number }> = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        // Ranked in grid steps, rows before columns: people read a board left to right, and
        // links (with their labels) run sideways between neighbours.
        candidates.push({ x: origin.x + i * stepX, y: origin.y + j * stepY, d: Math.hypot(i, 1.6 * j) });
      }
    }
    candidates.sort((a, b) => a.d - b.d || a.y - b.y || b.x - a.x);
    for (const c of candidates) {
      const rect = { x: c.x, y: c.y, w, h };
      if (!occupied.some((o) => overlaps(rect, o))) return { x: c.x, y: c.y };
    }
  }
  return origin;
}
