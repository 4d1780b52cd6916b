import type { InviteLinks } from "@oppdag/shared";

/**
 * The server keeps only hashes of invite tokens, so the links exist in full only in the creating
 * facilitator's browser. Kept here so the Invite dialog can show them again.
 */
const key = (workshopId: string) => `oppdag.invites.${workshopId}`;

export function saveInvites(workshopId: string, invites: InviteLinks): void {
  localStorage.setItem(key(workshopId), JSON.stringify(invites));
}

/** Keeps a replaced link (after "New link"); roles never seen in this browser stay unknown. */
export function saveInvite(workshopId: string, role: keyof InviteLinks, link: string): Partial<InviteLinks> {
  const next = { ...(loadInvites(workshopId) ?? {}), [role]: link };
  localStorage.setItem(key(workshopId), JSON.stringify(next));
  return next;
}

export function loadInvites(workshopId: string): Partial<InviteLinks> | null {
  try {
    const raw = localStorage.getItem(key(workshopId));
    return raw ? (JSON.parse(raw) as Partial<InviteLinks>) : null;
  } catch {
    return null;
  }
}

export const absoluteLink = (path: string) => `${window.location.origin}${path}`;
