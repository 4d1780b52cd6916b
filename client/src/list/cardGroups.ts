import { type BoardCard, type BoardModel, type BoardZone, CARD_KINDS, type CardKind, cardRect } from "@oppdag/shared";

/** One section of the phone's card list: a zone (or the cards outside every zone), by kind. */
export interface CardGroup {
  zone: BoardZone | null;
  kinds: Array<{ kind: CardKind; cards: BoardCard[] }>;
  count: number;
}

/** Reading order on a board: rows from the top, left to right within a row (half a card's slack). */
function readingOrder<T extends { x: number; y: number }>(a: T, b: T): number {
  const rowSlack = 60;
  if (Math.abs(a.y - b.y) > rowSlack) return a.y - b.y;
  return a.x - b.x;
}

/** The zone a card sits in: the smallest one holding its middle (zones can nest). */
export function zoneOf(card: BoardCard, zones: readonly BoardZone[]): BoardZone | null {
  const r = cardRect(card);
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  let best: BoardZone | null = null;
  for (const z of zones) {
    if (cx < z.x || cx > z.x + z.w || cy < z.y || cy > z.y + z.h) continue;
    if (!best || z.w * z.h < best.w * best.h) best = z;
  }
  return best;
}

/**
 * The board read as a list, the way a person reads the board itself: zones in reading order, each
 * with its cards by kind (strengths first, as the method runs), in reading order within a kind;
 * then the cards that are in no zone. Empty zones stay, so a person can add a card to them.
 */
export function groupCards(model: BoardModel, filter?: (card: BoardCard) => boolean): CardGroup[] {
  const zones = [...model.zones].sort(readingOrder);
  const byZone = new Map<string | null, BoardCard[]>([
    ...zones.map((z) => [z.id, []] as [string, BoardCard[]]),
    [null, []],
  ]);
  for (const card of model.cards) {
    if (filter && !filter(card)) continue;
    byZone.get(zoneOf(card, zones)?.id ?? null)?.push(card);
  }
  const group = (zone: BoardZone | null): CardGroup => {
    const cards = byZone.get(zone?.id ?? null) ?? [];
    const kinds = CARD_KINDS.map((kind) => ({ kind, cards: cards.filter((c) => c.kind === kind).sort(readingOrder) }));
    return { zone, kinds: kinds.filter((k) => k.cards.length > 0), count: cards.length };
  };
  const groups = zones.map(group);
  const loose = group(null);
  if (loose.count > 0 || groups.length === 0) groups.push(loose);
  return filter ? groups.filter((g) => g.count > 0) : groups;
}
