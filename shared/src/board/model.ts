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
  };
}

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
  cards.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const ids = new Set(cards.map((c) => c.id));
  const links: BoardLink[] = [];
  // One link per pair of cards, as `addLink` makes them; a forged second one or a loop is not shown.
  const pairs = new Set<string>();
  for (const [id, m] of maps.links) {
    if (!isMap(m)) continue;
    const link = readLink(id, m);
    if (!ids.has(link.source) || !ids.has(link.target) || link.source === link.target) continue;
    const pair = [link.source, link.target].sort().join(" ");
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    links.push(link);
  }
  const zones: BoardZone[] = [];
  for (const [id, m] of maps.zones) if (isMap(m)) zones.push(readZone(id, m));
  return { cards, links, zones };
}

function isMap(v: unknown): v is Y.Map<unknown> {
  return !!v && typeof v === "object" && typeof (v as Y.Map<unknown>).get === "function";
}
