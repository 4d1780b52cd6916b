import { CloseCode } from "@oppdag/shared";
import type { SessionEvents } from "../auth/sessions";
import type { Logger } from "../lib/logger";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import type { WriteBatcher } from "../sync/writeBatcher";

export interface DeleteWorkshopDeps {
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessions: SessionEvents;
  sessionService: SessionService;
  log: Logger;
}

/**
 * Deletes a workshop with everything in it. Everyone connected is cut off first (4404, which the
 * client shows as "this workshop no longer exists") and nobody can open it again, so nothing new
 * is written; queued writes finish; then every row goes in one transaction.
 */
export async function deleteWorkshop(deps: DeleteWorkshopDeps, workshopId: string, why: string): Promise<void> {
  deps.rooms.markDeleted(workshopId);
  const room = deps.rooms.find(workshopId);
  if (room) {
    room.shutdown(CloseCode.UnknownWorkshop, "workshop deleted");
    deps.rooms.forget(room);
  }
  deps.sessions.emit("deleted", workshopId);
  await deps.batcher.after(() => deps.storage.deleteWorkshop(workshopId));
  deps.sessionService.evict(workshopId);
  deps.log.info({ event: "workshop_deleted", workshopId, why }, "workshop deleted");
}
