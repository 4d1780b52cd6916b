import { actorGroupAllowed, groupForLatecomer, type JoinBody, type JoinResult } from "@oppdag/shared";
import type { SessionEvents } from "../auth/sessions";
import { generateId, generateToken, hashToken } from "../auth/tokens";
import { forbidden, invalid, notFound, unauthorized } from "../domain/errors";
import { presentParticipant } from "../presenters/participant";
import { presentWorkshop } from "../presenters/workshop";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";

export interface JoinDeps {
  storage: Storage;
  sessions: SessionEvents;
  sessionService: SessionService;
}

/**
 * Trades an invite token plus a name and actor group for a participant token. A participant who
 * joins while the room is in thematic groups is placed in one at once (`groupForLatecomer`), so
 * nobody arrives to find themselves in no group; the facilitator can move them as anyone.
 */
export async function joinWorkshop(deps: JoinDeps, workshopId: string, input: JoinBody): Promise<JoinResult> {
  const { storage, sessions } = deps;
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
    organisation: input.organisation ?? "",
    createdAt: new Date().toISOString(),
    removedAt: null,
  };
  await storage.addParticipant(participant, hashToken(token));
  if (participant.role === "participant") await placeInGroup(deps, workshopId, participant);
  sessions.emit("participants", workshopId);
  return { token, participant: presentParticipant(participant, false), workshop: presentWorkshop(workshop) };
}

async function placeInGroup(
  deps: JoinDeps,
  workshopId: string,
  person: { id: string; actorGroup: JoinBody["actorGroup"] },
) {
  const state = await deps.sessionService.get(workshopId);
  if (state.groups.groups.length === 0 || state.groups.status === "plenary") return;
  const people = await deps.storage.listParticipants(workshopId);
  await deps.sessionService.update(workshopId, (s) => {
    if (s.groups.groups.length === 0 || s.groups.status === "plenary" || s.groups.members[person.id]) return;
    const groupId = groupForLatecomer(s.groups, people, person.actorGroup);
    if (groupId) s.groups.members[person.id] = groupId;
  });
}
