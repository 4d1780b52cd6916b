import { type BoardRights, DocKeys, type LimitNotice } from "@oppdag/shared";
import * as Y from "yjs";
import { type CardWrite, cardWrites } from "./cardWrites";

/**
 * The rules of challenges on the sync channel, for an update that `Room` would otherwise keep:
 *
 * - `kinds: "challenges"` (the critique phase, and a critical friend): a card the update creates,
 *   or a kind it writes, must be `challenge`;
 * - `ownCardsOnly` (a critical friend): everything the update writes or deletes lies inside a card
 *   this person wrote, or one it creates with them as the author, and it writes no answer (the
 *   room answers a challenge, not its author).
 *
 * Decoded only for people under one of these rules, so everyone else's typing pays nothing.
 */
export function challengeRefusal(
  doc: Y.Doc,
  update: Uint8Array,
  rights: BoardRights,
  participantId: string,
): LimitNotice | null {
  if (rights.kinds !== "challenges" && !rights.ownCardsOnly) return null;
  const writes = cardWrites(doc, update);
  if (rights.kinds === "challenges") {
    for (const write of writes.values()) {
      if ((write.created || write.fields.has("kind")) && write.fields.get("kind") !== "challenge") {
        return "challenges_only";
      }
    }
  }
  if (rights.ownCardsOnly && !onlyOwnCards(doc, update, writes, participantId)) return "own_cards_only";
  return null;
}

/** Where a struct sits: the root type's name and, in a root map, the key of its top-level entry. */
interface Place {
  root: string;
  key: string | null;
  /** The top-level entry when it is already in the document (its author says whose card it is). */
  top: Y.Item | null;
}

const MAX_DEPTH = 64;

function onlyOwnCards(doc: Y.Doc, update: Uint8Array, writes: Map<string, CardWrite>, me: string): boolean {
  const decoded = Y.decodeUpdate(update);
  const structs = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const byClient = new Map<number, Y.Item[]>();
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  const inUpdate = (id: Y.ID) =>
    byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);

  const placeInDoc = (item: Y.Item): Place | null => {
    let top = item;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parent = top.parent as Y.AbstractType<unknown> | null;
      if (!parent) return null;
      if (!parent._item) return { root: Y.findRootTypeKey(parent), key: top.parentSub, top };
      top = parent._item;
    }
    return null;
  };
  const placeOfId = (id: Y.ID, depth: number): Place | null => {
    const own = inUpdate(id);
    if (own) return placeOf(own, depth + 1);
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const item = Y.getItem(doc.store, id);
    return item instanceof Y.Item ? placeInDoc(item) : null;
  };
  const placeOf = (s: Y.Item, depth: number): Place | null => {
    if (depth > MAX_DEPTH) return null;
    const parent = s.parent as unknown;
    if (typeof parent === "string") return { root: parent, key: s.parentSub, top: null };
    if (parent && typeof parent === "object" && "client" in parent) return placeOfId(parent as Y.ID, depth);
    // No parent written: it sits beside its neighbour.
    const neighbour = s.origin ?? s.rightOrigin;
    return neighbour ? placeOfId(neighbour, depth) : null;
  };

  const ownedPlace = (place: Place | null): boolean => {
    if (!place || place.root !== DocKeys.cards || place.key === null) return false;
    if (place.top) return authorOf(place.top) === me;
    // An entry this update puts into the cards map: a card it creates, with this person as author.
    const write = writes.get(place.key);
    return !!write?.created && write.fields.get("authorId") === me;
  };

  for (const s of structs) if (!ownedPlace(placeOf(s, 0))) return false;
  for (const write of writes.values()) if (write.fields.has("answer")) return false;

  // What it deletes: only inside this person's own cards (their text, a card itself).
  for (const [client, ranges] of decoded.ds.clients) {
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      let clock = range.clock;
      const end = Math.min(range.clock + range.len, known);
      while (clock < end) {
        const item = Y.getItem(doc.store, Y.createID(client, clock));
        if (item instanceof Y.Item && !item.deleted && !ownedPlace(placeInDoc(item))) return false;
        clock = item.id.clock + item.length;
      }
    }
  }
  return true;
}

/** The author of a card entry of the cards map (the map it holds). */
function authorOf(top: Y.Item): unknown {
  const content = top.content;
  return content instanceof Y.ContentType && content.type instanceof Y.Map ? content.type.get("authorId") : undefined;
}
