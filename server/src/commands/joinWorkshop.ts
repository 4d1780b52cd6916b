import type { JoinBody, JoinResult } from "@oppdag/shared";
import { generateId, generateToken, hashToken } from "../auth/tokens";
import { HttpError, notFound } from "../http/errors";
import { presentParticipant } from "../presenters/participant";
import { presentWorkshop } from "../presenters/workshop";
import type { Storage } from "../storage/types";

/** Trades an invite token plus a name and actor group for a participant token. */
export async function joinWorkshop(storage: Storage, workshopId: string, input: JoinBody): Promise<JoinResult> {
  const workshop = await storage.getWorkshop(workshopId);
  if (!workshop) throw notFound("workshop");
  const invite = await storage.findInvite(workshopId, hashToken(input.invite));
  if (!invite) throw new HttpError(401, "invalid_invite", "this invite link is not valid for this workshop");
  if (invite.revokedAt) throw new HttpError(403, "invite_revoked", "this invite link has been revoked");
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
  return { token, participant: presentParticipant(participant, false), workshop: presentWorkshop(workshop) };
}
