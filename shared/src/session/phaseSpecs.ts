import { z } from "zod";
import { CARD_KINDS } from "../domain";
import { SCORING_LIMITS } from "./limits";

// The specs of a vote and a scoring round live here, not in control.ts, because an agenda phase
// carries them too (`Phase.actions`), and control.ts imports Phase: one definition for both. Apart
// from the pure rules (phaseActions.ts), so that the client's first load need not carry zod.

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
