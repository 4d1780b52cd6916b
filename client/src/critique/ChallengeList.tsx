import { type BoardCard, Limits, setChallengeAnswer } from "@oppdag/shared";
import "./critique.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";

interface Props {
  doc: Y.Doc;
  challenges: readonly BoardCard[];
  /** Facilitators and participants answer; critical friends and observers read. */
  canAnswer: boolean;
  /** Runs a discrete change as its own undo step, where there is an undo manager. */
  step?<T>(change: () => T): T;
  /** Says what each challenge is on, where the list mixes targets (an action item's list). */
  targetOf?(card: BoardCard): string | null;
}

/** Challenges, open first, each with its answer or a field to write one. */
export function ChallengeList({ doc, challenges, canAnswer, step, targetOf }: Props) {
  const { t } = useTranslation();
  if (challenges.length === 0) return <p className="muted small">{t("critique.none")}</p>;
  const sorted = [...challenges].sort((a, b) => Number(!!a.answer?.trim()) - Number(!!b.answer?.trim()));
  return (
    <ul className="challenge-list" data-testid="challenge-list">
      {sorted.map((card) => (
        <ChallengeEntry key={card.id} doc={doc} card={card} canAnswer={canAnswer} step={step} on={targetOf?.(card)} />
      ))}
    </ul>
  );
}

function ChallengeEntry({
  doc,
  card,
  canAnswer,
  step,
  on,
}: {
  doc: Y.Doc;
  card: BoardCard;
  canAnswer: boolean;
  step?<T>(change: () => T): T;
  on?: string | null;
}) {
  const { t } = useTranslation();
  const answer = card.answer?.trim() ?? "";
  // null while the person is not writing: the field then shows the stored answer.
  const [draft, setDraft] = useState<string | null>(null);
  const save = (value: string) => {
    const write = () => setChallengeAnswer(doc, card.id, value.trim());
    if (step) step(write);
    else write();
    setDraft(null);
  };
  return (
    <li className={`challenge-entry ${answer ? "answered" : "open"}`} data-testid="challenge-entry">
      <p className="challenge-text">{card.text.trim() || t("board.cardPlaceholder")}</p>
      <p className="challenge-meta small">
        <span className={`challenge-status ${answer ? "answered" : "open"}`}>
          {answer ? t("critique.answered") : t("critique.open")}
        </span>
        {" · "}
        {t(`groups.${card.authorGroup}`)}
        {on ? ` · ${on}` : ""}
      </p>
      {canAnswer ? (
        <form
          className="challenge-answer"
          onSubmit={(e) => {
            e.preventDefault();
            save(draft ?? answer);
          }}
        >
          <label className="visually-hidden" htmlFor={`answer-${card.id}`}>
            {t("critique.answer")}
          </label>
          <textarea
            id={`answer-${card.id}`}
            className="nodrag nowheel"
            rows={2}
            maxLength={Limits.cardTextLength}
            value={draft ?? answer}
            placeholder={t("critique.answerPlaceholder")}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl/Cmd+Enter saves, as it ends writing on a card; Escape must not close a sheet with it unsaved.
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) save(draft ?? answer);
              e.stopPropagation();
            }}
            data-testid="challenge-answer-input"
          />
          {draft !== null && draft.trim() !== answer && (
            <button type="submit" className="button primary small" data-testid="challenge-answer-save">
              {t("critique.saveAnswer")}
            </button>
          )}
        </form>
      ) : (
        <p className={`challenge-answer-text small ${answer ? "" : "muted"}`}>
          {answer ? (
            <>
              <strong>{t("critique.answer")}:</strong> {answer}
            </>
          ) : (
            t("critique.noAnswer")
          )}
        </p>
      )}
    </li>
  );
}
