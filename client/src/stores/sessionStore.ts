import {
  type BoardRights,
  boardRights,
  type ClientToServerEvents,
  type LimitNotice,
  namesHiddenFor,
  type ParticipantInfo,
  restrictedZone,
  type ServerToClientEvents,
  type SessionView,
  type Viewport,
  type WorkshopInfo,
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
  /** A request this person made that was not carried out, in their language (shown in a toast). */
  actionError: string | null;
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
  actionError: null,
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

// One object per combination: zustand compares what a selector returns by identity, and a new
// object on every call would re-render forever.
const rightsCache = new Map<string, BoardRights>();

/** What this person may do to the board right now (shared rule: role, lock, private round). */
export function selectBoardRights(s: SessionState): BoardRights {
  const role = selectRole(s);
  const gate = {
    locked: !!s.session?.locked,
    privateRound: !!s.session?.privateRound,
    critique: !!s.session?.critique,
  };
  // The server keeps a participant to their group's zone while the groups work (SessionService).
  const zone = role === "participant" && s.session && s.me ? restrictedZone(s.session.groups, s.me.id) : null;
  const key = `${role}:${gate.locked}:${gate.privateRound}:${zone}:${gate.critique}`;
  let rights = rightsCache.get(key);
  if (!rights) {
    rights = { ...boardRights(role, gate), onlyInZone: zone };
    rightsCache.set(key, rights);
  }
  return rights;
}

/** Whether this person may change what is on the board right now. */
export const selectCanEdit = (s: SessionState): boolean => selectBoardRights(s).edit;

/** Whether other people's names are hidden from this person (anonymous mode, not a facilitator). */
export const selectNamesHidden = (s: SessionState): boolean =>
  namesHiddenFor({ role: selectRole(s) }, !!s.session?.anonymous);
