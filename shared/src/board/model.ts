import type * as Y from "yjs";
import { ACTOR_GROUPS, type ActorGroup, CARD_COLORS, CARD_KINDS, type CardColor, type CardKind } from "../domain";
import { boardMaps } from "./doc";

/** Plain snapshot of the board, read from the document; what exports and tests work on. */
export interface BoardCard {
  id: string;
  kind: CardKind;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  color: CardColor;
  authorId: string;
  authorGroup: ActorGroup;
  createdAt: number;
  /**
   * A challenge's target: the id of an opportunity card, a link or an action item (null: on
   * nothing). Optional in the type so plain test cards need not say; `readCard` always sets it.
   */
  attachedTo?: string | null;
  /** The room's answer to a challenge; a challenge without one is open (board/challenges.ts). */
  answer?: string;
}

export interface BoardLink {
  id: string;
  source: string;
  target: string;
  label: string;
  authorId: string;
  authorGroup: ActorGroup;
}

export interface BoardZone {
  id: string;
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
  color: CardColor;
}

export interface BoardModel {
  cards: BoardCard[];
  links: BoardLink[];
  zones: BoardZone[];
}

// The document is written by untrusted clients: read every field defensively.
const num = (v: unknown, fallback = 0) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const str = (v: unknown) => (typeof v === "string" ? v : v && typeof v === "object" ? String(v) : "");
const oneOf = <T extends string>(all: readonly T[], v: unknown, fallback: T): T =>
  all.includes(v as T) ? (v as T) : fallback;

export function readCard(id: string, m: Y.Map<unknown>): BoardCard {
  return {
    id,
    kind: oneOf(CARD_KINDS, m.get("kind"), "idea"),
    text: str(m.get("text")),
    x: num(m.get("x")),
    y: num(m.get("y")),
    w: num(m.get("w"), 200),
    h: num(m.get("h"), 120),
    color: oneOf(CARD_COLORS, m.get("color"), "yellow"),
    authorId: str(m.get("authorId")),
    authorGroup: oneOf(ACTOR_GROUPS, m.get("authorGroup"), "external"),
    createdAt: num(m.get("createdAt")),
    attachedTo: readId(m.get("attachedTo")),
    answer: str(m.get("answer")),
  };
}

/** An id someone wrote into a card (a challenge's target): a short string, else nothing. */
const readId = (v: unknown): string | null => (typeof v === "string" && v.length > 0 && v.length <= 64 ? v : null);

export function readLink(id: string, m: Y.Map<unknown>): BoardLink {
  return {
    id,
    source: str(m.get("source")),
    target: str(m.get("target")),
    label: str(m.get("label")),
    authorId: str(m.get("authorId")),
    authorGroup: oneOf(ACTOR_GROUPS, m.get("authorGroup"), "external"),
  };
}

export function readZone(id: string, m: Y.Map<unknown>): BoardZone {
  return {
    id,
    title: str(m.get("title")),
    x: num(m.get("x")),
    y: num(m.get("y")),
    w: num(m.get("w"), 480),
    h: num(m.get("h"), 360),
    color: oneOf(CARD_COLORS, m.get("color"), "grey"),
  };
}

/** Reads the whole board; links whose ends are gone are dropped. Cards sorted by creation time. */
export function boardFromDoc(doc: Y.Doc): BoardModel {
  const maps = boardMaps(doc);
  const cards: BoardCard[] = [];
  for (const [id, m] of maps.cards) if (isMap(m)) cards.push(readCard(id, m));
  cards.sort(compareCards);
  const zones: BoardZone[] = [];
  for (const [id, m] of maps.zones) if (isMap(m)) zones.push(readZone(id, m));
  return { cards, links: readLinks(doc, cards), zones };
}

/** The ids changed in each map since the model was last read. */
export interface BoardChanges {
  cards: ReadonlySet<string>;
  links: ReadonlySet<string>;
  zones: ReadonlySet<string>;
}

/**
 * `boardFromDoc` for a model read before `changes`: re-reads only the changed cards, and keeps the
 * identity of the model's arrays and of every item that is unchanged, so a peer dragging 20 cards
 * on a 2,000-card board costs 20 reads, not 2,000 (and React re-renders 20 cards).
 */
