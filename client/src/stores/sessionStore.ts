import type { ClientToServerEvents, ParticipantInfo, ServerToClientEvents, WorkshopInfo } from "@oppdag/shared";
import type { Socket } from "socket.io-client";
import { create } from "zustand";

export type ConnectionState = "online" | "reconnecting" | "offline";
/** Why the workshop cannot be shown at all. */
export type FatalReason = "removed" | "revoked" | "unknownWorkshop" | "noSession";

/**
 * Session-control state pushed by the server. Board content never lives here: it is read from the
 * Yjs document, the only source of truth for it.
 */
interface SessionState {
  workshop: WorkshopInfo | null;
  me: ParticipantInfo | null;
  participants: ParticipantInfo[];
  syncConnection: ConnectionState;
  controlConnected: boolean;
  fatal: FatalReason | null;
  socket: Socket<ServerToClientEvents, ClientToServerEvents> | null;
  set(partial: Partial<Omit<SessionState, "set" | "reset">>): void;
  reset(): void;
}

const initial = {
  workshop: null,
  me: null,
  participants: [],
  syncConnection: "reconnecting" as ConnectionState,
  controlConnected: false,
  fatal: null,
  socket: null,
};

export const useSessionStore = create<SessionState>((set) => ({
  ...initial,
  set: (partial) => set(partial),
  reset: () => set(initial),
}));

/** The overall indicator: offline wins, then reconnecting. */
export function selectConnection(s: SessionState): ConnectionState {
  if (s.syncConnection === "offline") return "offline";
  if (s.syncConnection === "reconnecting" || !s.controlConnected) return "reconnecting";
  return "online";
}
