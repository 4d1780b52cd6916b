import { cardHeight, cardRect } from "./cardText";
import { CARD_SIZE } from "./doc";
import type { BoardModel, BoardZone } from "./model";
import { boundsOf, findFreeSpot, layoutRows, type Point, type Rect, rectsOverlap, TIDY_GAP } from "./placement";

/** New places for cards, and new sizes for zones that grew to hold theirs. */
export interface Arrangement {
  cards: Map<string, Point>;
  zones: Map<string, { w: number; h: number }>;
}

/** Room inside a zone around its cards; the top leaves the zone's title free. */
const ZONE_PAD = { x: 16, top: 56, bottom: 16 } as const;
/** Room kept between a block of arranged cards and what is around it. */
const BLOCK_GAP = { x: 48, y: 48 } as const;

interface Box {
  id: string;
  w: number;
  h: number;
}

const centerOf = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** The smallest zone whose area holds the middle of `rect`, or null. */
export function zoneOf(rect: Rect, zones: readonly BoardZone[]): BoardZone | null {
  const c = centerOf(rect);
  let best: BoardZone | null = null;
  for (const z of zones) {
    if (c.x < z.x || c.y < z.y || c.x > z.x + z.w || c.y > z.y + z.h) continue;
    if (!best || z.w * z.h < best.w * best.h) best = z;
  }
  return best;
}

/**
 * Reading order: rows from the top (a card whose top is within half a card of the row's first
 * card belongs to that row), each from the left. Ties go by id, so every client agrees.
 */
export function readingOrder<T extends Rect & { id: string }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const rows: T[][] = [];
  for (const item of byTop) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && item.y - first.y < first.h / 2) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)));
}

/** Lays boxes in rows inside a zone, clear of `occupied`; the zone grows when they need more room. */
function fillZone(zone: BoardZone, boxes: readonly Box[], occupied: Rect[], into: Arrangement): void {
  const area = { x: zone.x + ZONE_PAD.x, y: zone.y + ZONE_PAD.top, w: zone.w - 2 * ZONE_PAD.x };
  const spots = layoutRows(boxes, { area, occupied });
  let right = zone.x + zone.w;
  let bottom = zone.y + zone.h;
  boxes.forEach((box, i) => {
    const spot = spots[i] as Point;
    into.cards.set(box.id, spot);
    occupied.push({ ...spot, w: box.w, h: box.h });
    right = Math.max(right, spot.x + box.w + ZONE_PAD.x);
    bottom = Math.max(bottom, spot.y + box.h + ZONE_PAD.bottom);
  });
  if (right > zone.x + zone.w || bottom > zone.y + zone.h) {
    into.zones.set(zone.id, { w: Math.ceil(right - zone.x), h: Math.ceil(bottom - zone.y) });
  }
}

/**
 * Lays boxes out as one block, in rows of at most `cols`, and puts the block at the free spot
 * nearest to `center`, so it covers nothing in `occupied`.
 */
function placeBlock(
  boxes: readonly Box[],
  center: Point,
  occupied: Rect[],
  into: Arrangement,
  {
    cols,
    rowBreaks,
    gap = BLOCK_GAP,
  }: { cols: number; rowBreaks?: ReadonlySet<number>; gap?: { x: number; y: number } },
): void {
  const widest = Math.max(...boxes.map((b) => b.w));
  const area = { x: 0, y: 0, w: cols * widest + (cols - 1) * TIDY_GAP.x };
  const spots = layoutRows(boxes, { area, rowBreaks });
  const rects = boxes.map((b, i) => ({ ...(spots[i] as Point), w: b.w, h: b.h }));
  const block = boundsOf(rects);
  if (!block) return;
  const at = findFreeSpot(occupied, center, block.w, block.h, { gap });
  for (const [i, box] of boxes.entries()) {
    const r = rects[i] as Rect;
    const spot = { x: at.x + r.x - block.x, y: at.y + r.y - block.y };
    into.cards.set(box.id, spot);
    occupied.push({ ...spot, w: box.w, h: box.h });
  }
}

/**
 * A facilitator's "tidy": the cards of each selected zone laid in rows inside it (the zone grows
 * when they need more room), and the other selected cards laid out as one block where they were.
 * Nothing is put over a card that is not being tidied.
 */
