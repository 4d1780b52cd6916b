import type { VoteResult } from "./types";

/** target id → votes, for one person in one round. */
export type Ballot = Record<string, number>;

export interface VoteRules {
  targetIds: readonly string[];
  votesPerPerson: number;
  allowMultiplePerTarget: boolean;
}

export type VoteError = "not_a_target" | "no_votes_left" | "one_per_target" | "nothing_to_take_back";

export const votesUsed = (ballot: Ballot) => Object.values(ballot).reduce((a, b) => a + b, 0);

/** Adds one vote to a target, or says why not. Returns a new ballot. */
export function castVote(rules: VoteRules, ballot: Ballot, targetId: string): Ballot | VoteError {
  if (!rules.targetIds.includes(targetId)) return "not_a_target";
  if (votesUsed(ballot) >= rules.votesPerPerson) return "no_votes_left";
  const current = ballot[targetId] ?? 0;
  if (!rules.allowMultiplePerTarget && current >= 1) return "one_per_target";
  return { ...ballot, [targetId]: current + 1 };
}

/** Takes one vote back from a target. */
export function retractVote(ballot: Ballot, targetId: string): Ballot | VoteError {
  const current = ballot[targetId] ?? 0;
  if (current <= 0) return "nothing_to_take_back";
  const next = { ...ballot };
  if (current === 1) delete next[targetId];
  else next[targetId] = current - 1;
  return next;
}

/** Counts every target (zero included), most votes first; ties keep the targets' order. */
export function tally(targetIds: readonly string[], ballots: Record<string, Ballot>, named: boolean): VoteResult[] {
  const order = new Map(targetIds.map((id, i) => [id, i]));
  const results = targetIds.map((targetId) => {
    const voters = Object.entries(ballots)
      .filter(([, b]) => (b[targetId] ?? 0) > 0)
      .map(([pid]) => pid);
    const count = Object.values(ballots).reduce((sum, b) => sum + (b[targetId] ?? 0), 0);
    return named ? { targetId, count, voters } : { targetId, count };
  });
  return results.sort((a, b) => b.count - a.count || (order.get(a.targetId) ?? 0) - (order.get(b.targetId) ?? 0));
}
