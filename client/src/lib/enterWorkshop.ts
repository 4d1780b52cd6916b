import type { CreateWorkshopResult, JoinResult } from "@oppdag/shared";
import { apiRequest } from "./api";
import { saveInvites } from "./invites";
import { saveSession } from "./session";

/**
 * Joins a workshop this browser just made (created, imported) as its facilitator, and keeps the
 * session and the invite links here: the server holds only hashes of the links.
 */
export async function joinAsFacilitator(created: CreateWorkshopResult, name: string): Promise<void> {
  const invite = created.invites.facilitator.split("#")[1];
  const joined = await apiRequest<JoinResult>("POST", `/workshops/${created.workshop.id}/join`, {
    body: { invite, name, actorGroup: "facilitator" },
  });
  saveSession(joined);
  saveInvites(created.workshop.id, created.invites);
}
