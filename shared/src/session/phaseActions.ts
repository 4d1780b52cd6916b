import type { PhaseActions, PhaseActionsInput, ScoreSpec, VoteSpec } from "./phaseSpecs";

// What a phase switches on, as pure rules without schemas (those are phaseSpecs.ts): the agenda,
// the phase info and the Next button read these on the client's first load.

/** The actions in the order the phase info and the agenda name them. */
export const PHASE_ACTION_KEYS = ["lock", "privateRound", "vote", "scoring", "critique", "groups"] as const;
export type PhaseActionKey = (typeof PHASE_ACTION_KEYS)[number];

/** The actions a phase switches on, in display order ("Starts: lock · vote"). */
export function phaseActionKeys(actions: PhaseActionsInput | undefined): PhaseActionKey[] {
  if (!actions) return [];
  return PHASE_ACTION_KEYS.filter((key) => !!actions[key]);
}

/**
 * What the running phase switched on, kept by the server so that leaving it switches off only that,
 * never something the facilitator turned on by hand meanwhile.
 */
export interface PhaseEffects {
  phaseId: string;
  lock: boolean;
  privateRound: boolean;
  voteRoundId: string | null;
  scoringRoundId: string | null;
  critique: boolean;
  groups: boolean;
}

/** The parts of the session a phase change reads. */
export interface PhaseChangeState {
  locked: boolean;
  privateRound: boolean;
  votes: ReadonlyArray<{ id: string; status: string }>;
  scoring: ReadonlyArray<{ id: string; status: string }>;
}

/** The steps of one phase change, in the order the server takes them. */
export interface PhaseChangePlan {
  /** The lock's new value, or null to leave it as it is. */
  lock: boolean | null;
  /** The previous phase's private round is still on: reveal it. */
  reveal: boolean;
  /** Start a private round (after the reveal, if any). */
  startPrivate: boolean;
  /** Rounds the previous phase opened that are still open: close them (results stay hidden). */
  closeVote: string | null;
  closeScoring: string | null;
  startVote: VoteSpec | null;
  startScoring: ScoreSpec | null;
  /** Critique mode's new value, or null to leave it. */
  critique: boolean | null;
  /** Start or end group work, or null to leave it. */
  groups: "start" | "end" | null;
}

/**
 * Leaving a phase undoes what it switched on (the lock is lifted, a private round revealed, an open
 * vote or scoring round closed, critique and group work ended), unless the next phase switches the
 * same on: then the lock, critique and groups simply stay, while a private round is revealed and a
 * new one starts, and a vote or scoring round is replaced by the new phase's. What the facilitator
 * switched on by hand is left alone. Entering switches on what the phase asks for.
 */
export function planPhaseChange(
  leaving: PhaseEffects | null,
  entering: PhaseActions | undefined,
  state: PhaseChangeState,
): PhaseChangePlan {
  const next = entering ?? {};
  const isOpen = (rounds: PhaseChangeState["votes"], id: string | null) =>
    id !== null && rounds.some((r) => r.id === id && r.status === "open") ? id : null;
  const reveal = !!leaving?.privateRound && state.privateRound;
  let lock: boolean | null = null;
  if (next.lock && !state.locked) lock = true;
  else if (!next.lock && leaving?.lock && state.locked) lock = false;
  let groups: PhaseChangePlan["groups"] = null;
  if (next.groups && !leaving?.groups) groups = "start";
  else if (!next.groups && leaving?.groups) groups = "end";
  let critique: boolean | null = null;
  if (next.critique && !leaving?.critique) critique = true;
  else if (!next.critique && leaving?.critique) critique = false;
  return {
    lock,
    reveal,
    // A round already running (by hand) is kept, not restarted: drafts are never thrown away.
    startPrivate: !!next.privateRound && (reveal || !state.privateRound),
    closeVote: isOpen(state.votes, leaving?.voteRoundId ?? null),
    closeScoring: isOpen(state.scoring, leaving?.scoringRoundId ?? null),
    startVote: next.vote ?? null,
    startScoring: next.scoring ?? null,
    critique,
    groups,
  };
}
