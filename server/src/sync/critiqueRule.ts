import { type BoardRights, DocKeys, type LimitNotice } from "@oppdag/shared";
import * as Y from "yjs";
import { type CardWrite, cardWrites } from "./cardWrites";
import { asReading, type Place, type UpdateReading } from "./updatePlaces";

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
  update: Uint8Array | UpdateReading,
  rights: BoardRights,
  participantId: string,
): LimitNotice | null {
  if (rights.kinds !== "challenges" && !rights.ownCardsOnly) return null;
  const reading = asReading(doc, update);
  const writes = cardWrites(doc, reading);
  if (rights.kinds === "challenges") {
    for (const write of writes.values()) {
      if ((write.created || write.fields.has("kind")) && write.fields.get("kind") !== "challenge") {
        return "challenges_only";
      }
    }
  }
  if (rights.ownCardsOnly && !onlyOwnCards(reading, writes, participantId)) return "own_cards_only";
  return null;
}

function onlyOwnCards(reading: UpdateReading, writes: Map<string, CardWrite>, me: string): boolean {
  const ownedPlace = (place: Place | null): boolean => {
    if (!place || place.root !== DocKeys.cards || place.key === null) return false;
    if (place.top) return authorOf(place.top) === me;
    // An entry this update puts into the cards map: a card it creates, with this person as author.
    const write = writes.get(place.key);
    return !!write?.created && write.fields.get("authorId") === me;
  };
  if (!reading.items.every(({ place }) => ownedPlace(place))) return false;
  for (const write of writes.values()) if (write.fields.has("answer")) return false;
  // What it deletes: only inside this person's own cards (their text, a card itself).
  return reading.deleted().every(ownedPlace);
}

/** The author of a card entry of the cards map (the map it holds). */
function authorOf(top: Y.Item): unknown {
  const content = top.content;
  return content instanceof Y.ContentType && content.type instanceof Y.Map ? content.type.get("authorId") : undefined;
}
