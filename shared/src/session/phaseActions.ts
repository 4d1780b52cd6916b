import { z } from "zod";
import { CARD_KINDS } from "../domain";
import { SCORING_LIMITS } from "./scoring";

// The specs of a vote and a scoring round live here, not in control.ts, because an agenda phase
// carries them too (`Phase.actions`), and control.ts imports Phase: one definition for both.

export const VoteTargetSpec = z.object({
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length).default([]),
  links: z.boolean().default(false),
  zoneId: z.string().max(64).nullable().default(null),
});
export type VoteTargetSpec = z.infer<typeof VoteTargetSpec>;

/** A dot-voting round as `vote:start` takes it. */
export const VoteSpec = z.object({
  title: z.string().trim().max(120).default(""),
  targets: VoteTargetSpec,
  votesPerPerson: z.number().int().min(1).max(50),
  allowMultiplePerTarget: z.boolean(),
  anonymous: z.boolean(),
});
export type VoteSpec = z.output<typeof VoteSpec>;

const ScoreTargets = VoteTargetSpec.extend({ actionItems: z.boolean().default(false) });
const ScoreCriterionInput = z.object({
  name: z.string().trim().min(1).max(SCORING_LIMITS.criterionName),
});

/** A scoring round as `score:start` takes it. */
export const ScoreSpec = z.object({
  title: z.string().trim().max(120).default(""),
  targets: ScoreTargets,
  criteria: z.array(ScoreCriterionInput).min(1).max(SCORING_LIMITS.criteria),
});
export type ScoreSpec = z.output<typeof ScoreSpec>;

/**
 * What a phase switches on when it starts, so running the agenda is one "Next" per step. Leaving
 * the phase switches off what it switched on (`planPhaseChange`).
 */
export const PhaseActions = z.object({
  lock: z.boolean().optional(),
  privateRound: z.boolean().optional(),
  vote: VoteSpec.optional(),
  scoring: ScoreSpec.optional(),
  /** Only challenges may be added (the critical friend's phase). */
  critique: z.boolean().optional(),
  /** Thematic group work starts (the groups are set up beforehand). */
  groups: z.boolean().optional(),
});
export type PhaseActions = z.output<typeof PhaseActions>;
export type PhaseActionsInput = z.input<typeof PhaseActions>;

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
