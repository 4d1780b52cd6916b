import {
  type Ballot,
  type DraftCard,
  IDLE_TIMER,
  type Phase,
  type RaisedHand,
  type TimerState,
  type Viewport,
  type VoteRoundView,
} from "@oppdag/shared";

/** A voting round as the server keeps it: with everyone's ballots. */
export interface VoteRound extends Omit<VoteRoundView, "voterCount" | "myBallot" | "results"> {
  ballots: Record<string, Ballot>;
  results: VoteRoundView["results"];
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
  };
}
