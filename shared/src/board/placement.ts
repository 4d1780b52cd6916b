export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Side by side there is room for a link and its label between two cards; above and below, less. */
const GAP_X = 160;
const GAP_Y = 48;

/** Whether two rectangles overlap, or come closer than `margin` to each other. */
export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/** Whether `inner` lies wholly inside `outer`. */
export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

export interface SpotOptions {
  /**
   * The part of the board this person sees: a spot inside it is taken before a nearer one
   * outside, so a new card is never put off screen or under a panel when there is room on screen.
   */
  within?: Rect;
  /** Room kept free around other cards; by default enough for a link label beside, less above. */
  gap?: { x: number; y: number };
  maxRings?: number;
}

/**
 * The free spot nearest to `center` for a w×h card: tries a grid of positions in rings around
 * the center so new cards from many people at once land side by side, never on top of each other.
 * Returns the top-left corner.
 */
export function findFreeSpot(
  occupied: readonly Rect[],
  center: Point,
  w: number,
  h: number,
  { within, gap = { x: GAP_X, y: GAP_Y }, maxRings = 12 }: SpotOptions = {},
): Point {
  const origin = clampInto({ x: Math.round(center.x - w / 2), y: Math.round(center.y - h / 2) }, w, h, within);
  const stepX = w + gap.x;
  const stepY = h + gap.y;
  const free = (rect: Rect) =>
    !occupied.some(
      (o) =>
        rect.x < o.x + o.w + gap.x &&
        o.x < rect.x + rect.w + gap.x &&
        rect.y < o.y + o.h + gap.y &&
        o.y < rect.y + rect.h + gap.y,
    );
  let outside: Point | null = null;
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
      if (!free(rect)) continue;
      if (!within || rectInside(rect, within)) return { x: c.x, y: c.y };
      outside ??= { x: c.x, y: c.y };
    }
  }
  // No room inside at the usual spacing: closer together inside (a full zone, a small view) is
  // better than out of it, where the person would not see the card or its zone would lose it.
  if (within && (gap.x > TIDY_GAP.x || gap.y > TIDY_GAP.y)) {
    const tight = findFreeSpot(occupied, center, w, h, { within, gap: TIDY_GAP, maxRings });
    if (rectInside({ ...tight, w, h }, within)) return tight;
  }
  return outside ?? origin;
}

/** Moves a w×h box at `p` inside `area` when it fits there, so a spot near an edge starts on screen. */
function clampInto(p: Point, w: number, h: number, area?: Rect): Point {
  if (!area || w > area.w || h > area.h) return p;
  return {
    x: Math.round(Math.min(Math.max(p.x, area.x), area.x + area.w - w)),
    y: Math.round(Math.min(Math.max(p.y, area.y), area.y + area.h - h)),
  };
}

export interface RowsOptions {
  /** Top-left corner of the first row, and how wide a row may grow. */
  area: { x: number; y: number; w: number };
  /** What the rows must not cover: they step past it. */
  occupied?: readonly Rect[];
  gapX?: number;
  gapY?: number;
  /** Indices at which a new row starts (each author's first card, say). */
  rowBreaks?: ReadonlySet<number>;
}

/** Room between cards in a tidy grid: enough to tell them apart and to grab one. */
export const TIDY_GAP = { x: 24, y: 24 } as const;

/**
 * Lays boxes out in rows, left to right and top to bottom, like text: a row ends where the area
 * does, and a box that would cover something in `occupied` moves on past it. Returns the top-left
 * corner of each box, in the order given; no two boxes overlap, and none overlaps `occupied`.
 */
export function layoutRows(
  sizes: ReadonlyArray<{ w: number; h: number }>,
  { area, occupied = [], gapX = TIDY_GAP.x, gapY = TIDY_GAP.y, rowBreaks }: RowsOptions,
): Point[] {
  const placed: Rect[] = [];
  let x = area.x;
  let y = area.y;
  let rowH = 0;
  const newRow = (h: number) => {
    y += (rowH || h) + gapY;
    x = area.x;
    rowH = 0;
  };
  sizes.forEach((size, i) => {
    if (rowBreaks?.has(i) && x > area.x) newRow(size.h);
    for (;;) {
      if (x > area.x && x + size.w > area.x + area.w) newRow(size.h);
      const rect = { x, y, w: size.w, h: size.h };
      const hit = occupied.find((o) => rectsOverlap(rect, o, gapY)) ?? placed.find((o) => rectsOverlap(rect, o));
      if (!hit) break;
      x = Math.max(x + 1, hit.x + hit.w + gapX);
    }
    placed.push({ x, y, w: size.w, h: size.h });
    x += size.w + gapX;
    rowH = Math.max(rowH, size.h);
  });
  return placed.map(({ x: px, y: py }) => ({ x: Math.round(px), y: Math.round(py) }));
}

/** The smallest rectangle holding all of `rects`, or null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}
