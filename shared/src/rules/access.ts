import type { ActorGroup, Role } from "../domain";

/** The parts of session control that decide who may change the board. */
export interface BoardGate {
  locked: boolean;
  privateRound: boolean;
}

/**
 * What a person may do to the board right now. `edit`: change what is on it (move, type, link,
 * delete). `newCards`: where a card they add goes; during a private round a participant's new
 * cards are drafts only they see, never public cards. One rule for the client's buttons, the
 * server's sync gate and every gesture that adds a card.
 */
export interface BoardRights {
  edit: boolean;
  newCards: "public" | "private" | "none";
  /** While thematic groups work with the zone rule on: the only zone whose cards this person may change. */
  onlyInZone?: string | null;
}

const READ_ONLY: BoardRights = { edit: false, newCards: "none" };
const FULL: BoardRights = { edit: true, newCards: "public" };

export function boardRights(role: Role, gate: BoardGate): BoardRights {
  if (role === "observer") return READ_ONLY;
  if (role === "facilitator") return FULL;
  if (gate.locked) return READ_ONLY;
  return gate.privateRound ? { edit: true, newCards: "private" } : FULL;
}

/**
 * Whether `viewer` sees other people's names. In an anonymous workshop only facilitators do;
 * a caller with no viewer (the facilitator's own export, the server) sees them.
 */
export function namesHiddenFor(viewer: { role: Role } | null | undefined, anonymous: boolean): boolean {
  return anonymous && !!viewer && viewer.role !== "facilitator";
}

/** The actor group "facilitator" belongs to people who joined with the facilitator link. */
export function actorGroupAllowed(role: Role, group: ActorGroup): boolean {
  return group !== "facilitator" || role === "facilitator";
}
