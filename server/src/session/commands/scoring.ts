import { type ActorGroup, scoreResults, setScore as sheetWith } from "@oppdag/shared";
import { conflict, invalid, notFound } from "../../domain/errors";
import type { SessionService } from "../service";
import type { ScoreRound, SessionState } from "../state";

// Scores stay on the server until the reveal, as ballots do; `presentSession` decides who sees
// what. Opening a round reads the board, so it is a command of its own (commands/startScoring.ts).

/** One score: which round, target and criterion, and the value (null takes it back). */
export interface ScorePlace {
  roundId: string;
  targetId: string;
  criterionId: string;
  score: number | null;
}

function findRound(state: SessionState, roundId: string): ScoreRound {
  const round = state.scoring.find((r) => r.id === roundId);
  if (!round) throw notFound("scoring round");
  return round;
}

/** A scorer's score, counted in the actor group they joined with (recorded with their first score). */
export async function setScore(
  service: SessionService,
  workshopId: string,
  scorer: { id: string; actorGroup: ActorGroup },
  at: ScorePlace,
): Promise<void> {
  await service.update(workshopId, (s) => {
    const round = findRound(s, at.roundId);
    if (round.status !== "open") throw conflict("this round is closed");
    const next = sheetWith(round, round.sheets[scorer.id] ?? {}, at.targetId, at.criterionId, at.score);
    if (typeof next === "string") throw invalid(next.replaceAll("_", " "));
    round.sheets[scorer.id] = next;
    round.groups[scorer.id] = scorer.actorGroup;
  });
}

export async function closeScoring(service: SessionService, workshopId: string, roundId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const round = findRound(s, roundId);
    if (round.status === "open") round.status = "closed";
  });
}

/** Works the results out once; they are kept (and reach the exports). */
export async function revealScoring(service: SessionService, workshopId: string, roundId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const round = findRound(s, roundId);
    round.status = "revealed";
    round.results = scoreResults(round, round.sheets, round.groups);
  });
}
