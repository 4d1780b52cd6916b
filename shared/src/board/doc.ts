import * as Y from "yjs";
import { type ActorGroup, type CardColor, type CardKind, DEFAULT_CARD_COLOR } from "../domain";

/**
 * The board document's layout. Each card, link and zone is a nested Y.Map so that concurrent
 * edits of different fields (one person moves a card while another types in it) both survive.
 */
export const DocKeys = {
  cards: "cards",
  links: "links",
  zones: "zones",
  notes: "notes",
  meta: "meta",
} as const;

export interface BoardMaps {
  cards: Y.Map<Y.Map<unknown>>;
  links: Y.Map<Y.Map<unknown>>;
  zones: Y.Map<Y.Map<unknown>>;
  meta: Y.Map<unknown>;
  notes: Y.XmlFragment;
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    cards: doc.getMap(DocKeys.cards),
    links: doc.getMap(DocKeys.links),
    zones: doc.getMap(DocKeys.zones),
    meta: doc.getMap(DocKeys.meta),
    notes: doc.getXmlFragment(DocKeys.notes),
  };
}

/** Random id that also works outside secure contexts (crypto.randomUUID does not). */
export function newId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = "";
  for (const b of bytes) out += b.toString(36).padStart(2, "0");
  return out;
}

export interface Author {
  id: string;
  group: ActorGroup;
}

export interface NewCard {
  kind: CardKind;
  x: number;
  y: number;
  text?: string;
  w?: number;
  h?: number;
  color?: CardColor;
  /** A challenge's target: an opportunity card, a link or an action item. */
  attachedTo?: string | null;
}

export const CARD_SIZE = { w: 200, h: 120 } as const;
export const ZONE_SIZE = { w: 480, h: 360 } as const;

export function addCard(doc: Y.Doc, input: NewCard, author: Author, id = newId()): string {
  const { cards } = boardMaps(doc);
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    const text = new Y.Text();
    if (input.text) text.insert(0, input.text);
    card.set("kind", input.kind);
    card.set("text", text);
    card.set("x", input.x);
    card.set("y", input.y);
    card.set("w", input.w ?? CARD_SIZE.w);
    card.set("h", input.h ?? CARD_SIZE.h);
    card.set("color", input.color ?? DEFAULT_CARD_COLOR[input.kind]);
    card.set("authorId", author.id);
    card.set("authorGroup", author.group);
    card.set("createdAt", Date.now());
    if (input.attachedTo) card.set("attachedTo", input.attachedTo);
    cards.set(id, card);
  });
  return id;
}

export type CardPatch = Partial<{ x: number; y: number; w: number; h: number; color: CardColor; kind: CardKind }>;

export function updateCard(doc: Y.Doc, id: string, patch: CardPatch): void {
  const card = boardMaps(doc).cards.get(id);
  if (!card) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && card.get(key) !== value) card.set(key, value);
    }
  });
}

export function cardText(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = boardMaps(doc).cards.get(id)?.get("text");
  return text instanceof Y.Text ? text : undefined;
}

/** Deletes cards and every link that touches them, in one transaction (one undo step). */
export function deleteCards(doc: Y.Doc, ids: Iterable<string>): void {
  const { cards, links } = boardMaps(doc);
  const gone = new Set(ids);
  doc.transact(() => {
    for (const id of gone) cards.delete(id);
    for (const [linkId, link] of links) {
      if (gone.has(link.get("source") as string) || gone.has(link.get("target") as string)) links.delete(linkId);
    }
  });
}

export function addLink(
  doc: Y.Doc,
  source: string,
  target: string,
  author: Author,
  label = "",
  id = newId(),
): string | null {
  const { cards, links } = boardMaps(doc);
  if (source === target || !cards.has(source) || !cards.has(target)) return null;
  for (const link of links.values()) {
    const s = link.get("source");
    const t = link.get("target");
    if ((s === source && t === target) || (s === target && t === source)) return null;
  }
  doc.transact(() => {
    const link = new Y.Map<unknown>();
    link.set("source", source);
    link.set("target", target);
    link.set("label", label);
    link.set("authorId", author.id);
    link.set("authorGroup", author.group);
    link.set("createdAt", Date.now());
    links.set(id, link);
  });
  return id;
}

export function setLinkLabel(doc: Y.Doc, id: string, label: string): void {
  const link = boardMaps(doc).links.get(id);
  if (link && link.get("label") !== label) link.set("label", label);
}

export function deleteLinks(doc: Y.Doc, ids: Iterable<string>): void {
  const { links } = boardMaps(doc);
  doc.transact(() => {
    for (const id of ids) links.delete(id);
  });
}

export interface NewZone {
  title: string;
  x: number;
  y: number;
  w?: number;
  h?: number;
  color?: CardColor;
}

export function addZone(doc: Y.Doc, input: NewZone, id = newId()): string {
  const { zones } = boardMaps(doc);
  doc.transact(() => {
    const zone = new Y.Map<unknown>();
    zone.set("title", input.title);
    zone.set("x", input.x);
    zone.set("y", input.y);
    zone.set("w", input.w ?? ZONE_SIZE.w);
    zone.set("h", input.h ?? ZONE_SIZE.h);
    zone.set("color", input.color ?? "grey");
    zones.set(id, zone);
  });
  return id;
}

export type ZonePatch = Partial<{ title: string; x: number; y: number; w: number; h: number; color: CardColor }>;

export function updateZone(doc: Y.Doc, id: string, patch: ZonePatch): void {
  const zone = boardMaps(doc).zones.get(id);
  if (!zone) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && zone.get(key) !== value) zone.set(key, value);
    }
  });
}

export function deleteZones(doc: Y.Doc, ids: Iterable<string>): void {
  const { zones } = boardMaps(doc);
  doc.transact(() => {
    for (const id of ids) zones.delete(id);
  });
}
