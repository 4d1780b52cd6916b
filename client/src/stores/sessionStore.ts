import type {
  ClientToServerEvents,
  LimitNotice,
  ParticipantInfo,
  ServerToClientEvents,
  SessionView,
  Viewport,
  WorkshopInfo,
} from "@oppdag/shared";
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
  /** Session control as the server lets this person see it. */
  session: SessionView | null;
  /** Server clock minus this clock, estimated from pings: timers use server time. */
  clockOffset: number;
  /** The followed facilitator's latest viewport. */
  followViewport: Viewport | null;
  /** A limit this person just ran into, explained on the board for a few seconds. */
  notice: LimitNotice | "workshop_full" | null;
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
  session: null,
  clockOffset: 0,
  followViewport: null,
  notice: null,
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

/** The role that decides what this person may do now (the server may have changed it). */
export const selectRole = (s: SessionState) => s.me?.role ?? "observer";

/** Whether this person may change the board right now: not an observer, and not locked out. */
export function selectCanEdit(s: SessionState): boolean {
  const role = selectRole(s);
  if (role === "observer") return false;
  return role === "facilitator" || !s.session?.locked;
}

/** Sends a control request; resolves to the server's error message, or null when it agreed. */
export async function request<E extends keyof ClientToServerEvents>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<string | null> {
  const socket = useSessionStore.getState().socket;
  if (!socket) return "offline";
  const timed = socket.timeout(10_000);
  // Bound: emitWithAck needs its socket as `this`.
  const emit = timed.emitWithAck.bind(timed) as unknown as (
    e: string,
    p: unknown,
  ) => Promise<{ ok: boolean; message?: string }>;
  try {
    const ack = await emit(event, payload);
    return ack.ok ? null : (ack.message ?? "refused");
  } catch {
    return "no answer from the server";
  }
}
