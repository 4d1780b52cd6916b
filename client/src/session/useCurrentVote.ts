import { type VoteRoundView, votesUsed } from "@oppdag/shared";
import { useSessionStore } from "../stores/sessionStore";

/** The latest voting round (open, closed or revealed), with this person's remaining votes. */
export function useCurrentVote(): { round: VoteRoundView; left: number } | null {
  const round = useSessionStore((s) => s.session?.votes.at(-1));
  if (!round) return null;
  return { round, left: round.votesPerPerson - votesUsed(round.myBallot) };
}
