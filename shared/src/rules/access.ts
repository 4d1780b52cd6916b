import type { ActorGroup, Role } from "../domain";

/** The parts of session control that decide who may change the board. */
export interface BoardGate {
  locked: boolean;
  privateRound: boolean;
  /** The critique phase: participants' new cards are challenges only. */
  critique?: boolean;
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
  /**
   * Which kinds a new card may have, and what an existing card may be re-kinded to:
   * `challenges` during the critique phase, and always for a critical friend. Absent: any.
   */
  kinds?: "any" | "challenges";
  /**
   * A critical friend: `edit` is false (the board is theirs to read), yet they change, move and
   * delete the cards they wrote themselves (their challenges), and nothing else.
   */
  ownCardsOnly?: boolean;
}

const READ_ONLY: BoardRights = { edit: false, newCards: "none" };
const FULL: BoardRights = { edit: true, newCards: "public" };
const CRITIC: BoardRights = { edit: false, newCards: "public", kinds: "challenges", ownCardsOnly: true };
const CRITIC_WAITING: BoardRights = { edit: false, newCards: "none", kinds: "challenges", ownCardsOnly: true };

export function boardRights(role: Role, gate: BoardGate): BoardRights {
  if (role === "observer") return READ_ONLY;
  if (role === "facilitator") return FULL;
  if (gate.locked) return READ_ONLY;
  // A critic's challenges are public at once, so none while the room writes privately: a
  // challenge on the shared board would colour what people write before the reveal.
  if (role === "critic") return gate.privateRound ? CRITIC_WAITING : CRITIC;
  const rights: BoardRights = gate.privateRound ? { edit: true, newCards: "private" } : FULL;
  return gate.critique ? { ...rights, kinds: "challenges" } : rights;
}

/** Whether these rights let a person add a card of this kind. */
export function kindAllowed(rights: BoardRights, kind: string): boolean {
  return rights.kinds !== "challenges" || kind === "challenge";
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
