import type { Role } from "@oppdag/shared";
import { invalid, notFound } from "../domain/errors";
import type { SessionService } from "../session/service";
import type { ParticipantRow, Storage } from "../storage/types";

/**
 * Gives a participant another role. The session service learns it at once, so the sync channel
 * applies the new rights to connections already open.
 */
export async function setRole(
  deps: { storage: Storage; sessionService: SessionService },
  actor: ParticipantRow,
  participantId: string,
  role: Role,
): Promise<void> {
  if (participantId === actor.id) throw invalid("you cannot change your own role");
  const target = await deps.storage.getParticipant(actor.workshopId, participantId);
  if (!target || target.removedAt) throw notFound("participant");
  await deps.storage.setParticipantRole(actor.workshopId, participantId, role);
  deps.sessionService.setRole(participantId, role);
}
