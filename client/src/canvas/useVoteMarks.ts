import { type Role, type VoteRoundView, votesUsed } from "@oppdag/shared";
import { useMemo } from "react";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import type { CardVote } from "./VoteControl";

const NO_ROUNDS: VoteRoundView[] = [];

/** The latest voting round as dots (open) or counts (revealed) on each of its targets. */
export function voteMarks(rounds: readonly VoteRoundView[], role: Role): Map<string, CardVote> {
  const round = rounds.at(-1);
  const byTarget = new Map<string, CardVote>();
  if (!round || (round.status !== "open" && round.status !== "revealed")) return byTarget;
  const counts = new Map(round.results?.map((r) => [r.targetId, r.count]));
  const left = round.votesPerPerson - votesUsed(round.myBallot);
  const voter = role === "participant";
  for (const targetId of round.targetIds) {
    const mine = round.myBallot[targetId] ?? 0;
    byTarget.set(targetId, {
      roundId: round.id,
      mine,
      open: round.status === "open" && voter,
      canAdd: left > 0 && (round.allowMultiplePerTarget || mine === 0),
      count: round.status === "revealed" ? (counts.get(targetId) ?? 0) : null,
    });
  }
  return byTarget;
}

/** Votes per target in the latest revealed round (what an action item records as its provenance). */
export function revealedCounts(rounds: readonly VoteRoundView[]): Map<string, number> {
  const round = rounds.filter((r) => r.status === "revealed").at(-1);
  return new Map((round?.results ?? []).map((r) => [r.targetId, r.count]));
}

/** The vote marks for this person, re-derived only when the rounds or their role change. */
export function useVoteMarks(): Map<string, CardVote> {
  const rounds = useSessionStore((s) => s.session?.votes) ?? NO_ROUNDS;
  const role = useSessionStore(selectRole);
  return useMemo(() => voteMarks(rounds, role), [rounds, role]);
}
