import { scoresGiven } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { request } from "../control/request";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { ScoreForm } from "./ScoreForm";
import { ScoreResults } from "./ScoreResults";
import { useCurrentScoring } from "./useCurrentScoring";

/**
 * Scoring in the session bar, beside the vote: a participant opens the form from here and sees
 * how far they are; a facilitator sees how many have scored, closes and reveals; after the reveal
 * everyone opens the results (they open by themselves once, when the reveal arrives). The form does
 * not open by itself: it would take the keyboard from someone in the middle of writing a card.
 */
export function ScoringBar({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const round = useCurrentScoring();
  const role = useSessionStore(selectRole);
  const [open, setOpen] = useState<"form" | "results" | null>(null);
  const seen = useRef<string | null>(null);
  const key = round ? `${round.id}:${round.status}` : null;

  useEffect(() => {
    if (!key) return;
    const previous = seen.current;
    seen.current = key;
    // Opens at the moment of the reveal only, not on a reload of a round revealed long ago.
    if (previous && previous !== key && key.endsWith(":revealed")) setOpen("results");
  }, [key]);

  if (!round) return null;
  const facilitator = role === "facilitator";
  const total = round.targetIds.length * round.criteria.length;
  return (
    <div className="vote-bar scoring-bar" data-testid="scoring-bar" data-status={round.status}>
      {round.status === "open" && role === "participant" && (
        <>
          <button
            type="button"
            className="button primary small"
            onClick={() => setOpen("form")}
            data-testid="score-open"
          >
            {t("scoring.open")}
          </button>
          <span className="votes-left" data-testid="scores-left">
            {t("scoring.left", { left: total - scoresGiven(round.myScores), count: total })}
          </span>
        </>
      )}
      {round.status === "closed" && <span>{t("scoring.closed")}</span>}
      {round.status !== "revealed" && facilitator && (
        <span className="muted" data-testid="scorer-count">
          {t("scoring.scored", { count: round.scorerCount })}
        </span>
      )}
      {facilitator && round.status === "open" && (
        <button
          type="button"
          className="button ghost small"
          onClick={() => request("score:close", { roundId: round.id })}
          aria-label={t("scoring.close")}
          title={t("scoring.close")}
          data-testid="score-close"
        >
          {t("vote.closeShort")}
        </button>
      )}
      {facilitator && round.status !== "revealed" && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => request("score:reveal", { roundId: round.id })}
          data-testid="score-reveal"
        >
          {t("scoring.reveal")}
        </button>
      )}
      {round.status === "revealed" && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => setOpen("results")}
          data-testid="score-results-button"
        >
          {t("scoring.results")}
        </button>
      )}
      {open && (
        <ScoringSheet
          title={open === "form" ? round.title || t("scoring.formHeading") : round.title || t("scoring.results")}
          wide={open === "results"}
          onClose={() => setOpen(null)}
        >
          {open === "form" ? <ScoreForm doc={doc} round={round} /> : <ScoreResults doc={doc} round={round} />}
        </ScoringSheet>
      )}
    </div>
  );
}

/** A modal sheet: full screen on a phone, a dialog on a laptop. */
function ScoringSheet({
  title,
  wide,
  onClose,
  children,
}: {
  title: string;
  wide: boolean;
  onClose(): void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className={`dialog scoring-sheet ${wide ? "wide" : ""}`}
      onClose={onClose}
      aria-label={title}
      data-testid="scoring-sheet"
    >
      <header className="scoring-sheet-header">
        <h2>{title}</h2>
        <button type="button" className="button primary small" onClick={() => dialog.current?.close()}>
          {t("scoring.done")}
        </button>
      </header>
      {children}
    </dialog>
  );
}
