import { DocKeys } from "@oppdag/shared";
import * as Y from "yjs";

/** What one update does to one card: whether it creates it, and the plain field values it writes. */
export interface CardWrite {
  created: boolean;
  /** Plain values (kind, x, y, w, h, attachedTo…) written by this update; text edits write none. */
  fields: Map<string, unknown>;
}

/** Where a struct sits: under a root type by name, or inside the type another item holds. */
type Place = { root: string; key: string | null } | { item: Y.ID; key: string | null };

const MAX_DEPTH = 6;

/**
 * Which cards an update creates or changes (a field, its text, anything inside it), read from the
 * decoded update and the document it is about to be applied to. A decoded item names its parent
 * only when it has no neighbour; otherwise it sits where its left or right neighbour sits, which is
 * either earlier in the same update or already in the document. Only decoded while a rule needs it
 * (group zones, the critique phase), so the hot path pays nothing.
 */
export function cardWrites(doc: Y.Doc, update: Uint8Array): Map<string, CardWrite> {
  const structs = Y.decodeUpdate(update).structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const inUpdate = (id: Y.ID) =>
    structs.find((s) => s.id.client === id.client && s.id.clock <= id.clock && id.clock < s.id.clock + s.length);

  const placeOf = (id: Y.ID, depth: number): Place | null => {
    if (depth > MAX_DEPTH) return null;
    const own = inUpdate(id);
    if (own) return placeOfStruct(own, depth);
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const item = Y.getItem(doc.store, id);
    if (!(item instanceof Y.Item)) return null;
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent) return null;
    return parent._item
      ? { item: parent._item.id, key: item.parentSub }
      : { root: Y.findRootTypeKey(parent), key: item.parentSub };
  };

  const placeOfStruct = (s: Y.Item, depth: number): Place | null => {
    const parent = s.parent as unknown;
    if (typeof parent === "string") return { root: parent, key: s.parentSub };
    if (parent && typeof parent === "object" && "client" in parent) return { item: parent as Y.ID, key: s.parentSub };
    const neighbour = s.origin ?? s.rightOrigin;
    return neighbour ? placeOf(neighbour, depth + 1) : null;
  };

  /** The card a place is inside, and the card field it writes directly (null deeper down). */
  const cardOf = (place: Place | null): { cardId: string; field: string | null; created: boolean } | null => {
    let field: string | null = null;
    let at = place;
    for (let depth = 0; at && depth < MAX_DEPTH; depth++) {
      if ("root" in at) return null;
      const holder = placeOf(at.item, depth);
      if (holder && "root" in holder) {
        if (holder.root !== DocKeys.cards || holder.key === null) return null;
        return { cardId: holder.key, field: depth === 0 ? at.key : field, created: false };
      }
      field = null;
      at = holder;
    }
    return null;
  };

  const writes = new Map<string, CardWrite>();
  const entry = (cardId: string) => {
    const known = writes.get(cardId);
    if (known) return known;
    const write: CardWrite = { created: false, fields: new Map() };
    writes.set(cardId, write);
    return write;
  };
  for (const s of structs) {
    const place = placeOfStruct(s, 0);
    if (place && "root" in place) {
      if (place.root === DocKeys.cards && place.key !== null && s.content instanceof Y.ContentType) {
        entry(place.key).created = true;
      }
      continue;
    }
    const card = cardOf(place);
    if (!card) continue;
    const write = entry(card.cardId);
    if (card.field !== null && s.content instanceof Y.ContentAny) {
      write.fields.set(card.field, s.content.arr[s.content.arr.length - 1]);
    }
  }
  return writes;
}