export function rereadBoard(doc: Y.Doc, prev: BoardModel, changes: BoardChanges): BoardModel {
  const maps = boardMaps(doc);
  let cards = prev.cards;
  let cardSetChanged = false;
  if (changes.cards.size > 0) {
    const byId = new Map(prev.cards.map((c) => [c.id, c]));
    let changed = false;
    let reorder = false;
    for (const id of changes.cards) {
      const m = maps.cards.get(id);
      const old = byId.get(id);
      if (!isMap(m)) {
        if (old) byId.delete(id);
        if (old) changed = cardSetChanged = reorder = true;
        continue;
      }
      const card = readCard(id, m);
      if (old && shallowEqual(old, card)) continue;
      changed = true;
      if (!old) cardSetChanged = true;
      if (!old || old.createdAt !== card.createdAt) reorder = true;
      byId.set(id, card);
    }
    if (reorder) cards = [...byId.values()].sort(compareCards);
    else if (changed) cards = prev.cards.map((c) => byId.get(c.id) ?? c);
  }
  // Which links show depends on which cards exist.
  const links = changes.links.size > 0 || cardSetChanged ? reuseItems(prev.links, readLinks(doc, cards)) : prev.links;
  let zones = prev.zones;
  if (changes.zones.size > 0) {
    const next: BoardZone[] = [];
    for (const [id, m] of maps.zones) if (isMap(m)) next.push(readZone(id, m));
    zones = reuseItems(prev.zones, next);
  }
  return cards === prev.cards && links === prev.links && zones === prev.zones ? prev : { cards, links, zones };
}

/**
 * Notes which cards, links and zones change in `doc`, for `rereadBoard`. `take` hands over what
 * changed since it was last called; `pending` says whether anything has.
 */
export function trackBoardChanges(doc: Y.Doc): { take(): BoardChanges; pending(): boolean } {
  const maps = boardMaps(doc);
  let changes = { cards: new Set<string>(), links: new Set<string>(), zones: new Set<string>() };
  const track = <T>(map: Y.Map<T>, into: () => Set<string>) =>
    map.observeDeep((events) => {
      for (const event of events) {
        // A card added or removed is a key of the map; an edit inside one has its id first on the path.
        if (event.target === map) for (const id of event.keys.keys()) into().add(id);
        else if (typeof event.path[0] === "string") into().add(event.path[0]);
      }
    });
  track(maps.cards, () => changes.cards);
  track(maps.links, () => changes.links);
  track(maps.zones, () => changes.zones);
  return {
    take() {
      const taken = changes;
      changes = { cards: new Set(), links: new Set(), zones: new Set() };
      return taken;
    },
    pending: () => changes.cards.size + changes.links.size + changes.zones.size > 0,
  };
}

/** Creation order; ties (cards made in the same millisecond) by id. */
function compareCards(a: BoardCard, b: BoardCard): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The links to show: both ends exist, not a loop, one per pair of cards. */
function readLinks(doc: Y.Doc, cards: readonly BoardCard[]): BoardLink[] {
  const ids = new Set(cards.map((c) => c.id));
  const links: BoardLink[] = [];
  // One link per pair of cards, as `addLink` makes them; a forged second one or a loop is not shown.
  const pairs = new Set<string>();
  for (const [id, m] of boardMaps(doc).links) {
    if (!isMap(m)) continue;
    const link = readLink(id, m);
    if (!ids.has(link.source) || !ids.has(link.target) || link.source === link.target) continue;
    const pair = [link.source, link.target].sort().join(" ");
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    links.push(link);
  }
  return links;
}

/** `next`, with each item equal to one in `prev` replaced by that one; `prev` itself if all are. */
function reuseItems<T extends { id: string }>(prev: T[], next: T[]): T[] {
  const byId = new Map(prev.map((item) => [item.id, item]));
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    if (old && shallowEqual(old, item)) {
      if (prev[i] !== old) same = false;
      return old;
    }
    same = false;
    return item;
  });
  return same ? prev : out;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function isMap(v: unknown): v is Y.Map<unknown> {
  return !!v && typeof v === "object" && typeof (v as Y.Map<unknown>).get === "function";
}
