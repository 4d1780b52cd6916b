import { formatMean, SCORE_MAX, type ScoreRoundView } from "@oppdag/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";
import { useLanguage } from "../i18n/useLanguage";
import { scoreChart } from "./chartRows";
import { ResultChart } from "./ResultChart";
import { RoundWaiting } from "./RoundWaiting";

/** Bars on a 16:9 screen below the phase: fewer than a vote's, each has a line per actor group. */
const BARS = 5;

/**
 * The latest scoring round as the room may see it: while it is open or closed only how many have
 * scored, and once revealed each target's mean with the mean of each actor group beneath
 * ("Industry 4.5 · Public sector 2.0"), the split the S3 discussion turns on.
 */
export function ScorePanel({ round, doc }: { round: ScoreRoundView; doc: Y.Doc }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const board = useBoardModel(doc);
  const items = useActionItems(doc);
  const chart = useMemo(
    () =>
      round.results
        ? scoreChart(
            round.results,
            board,
            new Map(items.map((item) => [item.id, item.title])),
            {
              card: (text, kind) => text.trim() || t(`kinds.${kind}`),
              link: (from, to, label) =>
                label ? t("projector.linkWithLabel", { from, to, label }) : t("projector.link", { from, to }),
              groups: (groups) =>
                groups.map((g) => `${t(`groups.${g.group}`)} ${formatMean(g.mean, language)}`).join(" · "),
            },
            BARS,
            SCORE_MAX,
          )
        : null,
    [round.results, board, items, t, language],
  );
  const scorers = t("scoring.scored", { count: round.scorerCount });

  if (round.status === "revealed" && chart) {
    return (
      <ResultChart
        title={round.title || t("projector.scoresTitle")}
        summary={scorers}
        chart={chart}
        valueText={(mean) => t("projector.mean", { mean: formatMean(mean, language) })}
        foot={{
          more: (count) => t("projector.moreScored", { count }),
          unchosen: (count) => t("projector.unscored", { count }),
        }}
        empty={t("projector.noScores")}
      />
    );
  }
  const open = round.status === "open";
  return (
    <RoundWaiting
      kind="scoring"
      status={round.status}
      eyebrow={open ? t("projector.scoringOpen") : t("projector.scoringClosed")}
      title={round.title || t("projector.scoresTitle")}
      count={scorers}
      hint={open ? t("projector.scoringOpenHint") : t("projector.voteClosedHint")}
    />
  );
}
