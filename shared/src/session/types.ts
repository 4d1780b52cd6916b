import { z } from "zod";
import type { CardKind, GroupCounts } from "../domain";
import type { GroupsView } from "./groups";
import { PhaseActions, VoteTargetSpec } from "./phaseSpecs";
import type { ScoreRoundView } from "./scoring";
import type { TimerState } from "./timer";

/** A phase of the agenda: what participants should do, and for how long. */
export const Phase = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  durationSec: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  instructions: z.string().max(2000).default(""),
  /** What starts with the phase (lock, private writing, a vote...); see phaseActions.ts. */
  actions: PhaseActions.optional(),
});
export type Phase = z.infer<typeof Phase>;

/** A card written during a private round, seen only by its author until the reveal. */
export interface DraftCard {
  id: string;
  kind: CardKind;
  text: string;
  x: number;
  y: number;
}

/** Where a board is looked at from (what "follow me" sends). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

// Defined beside the phase actions, which carry a vote spec too.
export { VoteTargetSpec };

export interface VoteResult {
  targetId: string;
  count: number;
  /** Participant ids, only for named rounds. */
  voters?: string[];
}

/** A voting round as clients see it: ballots never, results only once revealed. */
export interface VoteRoundView {
  id: string;
  title: string;
  status: "open" | "closed" | "revealed";
  targetIds: string[];
  votesPerPerson: number;
  allowMultiplePerTarget: boolean;
  anonymous: boolean;
  createdAt: number;
  /** How many people have cast at least one vote (no per-target information). */
  voterCount: number;
  /**
   * Facilitators only, while the round is open: how many of each actor group have voted (the
   * room's balance), never who or what. Absent for everyone else.
   */
  votersByGroup?: GroupCounts;
  /** This viewer's own ballot: target id → votes. */
  myBallot: Record<string, number>;
  results: VoteResult[] | null;
}

export interface RaisedHand {
  participantId: string;
  raisedAt: number;
}

/** Session control as one viewer sees it; the server builds one per role (and per person). */
export interface SessionView {
  phases: Phase[];
  currentPhaseId: string | null;
  timer: TimerState;
  locked: boolean;
  privateRound: boolean;
  /** Facilitators only: hidden draft cards per participant. */
  draftCounts: Record<string, number> | null;
  /** This viewer's own drafts during a private round. */
  myDrafts: DraftCard[];
  anonymous: boolean;
  /** Participants may download the exports (the facilitator always can). */
  exportsAllowed: boolean;
  follow: { facilitatorId: string; viewport: Viewport | null } | null;
  spotlightCardId: string | null;
  hands: RaisedHand[];
  votes: VoteRoundView[];
  /** Multi-criteria scoring rounds, oldest first (session/scoring.ts). */
  scoring: ScoreRoundView[];
  /** Thematic groups (session/groups.ts): who is in which, their zones, timers and summaries. */
  groups: GroupsView;
  /** The critique phase: participants may add challenges only (rules/access.ts); the server always sends it. */
  critique?: boolean;
}
