import { actorGroupAllowed, type JoinBody, type JoinResult } from "@oppdag/shared";
import type { SessionEvents } from "../auth/sessions";
import { generateId, generateToken, hashToken } from "../auth/tokens";
import { forbidden, invalid, notFound, unauthorized } from "../domain/errors";
import { presentParticipant } from "../presenters/participant";
import { presentWorkshop } from "../presenters/workshop";
import type { Storage } from "../storage/types";

/** Trades an invite token plus a name and actor group for a participant token. */
export async function joinWorkshop(
  storage: Storage,
  sessions: SessionEvents,
  workshopId: string,
  input: JoinBody,
): Promise<JoinResult> {
  const workshop = await storage.getWorkshop(workshopId);
  if (!workshop) throw notFound("workshop");
  const invite = await storage.findInvite(workshopId, hashToken(input.invite));
  if (!invite) throw unauthorized("this invite link is not valid for this workshop", "invalid_invite");
  if (invite.revokedAt) throw forbidden("this invite link has been revoked", "invite_revoked");
  if (!actorGroupAllowed(invite.role, input.actorGroup)) {
    throw invalid('the actor group "facilitator" is for people who join with the facilitator link');
  }
  const token = generateToken();
  const participant = {
    id: generateId(),
    workshopId,
    name: input.name,
    actorGroup: input.actorGroup,
    role: invite.role,
    createdAt: new Date().toISOString(),
    removedAt: null,
  };
  await storage.addParticipant(participant, hashToken(token));
  sessions.emit("participants", workshopId);
  return { token, participant: presentParticipant(participant, false), workshop: presentWorkshop(workshop) };
}
