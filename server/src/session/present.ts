import { type Role, type ScoreRoundView, type SessionView, scoreResults, tally } from "@oppdag/shared";
import type { ScoreRound, SessionState, VoteRound } from "./state";
import { scorers, scorersByGroup, votersByGroup } from "./takingPart";

export interface Viewer {
  id: string;
  role: Role;
}

/**
 * What a shared screen in the room (the projector view) sees, whoever's token opened it: what
 * every observer sees, with nobody's own ballot or drafts and no facilitator's counts.
 */
export const ROOM_SCREEN: Viewer = { id: "", role: "observer" };

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
      ...(facilitator && round.status === "open" ? { votersByGroup: votersByGroup(round) } : {}),
      myBallot: round.ballots[viewer.id] ?? {},
      results: round.status === "revealed" ? presentResults(round) : null,
    })),
    scoring: state.scoring.map((round) => presentScoring(round, viewer)),
    groups: state.groups,
    critique: !!state.critique,
  };
}

/** Like ballots: a person's own scores, a count for everyone, results (no names) only once revealed. */
function presentScoring(round: ScoreRound, viewer: Viewer): ScoreRoundView {
  return {
    id: round.id,
    title: round.title,
    status: round.status,
    targetIds: round.targetIds,
    criteria: round.criteria,
    createdAt: round.createdAt,
    scorerCount: scorers(round).length,
    // Each scorer in the group recorded when they scored (commands/scoring.ts).
    ...(viewer.role === "facilitator" && round.status === "open" ? { scorersByGroup: scorersByGroup(round) } : {}),
    myScores: round.sheets[viewer.id] ?? {},
    results: round.status === "revealed" ? (round.results ?? scoreResults(round, round.sheets, round.groups)) : null,
  };
}

function presentResults(round: VoteRound) {
  const results = round.results ?? tally(round.targetIds, round.ballots, !round.anonymous);
  // Named rounds show voters to everyone; anonymous rounds to no one (not even facilitators).
  return round.anonymous ? results.map(({ targetId, count }) => ({ targetId, count })) : results;
}
