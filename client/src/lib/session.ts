import type { JoinResult, ParticipantInfo } from "@oppdag/shared";

/** What the browser keeps per workshop so a reload or a lost connection keeps the same identity. */
export interface StoredSession {
  token: string;
  participant: ParticipantInfo;
}

const key = (workshopId: string) => `oppdag.session.${workshopId}`;

export function loadSession(workshopId: string): StoredSession | null {
  try {
    const raw = localStorage.getItem(key(workshopId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredSession;
    return typeof parsed.token === "string" && parsed.participant ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(result: JoinResult): void {
  const session: StoredSession = { token: result.token, participant: result.participant };
  localStorage.setItem(key(result.workshop.id), JSON.stringify(session));
}

export function clearSession(workshopId: string): void {
  localStorage.removeItem(key(workshopId));
}

/** Keeps the stored identity's name in step with the server (after it was erased). */
export function updateStoredName(workshopId: string, name: string): void {
  const session = loadSession(workshopId);
  if (!session) return;
  localStorage.setItem(key(workshopId), JSON.stringify({ ...session, participant: { ...session.participant, name } }));
}
