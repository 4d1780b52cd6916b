import * as Y from "yjs";
import type { Storage } from "../storage/types";
import type { Rooms } from "./rooms";
import type { WriteBatcher } from "./writeBatcher";

/**
 * Reads a workshop's document outside a connection (exports, vote targets): the open room's copy if
 * there is one, else a fresh copy from storage, loaded behind all queued writes so nothing
 * confirmed is missing.
 */
export async function readWorkshopDoc(
  rooms: Rooms,
  storage: Storage,
  batcher: WriteBatcher,
  workshopId: string,
): Promise<Y.Doc> {
  const room = rooms.find(workshopId);
  if (room?.isReady) return room.doc;
  const { updates } = await batcher.after(() => storage.loadDoc(workshopId));
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
