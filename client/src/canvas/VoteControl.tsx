import { useTranslation } from "react-i18next";
import { request } from "../control/request";

export interface CardVote {
  roundId: string;
  /** This person's votes on the target. */
  mine: number;
  /** Whether this person can add one more vote here. */
  canAdd: boolean;
  open: boolean;
  /** Revealed count, or null before the reveal. */
  count: number | null;
}

/** Dots on a vote target: add a vote, take one back, or, once revealed, the count. */
export function VoteControl({ targetId, vote }: { targetId: string; vote: CardVote }) {
  const { t } = useTranslation();
  if (vote.count !== null) {
    // Zero stays off the board (the ranked list has it): a projected board should show what won.
    if (vote.count === 0) return null;
    return (
      <span className="vote-count" data-testid="vote-count">
        {t("vote.votes", { count: vote.count })}
      </span>
    );
  }
  if (!vote.open) return null;
  return (
    <span className="vote-control nodrag" data-testid="vote-control">
      {Array.from({ length: vote.mine }, (_, i) => (
        <button
          // biome-ignore lint/suspicious/noArrayIndexKey: the dots are interchangeable
          key={i}
          type="button"
          className="vote-dot mine"
          aria-label={t("vote.remove")}
          title={t("vote.remove")}
          onClick={() => request("vote:retract", { roundId: vote.roundId, targetId })}
        />
      ))}
      {vote.canAdd && (
        <button
          type="button"
          className="vote-add"
          aria-label={t("vote.add")}
          title={t("vote.add")}
          data-testid="vote-add"
          onClick={() => request("vote:cast", { roundId: vote.roundId, targetId })}
        >
          +
        </button>
      )}
    </span>
  );
}
