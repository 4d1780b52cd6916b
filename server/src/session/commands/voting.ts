import { type ActorGroup, castVote as ballotWith, retractVote as ballotWithout, tally } from "@oppdag/shared";
import { conflict, notFound } from "../../domain/errors";
import type { SessionService } from "../service";
import type { SessionState, VoteRound } from "../state";

// Ballots stay on the server until the reveal; `presentSession` decides who sees what.
// Opening a round reads the board, so it is a command of its own (commands/startVote.ts).

/** One vote: which round, which card or link. */
export interface VotePlace {
  roundId: string;
  targetId: string;
}

function findRound(state: SessionState, roundId: string): VoteRound {
  const round = state.votes.find((r) => r.id === roundId);
  if (!round) throw notFound("voting round");
  return round;
}

function openRound(state: SessionState, roundId: string): VoteRound {
  const round = findRound(state, roundId);
  if (round.status !== "open") throw conflict("this round is closed");
  return round;
}

/** A vote from the voter's record: their actor group is recorded with it (the balance counts it). */
export async function castVote(
  service: SessionService,
  workshopId: string,
  voter: { id: string; actorGroup: ActorGroup },
  at: VotePlace,
) {
  await service.update(workshopId, (s) => {
    const round = openRound(s, at.roundId);
    const next = ballotWith(round, round.ballots[voter.id] ?? {}, at.targetId);
    if (typeof next === "string") throw conflict(next);
    round.ballots[voter.id] = next;
    round.groups = { ...round.groups, [voter.id]: voter.actorGroup };
  });
}

export async function retractVote(service: SessionService, workshopId: string, voterId: string, at: VotePlace) {
  await service.update(workshopId, (s) => {
    const round = openRound(s, at.roundId);
    const next = ballotWithout(round.ballots[voterId] ?? {}, at.targetId);
    if (typeof next === "string") throw conflict(next);
    round.ballots[voterId] = next;
  });
}

export async function closeVote(service: SessionService, workshopId: string, roundId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const round = findRound(s, roundId);
    if (round.status === "open") round.status = "closed";
  });
}

/** Counts the ballots once; the results are kept (and reach the exports). */
export async function revealVote(service: SessionService, workshopId: string, roundId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const round = findRound(s, roundId);
    round.status = "revealed";
    round.results = tally(round.targetIds, round.ballots, !round.anonymous);
  });
}
