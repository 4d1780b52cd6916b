import { ACTOR_GROUPS } from "../domain";
import { formatMean, type ProvenanceScores, type ScoreCriterion, type ScoreResult } from "../session/scoring";
import type { ExportLabels } from "./labels";

/** A revealed scoring round, as the exports read it from the session. */
export interface ScoreRoundInput {
  title: string;
  criteria: readonly ScoreCriterion[];
  results: readonly ScoreResult[];
}

/** "2–5", or "4" when everyone agreed. */
export const spreadText = (s: { min: number; max: number } | null) =>
  s ? (s.min === s.max ? String(s.min) : `${s.min}–${s.max}`) : "–";

/**
 * A round's results as one table, best overall mean first: the target, its mean, spread and
 * number of scores over all criteria, the mean on each criterion, and the mean of each actor
 * group that scored. What Markdown, the print page and Word all show.
 */
export function scoreTable(
  round: ScoreRoundInput,
  textOf: (id: string) => string,
  labels: ExportLabels,
): { header: string[]; rows: string[][] } {
  const groups = ACTOR_GROUPS.filter((g) => round.results.some((r) => r.groups.some((x) => x.group === g)));
  const header = [
    labels.scoreTarget,
    labels.mean,
    labels.spread,
    labels.scoreCount,
    ...round.criteria.map((c) => c.name),
    ...groups.map((g) => labels.groups[g]),
  ];
  const rows = round.results.map((r) => [
    textOf(r.targetId),
    formatMean(r.overall?.mean, labels.language),
    spreadText(r.overall),
    String(r.overall?.count ?? 0),
    ...round.criteria.map((c) =>
      formatMean(r.criteria.find((x) => x.criterionId === c.id)?.stat?.mean, labels.language),
    ),
    ...groups.map((g) => formatMean(r.groups.find((x) => x.group === g)?.mean, labels.language)),
  ]);
  return { header, rows };
}

/**
 * An action item's scores in words, one part per round: "Scoring 1: Market potential 4.5 (2–5,
 * industry 5.0, public sector 4.0); Feasibility 3.0 (…)".
 */
export function scoresInWords(scores: readonly ProvenanceScores[] | undefined, labels: ExportLabels): string {
  return (scores ?? [])
    .map((round, i) => {
      const criteria = round.criteria.map((c) => {
        const groups = c.groups.map((g) => `${labels.groups[g.group]} ${formatMean(g.mean, labels.language)}`);
        return `${c.name} ${formatMean(c.mean, labels.language)} (${[spreadText(c), ...groups].join(", ")})`;
      });
      return `${round.round.trim() || `${labels.scoreRound} ${i + 1}`}: ${criteria.join("; ")}`;
    })
    .join(" · ");
}
