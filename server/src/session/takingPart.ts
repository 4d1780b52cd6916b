import { type ActorGroup, type GroupCounts, scoresGiven } from "@oppdag/shared";
import type { ScoreRound, VoteRound } from "./state";

/** Who has cast at least one vote in a round. */
export const voters = (round: VoteRound): string[] =>
  Object.keys(round.ballots).filter((id) => Object.keys(round.ballots[id] ?? {}).length > 0);

/** Who has given at least one score in a round. */
export const scorers = (round: ScoreRound): string[] =>
  Object.keys(round.sheets).filter((id) => scoresGiven(round.sheets[id] ?? {}) > 0);

/** People per actor group: counts only, no ids (the facilitator's balance, the exports' participation). */
export function countByGroup(ids: readonly string[], groupOf: (id: string) => ActorGroup | undefined): GroupCounts {
  const counts: GroupCounts = {};
  for (const id of ids) {
    const group = groupOf(id);
    if (group) counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

export const votersByGroup = (round: VoteRound): GroupCounts => countByGroup(voters(round), (id) => round.groups?.[id]);
export const scorersByGroup = (round: ScoreRound): GroupCounts =>
  countByGroup(scorers(round), (id) => round.groups[id]);
