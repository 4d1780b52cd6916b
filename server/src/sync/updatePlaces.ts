import * as Y from "yjs";

/**
 * Where something an update writes sits in the document: the root type, the key of the top-level
 * entry it is inside (a card's id in `cards`), how deep inside that entry (0: the entry itself, 1: a
 * field of it), its own key in its map, and the entry itself when it is already in the document.
 */
export interface Place {
  root: string;
  key: string | null;
  depth: number;
  sub: string | null;
  top: Y.Item | null;
}

/** An update read once against the document it is about to be applied to, for the rules that need it. */
export interface UpdateReading {
  /** Every item the update writes, with its place (null when it cannot be placed). */
  items: Array<{ item: Y.Item; place: Place | null }>;
  /** The places of what the update deletes that the document holds. */
  deleted(): Array<Place | null>;
}

/** Nesting deeper than this is not something the board writes; such an item is not placed. */
const MAX_DEPTH = 64;

/**
 * Reads an update's items and places each. A decoded item names its parent only when it has no
 * neighbour; otherwise it sits where its left or right neighbour sits, which is either earlier in
 * the same update or already in the document. Decoded only for people under a rule that needs it
 * (group zones, critique, critical friends), so everyone else's typing pays nothing.
 */
export function readUpdate(doc: Y.Doc, update: Uint8Array): UpdateReading {
  const decoded = Y.decodeUpdate(update);
  const structs = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const byClient = new Map<number, Y.Item[]>();
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  const inUpdate = (id: Y.ID) =>
    byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);

  /** An item already in the document: walk up its parents to the root. */
  const placeInDoc = (item: Y.Item, depth: number): Place | null => {
    if (depth > MAX_DEPTH) return null;
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent) return null;
    if (!parent._item)
      return { root: Y.findRootTypeKey(parent), key: item.parentSub, depth: 0, sub: item.parentSub, top: item };
    const up = placeInDoc(parent._item, depth + 1);
    return up && { ...up, depth: up.depth + 1, sub: item.parentSub };
  };
  const placeOfId = (id: Y.ID, depth: number): Place | null => {
    const own = inUpdate(id);
    if (own) return placeOfStruct(own, depth + 1);
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const item = Y.getItem(doc.store, id);
    return item instanceof Y.Item ? placeInDoc(item, depth + 1) : null;
  };
  const placeOfStruct = (s: Y.Item, depth: number): Place | null => {
    if (depth > MAX_DEPTH) return null;
    const parent = s.parent as unknown;
    if (typeof parent === "string") return { root: parent, key: s.parentSub, depth: 0, sub: s.parentSub, top: null };
    if (parent && typeof parent === "object" && "client" in parent) {
      const up = placeOfId(parent as Y.ID, depth);
      return up && { ...up, depth: up.depth + 1, sub: s.parentSub, top: up.top };
    }
    // No parent written: it sits where its neighbour sits (a map value over the one before it).
    const neighbour = s.origin ?? s.rightOrigin;
    return neighbour ? placeOfId(neighbour, depth) : null;
  };

  return {
    items: structs.map((item) => ({ item, place: placeOfStruct(item, 0) })),
    deleted() {
      const places: Array<Place | null> = [];
      for (const [client, ranges] of decoded.ds.clients) {
        const known = Y.getState(doc.store, client);
        for (const range of ranges) {
          let clock = range.clock;
          const end = Math.min(range.clock + range.len, known);
          while (clock < end) {
            const item = Y.getItem(doc.store, Y.createID(client, clock));
            if (item instanceof Y.Item && !item.deleted) places.push(placeInDoc(item, 0));
            clock = item.id.clock + item.length;
          }
        }
      }
      return places;
    },
  };
}

/** A rule's input: the raw update, or a reading another rule already made of it. */
export const asReading = (doc: Y.Doc, update: Uint8Array | UpdateReading): UpdateReading =>
  update instanceof Uint8Array ? readUpdate(doc, update) : update;
