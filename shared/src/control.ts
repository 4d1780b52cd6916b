import type { Role } from "./domain";
import type { ParticipantInfo, WorkshopInfo } from "./schemas";
import type { DraftCard, Phase, SessionView, StartVotePayload, Viewport } from "./session/types";

/** Every ack carries either ok or a reason the client can show. */
export type Ack = { ok: true } | { ok: false; error: string; message: string };
export type AckFn = (result: Ack) => void;

/** Events the server pushes on the control channel. */
export interface ServerToClientEvents {
  "session:hello": (payload: { me: ParticipantInfo; workshop: WorkshopInfo; protocol: number }) => void;
  "participants:changed": (participants: ParticipantInfo[]) => void;
  "workshop:changed": (workshop: WorkshopInfo) => void;
  /** Session control as this viewer may see it, with the server clock at sending time. */
  "session:state": (view: SessionView) => void;
  /** The followed facilitator's viewport (volatile: only the latest matters). */
  "follow:viewport": (viewport: Viewport) => void;
  /** This participant's own record changed (a new role). */
  "session:me": (me: ParticipantInfo) => void;
  /** This participant was removed: the client must leave. */
  "session:removed": () => void;
  /** Something this person did was refused by a limit; the client explains it. */
  "session:notice": (notice: { code: LimitNotice }) => void;
}

/** Limits a person can run into while working; each has a message in the client. */
export const LIMIT_NOTICES = ["board_full", "document_full", "too_fast"] as const;
export type LimitNotice = (typeof LIMIT_NOTICES)[number];

/** Requests a client may make; the server checks the role of each. */
export interface ClientToServerEvents {
  "time:ping": (ack: (serverNow: number) => void) => void;
  "workshop:rename": (payload: { title: string }, ack: AckFn) => void;
  "participant:remove": (payload: { participantId: string }, ack: AckFn) => void;
  "participant:setRole": (payload: { participantId: string; role: Role }, ack: AckFn) => void;
  "phases:set": (payload: { phases: Phase[] }, ack: AckFn) => void;
  "phase:start": (payload: { phaseId: string }, ack: AckFn) => void;
  "phase:next": (payload: Record<string, never>, ack: AckFn) => void;
  "timer:pause": (payload: Record<string, never>, ack: AckFn) => void;
  "timer:resume": (payload: Record<string, never>, ack: AckFn) => void;
  "timer:extend": (payload: { seconds: number }, ack: AckFn) => void;
  "board:lock": (payload: { locked: boolean }, ack: AckFn) => void;
  "private:set": (payload: { active: boolean }, ack: AckFn) => void;
  "draft:upsert": (payload: DraftCard, ack: AckFn) => void;
  "draft:delete": (payload: { id: string }, ack: AckFn) => void;
  "vote:start": (payload: StartVotePayload, ack: AckFn) => void;
  "vote:cast": (payload: { roundId: string; targetId: string }, ack: AckFn) => void;
  "vote:retract": (payload: { roundId: string; targetId: string }, ack: AckFn) => void;
  "vote:close": (payload: { roundId: string }, ack: AckFn) => void;
  "vote:reveal": (payload: { roundId: string }, ack: AckFn) => void;
  "follow:set": (payload: { active: boolean }, ack: AckFn) => void;
  "follow:viewport": (payload: Viewport) => void;
  "spotlight:set": (payload: { cardId: string | null }, ack: AckFn) => void;
  "anonymous:set": (payload: { active: boolean }, ack: AckFn) => void;
  "exports:allow": (payload: { allowed: boolean }, ack: AckFn) => void;
  "hand:set": (payload: { raised: boolean }, ack: AckFn) => void;
  "hand:lower": (payload: { participantId: string }, ack: AckFn) => void;
  "hands:clear": (payload: Record<string, never>, ack: AckFn) => void;
}

/** What the client sends in the socket.io handshake. */
export interface ControlAuth {
  token: string;
  workshopId: string;
}
