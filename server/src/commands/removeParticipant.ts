import type { SessionEvents } from "../auth/sessions";
import { forbidden, invalid, notFound } from "../domain/errors";
import type { ParticipantRow, Storage } from "../storage/types";

/** Removes a participant; their token stops working on every channel at once. */
export async function removeParticipant(
  storage: Storage,
  sessions: SessionEvents,
  actor: ParticipantRow,
  participantId: string,
): Promise<void> {
  if (actor.role !== "facilitator") throw forbidden("only a facilitator may remove participants");
  if (participantId === actor.id) throw invalid("you cannot remove yourself");
  const target = await storage.getParticipant(actor.workshopId, participantId);
  if (!target || target.removedAt) throw notFound("participant");
  await storage.removeParticipant(actor.workshopId, participantId, new Date().toISOString());
  sessions.emit("removed", actor.workshopId, participantId);
}
