import { DocKeys } from "@oppdag/shared";
import * as Y from "yjs";
import { asReading, type UpdateReading } from "./updatePlaces";

/** What one update does to one card: whether it creates it, and the plain field values it writes. */
export interface CardWrite {
  created: boolean;
  /** Plain values (kind, x, y, w, h, attachedTo…) written by this update; text edits write none. */
  fields: Map<string, unknown>;
}

/** Which cards an update creates or changes (a field, its text, anything inside it). */
export function cardWrites(doc: Y.Doc, update: Uint8Array | UpdateReading): Map<string, CardWrite> {
  const writes = new Map<string, CardWrite>();
  const entry = (cardId: string) => {
    const known = writes.get(cardId);
    if (known) return known;
    const write: CardWrite = { created: false, fields: new Map() };
    writes.set(cardId, write);
    return write;
  };
  for (const { item, place } of asReading(doc, update).items) {
    if (!place || place.root !== DocKeys.cards || place.key === null) continue;
    // A card is a map in `cards`; anything else put there is not a card.
    if (place.depth === 0 && !(item.content instanceof Y.ContentType)) continue;
    const write = entry(place.key);
    if (place.depth === 0) write.created = true;
    if (place.depth === 1 && place.sub !== null && item.content instanceof Y.ContentAny) {
      write.fields.set(place.sub, item.content.arr[item.content.arr.length - 1]);
    }
  }
  return writes;
}
