import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { useCurrentVote } from "./useCurrentVote";

/** Voting status in the session bar: votes left for voters, progress and controls for facilitators. */
export function VoteBar() {
  const { t } = useTranslation();
  const current = useCurrentVote();
  const role = useSessionStore(selectRole);
  const setUi = useUiStore((s) => s.set);
  if (!current) return null;
  const { round, left } = current;
  const facilitator = role === "facilitator";
  return (
    <div className="vote-bar" data-testid="vote-bar" data-status={round.status}>
      {round.title && <strong>{round.title}</strong>}
      {round.status === "open" && role === "participant" && (
        <span className="votes-left" data-testid="votes-left">
          {t("vote.votesLeft", { left, total: round.votesPerPerson })}
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
          data-testid="vote-close"
        >
          {t("vote.close")}
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
          onClick={() => setUi({ resultsOpen: true })}
          data-testid="results-button"
        >
          {t("vote.results")}
        </button>
      )}
    </div>
  );
}