export function tidyArrangement(model: BoardModel, ids: ReadonlySet<string>): Arrangement {
  const into: Arrangement = { cards: new Map(), zones: new Map() };
  const rects = new Map(model.cards.map((c) => [c.id, { ...cardRect(c), id: c.id }]));
  const all = [...rects.values()];
  const home = new Map(all.map((r) => [r.id, zoneOf(r, model.zones)?.id ?? null]));
  const tidied = new Set<string>();
  for (const zone of model.zones) {
    if (!ids.has(zone.id)) continue;
    const inside = readingOrder(all.filter((r) => home.get(r.id) === zone.id));
    if (inside.length === 0) continue;
    for (const r of inside) tidied.add(r.id);
    fillZone(zone, inside, obstacles(all, tidied, into, zone), into);
  }
  const rest = readingOrder(all.filter((r) => ids.has(r.id) && !tidied.has(r.id)));
  if (rest.length >= 2) {
    for (const r of rest) tidied.add(r.id);
    const bounds = boundsOf(rest) as Rect;
    placeBlock(rest, centerOf(bounds), obstacles(all, tidied, into), into, {
      cols: Math.ceil(Math.sqrt(rest.length)),
    });
  }
  return into;
}

/** Cards not being arranged, where they now are: what an arrangement must keep clear of. */
function obstacles(
  all: ReadonlyArray<Rect & { id: string }>,
  moving: ReadonlySet<string>,
  into: Arrangement,
  near?: Rect,
) {
  const out: Rect[] = [];
  for (const r of all) {
    if (moving.has(r.id) && !into.cards.has(r.id)) continue;
    const moved = into.cards.get(r.id);
    const rect = moved ? { ...r, ...moved } : r;
    if (!near || rectsOverlap(rect, near)) out.push(rect);
  }
  return out;
}

/** A draft of a private round as the reveal sees it. */
export interface RevealedDraft {
  id: string;
  authorId: string;
  text: string;
  x: number;
  y: number;
}

/** Up to this many authors, each one's drafts start a row of their own. */
const ROWS_PER_AUTHOR_UP_TO = 8;

/**
 * Where the drafts of a private round go when they are revealed. Drafts dropped in a zone are laid
 * in rows inside it, after what is there (the zone grows if needed); the others form one grid,
 * grouped by author, at the free spot nearest to where they were written. None covers another
 * card or another draft. Cards already carrying a draft's id (a reveal repeated after a crash)
 * count as that draft, not as an obstacle.
 */
export function revealArrangement(model: BoardModel, drafts: readonly RevealedDraft[]): Arrangement {
  const into: Arrangement = { cards: new Map(), zones: new Map() };
  const draftIds = new Set(drafts.map((d) => d.id));
  const existing: Rect[] = model.cards.filter((c) => !draftIds.has(c.id)).map(cardRect);
  const ordered = [...drafts].sort(
    (a, b) => a.authorId.localeCompare(b.authorId) || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id),
  );
  const boxOf = (d: RevealedDraft): Box & Rect => ({
    id: d.id,
    x: d.x,
    y: d.y,
    w: CARD_SIZE.w,
    h: cardHeight({ text: d.text, w: CARD_SIZE.w, h: CARD_SIZE.h }),
  });
  const byZone = new Map<BoardZone | null, Array<Box & Rect & { authorId: string }>>();
  for (const d of ordered) {
    const box = { ...boxOf(d), authorId: d.authorId };
    const zone = zoneOf(box, model.zones);
    byZone.set(zone, [...(byZone.get(zone) ?? []), box]);
  }
  for (const [zone, boxes] of byZone) {
    if (zone) fillZone(zone, boxes, [...existing], into);
  }
  for (const [id, spot] of into.cards) {
    const d = ordered.find((o) => o.id === id) as RevealedDraft;
    existing.push({ ...boxOf(d), ...spot });
  }
  const loose = byZone.get(null) ?? [];
  if (loose.length > 0) {
    const authors = new Set(loose.map((b) => b.authorId));
    const rowBreaks =
      authors.size <= ROWS_PER_AUTHOR_UP_TO
        ? new Set(loose.flatMap((b, i) => (i > 0 && loose[i - 1]?.authorId !== b.authorId ? [i] : [])))
        : undefined;
    const mostByOne = Math.max(...[...authors].map((a) => loose.filter((b) => b.authorId === a).length));
    const cols = rowBreaks ? Math.min(5, mostByOne) : Math.min(8, Math.ceil(Math.sqrt(loose.length)));
    const zoneRects: Rect[] = model.zones.map(({ x, y, w, h }) => ({ x, y, w, h }));
    const center = centerOf(boundsOf(loose) as Rect);
    placeBlock(loose, center, [...existing, ...zoneRects], into, { cols, rowBreaks });
  }
  return into;
}
