import type { SessionEvents } from "../auth/sessions";
import { forbidden, notFound } from "../domain/errors";
import type { ParticipantRow, Storage } from "../storage/types";

/**
 * Erases a name for good, by its owner or a facilitator. The person keeps their access and their
 * cards stay, attributed to the actor group.
 */
export async function eraseName(
  storage: Storage,
  sessions: SessionEvents,
  actor: ParticipantRow,
  participantId: string,
): Promise<void> {
  if (actor.id !== participantId && actor.role !== "facilitator") {
    throw forbidden("only the person themself or a facilitator may erase a name");
  }
  if (!(await storage.getParticipant(actor.workshopId, participantId))) throw notFound("participant");
  await storage.eraseParticipantName(actor.workshopId, participantId);
  sessions.emit("participants", actor.workshopId);
}
