import type { InviteLinks, Role } from "@oppdag/shared";
import { generateToken, hashToken } from "../auth/tokens";
import { presentInvites } from "../presenters/workshop";
import type { Storage } from "../storage/types";

/**
 * Replaces a role's invite link with a new one; the old link stops working at once. People who
 * already joined keep their own access (remove them separately if needed).
 */
export async function rotateInvite(storage: Storage, workshopId: string, role: Role): Promise<Partial<InviteLinks>> {
  const token = generateToken();
  await storage.replaceInvite(workshopId, role, hashToken(token), new Date().toISOString());
  const links = presentInvites(workshopId, {
    facilitator: token,
    participant: token,
    observer: token,
    critic: token,
  });
  return { [role]: links[role] };
}

/** Closes a role's invite link without a replacement: nobody new can join in that role. */
export async function revokeInvite(storage: Storage, workshopId: string, role: Role): Promise<void> {
  await storage.replaceInvite(workshopId, role, null, new Date().toISOString());
}
