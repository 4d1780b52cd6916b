import { SCORE_SCALE, type ScoreRoundView, scoresGiven } from "@oppdag/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { request } from "../control/request";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { useCurrentScoring } from "./useCurrentScoring";
import { type ScoreTarget, useScoreTargets } from "./useScoreTargets";
import "./scoring.css";

/**
 * The scoring form: every target of the round with one row of 1–5 per criterion (native radio
 * buttons drawn as 44 px squares, so a thumb hits them and arrow keys move within a row). It needs
 * nothing from the board: the phone view can put it on a page of its own. With no round given it
 * shows the latest one; it renders nothing before the first round.
 *
 * Each choice is sent at once (`score:set`) and shown while the server answers; a refusal takes
 * it back and shows in the page's toast. Only participants may score; everyone else, and anyone
 * once the round is closed, sees the form read-only.
 */
export function ScoreForm({ doc, round: given }: { doc: Y.Doc; round?: ScoreRoundView }) {
  const { t } = useTranslation();
  const current = useCurrentScoring();
  const round = given ?? current;
  const role = useSessionStore(selectRole);
  const targets = useScoreTargets(doc, round?.targetIds ?? []);
  const [pending, setPending] = useState<Record<string, number>>({});
  if (!round) return null;
  const canScore = round.status === "open" && role === "participant";
  const total = round.targetIds.length * round.criteria.length;
  const given_ = scoresGiven(round.myScores);

  function handleScore(targetId: string, criterionId: string, score: number) {
    if (!round) return;
    const key = `${targetId}/${criterionId}`;
    setPending((p) => ({ ...p, [key]: score }));
    void request("score:set", { roundId: round.id, targetId, criterionId, score }).finally(() =>
      setPending((p) => {
        const { [key]: _, ...rest } = p;
        return rest;
      }),
    );
  }

  return (
    <div className="score-form" data-testid="score-form" data-status={round.status}>
      <p className="score-form-summary">
        <span data-testid="score-progress">{t("scoring.left", { left: total - given_, count: total })}</span>
        <span className="muted">{t("scoring.scaleHint")}</span>
      </p>
      {round.status !== "open" && <p className="score-form-closed">{t("scoring.closed")}</p>}
      {round.status === "open" && role !== "participant" && (
        <p className="score-form-closed">{t("scoring.onlyParticipants")}</p>
      )}
      <ol className="score-targets">
        {targets.map((target) => (
          <TargetScores
            key={target.id}
            round={round}
            target={target}
            disabled={!canScore}
            value={(criterionId) =>
              pending[`${target.id}/${criterionId}`] ?? round.myScores[target.id]?.[criterionId] ?? null
            }
            onScore={(criterionId, score) => handleScore(target.id, criterionId, score)}
          />
        ))}
      </ol>
    </div>
  );
}

function TargetScores({
  round,
  target,
  disabled,
  value,
  onScore,
}: {
  round: ScoreRoundView;
  target: ScoreTarget;
  disabled: boolean;
  value(criterionId: string): number | null;
  onScore(criterionId: string, score: number): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-target`;
  const type = target.type === "card" && target.kind ? t(`kinds.${target.kind}`) : t(`scoring.types.${target.type}`);
  return (
    <li className="score-target" data-testid="score-target" data-target={target.id}>
      <h3 id={headingId} className="score-target-text">
        {target.kind && <span className={`dot kind-${target.kind}`} aria-hidden="true" />}
        <span className="visually-hidden">{type}: </span>
        {target.text}
      </h3>
      {round.criteria.map((criterion) => {
        const labelId = `${id}-${criterion.id}`;
        const chosen = value(criterion.id);
        return (
          <div key={criterion.id} className="score-row">
            <span id={labelId} className="score-criterion">
              {criterion.name}
            </span>
            <div
              role="radiogroup"
              aria-labelledby={`${labelId} ${headingId}`}
              className="score-scale"
              data-testid="score-row"
              data-criterion={criterion.id}
            >
              {SCORE_SCALE.map((n) => (
                <label key={n} className="score-choice">
                  <input
                    type="radio"
                    name={`${round.id}-${target.id}-${criterion.id}`}
                    value={n}
                    checked={chosen === n}
                    disabled={disabled}
                    onChange={() => onScore(criterion.id, n)}
                  />
                  <span aria-hidden="true">{n}</span>
                  <span className="visually-hidden">
                    {n === 1 ? t("scoring.low", { n }) : n === SCORE_SCALE.length ? t("scoring.high", { n }) : n}
                  </span>
                </label>
              ))}
            </div>
          </div>
        );
      })}
    </li>
  );
}
