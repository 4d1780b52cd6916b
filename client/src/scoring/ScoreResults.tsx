import {
  actionItemsMap,
  addActionItem,
  formatMean,
  provenanceFrom,
  provenanceScores,
  type ScoreRoundView,
  type ScoreStat,
} from "@oppdag/shared";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { revealedCounts } from "../canvas/useVoteMarks";
import { useBoardModel } from "../collab/useBoardModel";
import { asLanguage } from "../i18n/useLanguage";
import { selectCanEdit, useSessionStore } from "../stores/sessionStore";
import { groupsIn, resultRows, type SortDirection, type SortKey, sortRows } from "./resultTable";
import { useCurrentScoring } from "./useCurrentScoring";
import { useScoreTargets } from "./useScoreTargets";
import "./scoring.css";

const spread = (s: ScoreStat | null) => (s ? (s.min === s.max ? String(s.min) : `${s.min}–${s.max}`) : "–");

/**
 * The results of a revealed scoring round: one table per criterion (or all criteria pooled), each
 * target's mean, spread (lowest–highest score), how many scores, and the mean per actor group;
 * sortable by any column. A card or link can become an action item that keeps its scores; an
 * action item that was scored gets the scores added to its provenance.
 */
export function ScoreResults({ doc, round: given }: { doc: Y.Doc; round?: ScoreRoundView }) {
  const { t, i18n } = useTranslation();
  const current = useCurrentScoring();
  const round = given ?? current;
  const board = useBoardModel(doc);
  const canEdit = useSessionStore(selectCanEdit);
  const votes = useSessionStore((s) => s.session?.votes);
  const targets = useScoreTargets(doc, round?.targetIds ?? []);
  const [criterionId, setCriterion] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: "mean",
    direction: "descending",
  });
  const [made, setMade] = useState<ReadonlySet<string>>(() => new Set());
  const texts = useMemo(() => new Map(targets.map((x) => [x.id, x])), [targets]);
  if (!round?.results) return null;
  const results = round.results;
  const rows = sortRows(
    resultRows(results, criterionId, (id) => texts.get(id)?.text ?? "—"),
    sort.key,
    sort.direction,
    i18n.language,
  );
  const groups = groupsIn(rows);

  function handleMake(targetId: string) {
    const result = results.find((r) => r.targetId === targetId);
    if (!round || !result) return;
    const scores = provenanceScores(round, result);
    const target = texts.get(targetId);
    if (target?.type === "actionItem") {
      const item = actionItemsMap(doc).get(targetId);
      const provenance = item?.get("provenance") as Record<string, unknown> | undefined;
      if (!item || !provenance) return;
      const earlier = Array.isArray(provenance.scores) ? provenance.scores : [];
      item.set("provenance", { ...provenance, scores: [...earlier, scores] });
    } else {
      const provenance = provenanceFrom(board, [targetId], revealedCounts(votes ?? []));
      addActionItem(doc, { title: target?.text ?? "", provenance: { ...provenance, scores: [scores] } });
    }
    setMade((m) => new Set([...m, targetId]));
  }

  const header = (key: SortKey, label: string, className = "num") => {
    const active = sort.key === key;
    return (
      <th scope="col" className={className} aria-sort={active ? sort.direction : "none"}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({
              key,
              direction:
                active && sort.direction === "descending"
                  ? "ascending"
                  : active
                    ? "descending"
                    : key === "target"
                      ? "ascending"
                      : "descending",
            })
          }
          data-testid={`sort-${key}`}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="score-results" aria-label={t("scoring.results")} data-testid="score-results">
      <fieldset className="score-criteria-tabs">
        <legend className="visually-hidden">{t("scoring.showCriterion")}</legend>
        {[{ id: null, name: t("scoring.allCriteria") }, ...round.criteria].map((c) => (
          <button
            key={c.id ?? "all"}
            type="button"
            className={`button small ${criterionId === c.id ? "primary" : "ghost"}`}
            aria-pressed={criterionId === c.id}
            onClick={() => setCriterion(c.id)}
            data-testid="results-criterion"
          >
            {c.name}
          </button>
        ))}
      </fieldset>
      <div className="score-table-wrap">
        <table className="score-table" data-testid="score-table">
          <caption className="visually-hidden">
            {criterionId ? round.criteria.find((c) => c.id === criterionId)?.name : t("scoring.allCriteria")}
          </caption>
          <thead>
            <tr>
              {header("target", t("scoring.target"), "target")}
              {header("mean", t("scoring.mean"))}
              {header("spread", t("scoring.spread"))}
              {header("count", t("scoring.count"))}
              {groups.map((g) => header(`group:${g}`, t(`groups.${g}`)))}
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t("scoring.toPlan")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const target = texts.get(row.targetId);
              return (
                <tr key={row.targetId} data-testid="score-result" data-target={row.targetId}>
                  <th scope="row" className="target">
                    {target?.kind && <span className={`dot kind-${target.kind}`} aria-hidden="true" />}
                    {row.text}
                  </th>
                  <td className="num mean" data-testid="result-mean">
                    {formatMean(row.stat?.mean, asLanguage(i18n.language))}
                  </td>
                  <td className="num">{spread(row.stat)}</td>
                  <td className="num">{row.stat?.count ?? 0}</td>
                  {groups.map((g) => (
                    <td key={g} className="num" data-testid={`result-group-${g}`}>
                      {formatMean(row.groups[g], asLanguage(i18n.language))}
                    </td>
                  ))}
                  {canEdit && (
                    <td>
                      {row.stat && (
                        <button
                          type="button"
                          className="button ghost small"
                          disabled={made.has(row.targetId)}
                          onClick={() => handleMake(row.targetId)}
                          data-testid="score-make-action"
                        >
                          {made.has(row.targetId)
                            ? t("scoring.madeAction")
                            : target?.type === "actionItem"
                              ? t("scoring.addToAction")
                              : t("scoring.makeAction")}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted score-results-note">{t("scoring.spreadHint")}</p>
    </section>
  );
}
