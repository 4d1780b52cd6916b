import type { InviteLinks } from "@oppdag/shared";

/**
 * The server keeps only hashes of invite tokens, so the links exist in full only in the creating
 * facilitator's browser. Kept here so the Invite dialog can show them again.
 */
const key = (workshopId: string) => `oppdag.invites.${workshopId}`;

export function saveInvites(workshopId: string, invites: InviteLinks): void {
  localStorage.setItem(key(workshopId), JSON.stringify(invites));
}

export function loadInvites(workshopId: string): InviteLinks | null {
  try {
    const raw = localStorage.getItem(key(workshopId));
    return raw ? (JSON.parse(raw) as InviteLinks) : null;
  } catch {
    return null;
  }
}

export const absoluteLink = (path: string) => `${window.location.origin}${path}`;
