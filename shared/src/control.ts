import type { ParticipantInfo, WorkshopInfo } from "./schemas";

/** Every ack carries either ok or a reason the client can show. */
export type Ack = { ok: true } | { ok: false; error: string; message: string };
export type AckFn = (result: Ack) => void;

/** Events the server pushes on the control channel. */
export interface ServerToClientEvents {
  "session:hello": (payload: { me: ParticipantInfo; workshop: WorkshopInfo; protocol: number }) => void;
  "participants:changed": (participants: ParticipantInfo[]) => void;
  "workshop:changed": (workshop: WorkshopInfo) => void;
  /** This participant was removed: the client must leave. */
  "session:removed": () => void;
}

/** Requests a client may make; the server checks the role of each. */
export interface ClientToServerEvents {
  "workshop:rename": (payload: { title: string }, ack: AckFn) => void;
  "participant:remove": (payload: { participantId: string }, ack: AckFn) => void;
}

/** What the client sends in the socket.io handshake. */
export interface ControlAuth {
  token: string;
  workshopId: string;
}
