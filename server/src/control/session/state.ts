import {
  type Ballot,
  type DraftCard,
  IDLE_TIMER,
  type Phase,
  type RaisedHand,
  type Role,
  type SessionView,
  type TimerState,
  tally,
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

export interface Viewer {
  id: string;
  role: Role;
}

/**
 * What one viewer may see. Ballots never leave the server (only the viewer's own, and counts once
 * revealed); drafts reach only their author, and facilitators see how many each person has.
 */
export function presentSession(state: SessionState, viewer: Viewer): SessionView {
  const facilitator = viewer.role === "facilitator";
  return {
    phases: state.phases,
    currentPhaseId: state.currentPhaseId,
    timer: state.timer,
    locked: state.locked,
    privateRound: state.privateRound,
    draftCounts: facilitator
      ? Object.fromEntries(Object.entries(state.drafts).map(([pid, d]) => [pid, d.length]))
      : null,
    myDrafts: state.drafts[viewer.id] ?? [],
    anonymous: state.anonymous,
    exportsAllowed: state.exportsAllowed,
    follow: state.follow,
    spotlightCardId: state.spotlightCardId,
    hands: state.hands,
    votes: state.votes.map((round) => ({
      id: round.id,
      title: round.title,
      status: round.status,
      targetIds: round.targetIds,
      votesPerPerson: round.votesPerPerson,
      allowMultiplePerTarget: round.allowMultiplePerTarget,
      anonymous: round.anonymous,
      createdAt: round.createdAt,
      voterCount: Object.values(round.ballots).filter((b) => Object.keys(b).length > 0).length,
      myBallot: round.ballots[viewer.id] ?? {},
      results: round.status === "revealed" ? presentResults(round, facilitator) : null,
    })),
  };
}

function presentResults(round: VoteRound, facilitator: boolean) {
  const results = round.results ?? tally(round.targetIds, round.ballots, !round.anonymous);
  // Named rounds show voters to everyone; anonymous rounds to no one (not even facilitators).
  return facilitator || !round.anonymous ? results : results.map(({ targetId, count }) => ({ targetId, count }));
}
