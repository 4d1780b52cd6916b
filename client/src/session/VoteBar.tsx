import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { useResultsSheet } from "./resultsSheet";
import { useCurrentVote } from "./useCurrentVote";

/** Voting status in the session bar: votes left for voters, progress and controls for facilitators. */
export function VoteBar() {
  const { t } = useTranslation();
  const current = useCurrentVote();
  const role = useSessionStore(selectRole);
  const sheet = useResultsSheet();
  if (!current) return null;
  const { round, left } = current;
  const facilitator = role === "facilitator";
  return (
    <div className="vote-bar" data-testid="vote-bar" data-status={round.status}>
      {round.title && <strong>{round.title}</strong>}
      {round.status === "open" && role === "participant" && (
        <span className="votes-left" data-testid="votes-left">
          {t("vote.votesLeft", { left, count: round.votesPerPerson })}
        </span>
      )}
      {round.status === "closed" && <span>{t("vote.closed")}</span>}
      {round.status !== "revealed" && facilitator && (
        <span className="muted">{t("vote.voted", { count: round.voterCount })}</span>
      )}
      {facilitator && round.status === "open" && (
        <button
          type="button"
          className="button ghost small"
          onClick={() => request("vote:close", { roundId: round.id })}
          aria-label={t("vote.close")}
          title={t("vote.close")}
          data-testid="vote-close"
        >
          {/* Short beside the vote's own status, so the session bar keeps to one row. */}
          {t("vote.closeShort")}
        </button>
      )}
      {facilitator && round.status !== "revealed" && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => request("vote:reveal", { roundId: round.id })}
          data-testid="vote-reveal"
        >
          {t("vote.reveal")}
        </button>
      )}
      {round.status === "revealed" && (
        <button
          type="button"
          className="button secondary small"
          onClick={sheet.open ? sheet.hide : sheet.show}
          aria-expanded={sheet.open}
          data-testid="results-button"
        >
          {t("vote.results")}
        </button>
      )}
    </div>
  );
}
