import {
  type ActorGroup,
  type Ballot,
  type DraftCard,
  type GroupsView,
  IDLE_TIMER,
  NO_GROUPS,
  type Phase,
  type PhaseEffects,
  type RaisedHand,
  type ScoreRoundView,
  type ScoreSheet,
  type TimerState,
  type Viewport,
  type VoteRoundView,
} from "@oppdag/shared";

/** A voting round as the server keeps it: with everyone's ballots, and the group each voter joined with. */
export interface VoteRound extends Omit<VoteRoundView, "voterCount" | "myBallot" | "results"> {
  ballots: Record<string, Ballot>;
  /** Rounds saved before this was kept have none. */
  groups?: Record<string, ActorGroup>;
  results: VoteRoundView["results"];
}

/** A scoring round as the server keeps it: everyone's scores, and the group each scorer joined with. */
export interface ScoreRound extends Omit<ScoreRoundView, "scorerCount" | "myScores" | "results"> {
  sheets: Record<string, ScoreSheet>;
  groups: Record<string, ActorGroup>;
  results: ScoreRoundView["results"];
}

/** Everything session control knows about one workshop; saved as one JSON value. */
export interface SessionState {
  phases: Phase[];
  currentPhaseId: string | null;
  timer: TimerState;
  locked: boolean;
  privateRound: boolean;
  drafts: Record<string, DraftCard[]>;
  anonymous: boolean;
  /** Whether participants and observers may download the exports too. */
  exportsAllowed: boolean;
  follow: { facilitatorId: string; viewport: Viewport | null } | null;
  spotlightCardId: string | null;
  hands: RaisedHand[];
  votes: VoteRound[];
  scoring: ScoreRound[];
  /** Thematic groups: nothing in them is hidden, so kept as everyone sees them. */
  groups: GroupsView;
  /** The critique phase: participants may add challenges only. */
  critique: boolean;
  /** What the running phase switched on (its actions), so that leaving it switches off only that. */
  phaseEffects: PhaseEffects | null;
}

export function initialSessionState(): SessionState {
  return {
    phases: [],
    currentPhaseId: null,
    timer: IDLE_TIMER,
    locked: false,
    privateRound: false,
    drafts: {},
    anonymous: false,
    exportsAllowed: false,
    follow: null,
    spotlightCardId: null,
    hands: [],
    votes: [],
    scoring: [],
    groups: NO_GROUPS,
    critique: false,
    phaseEffects: null,
  };
}
