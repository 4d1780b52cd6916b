import type { ActorGroup, ScoreResult, ScoreStat } from "@oppdag/shared";
import { ACTOR_GROUPS } from "@oppdag/shared";

/** One row of the results table: a target's statistics on one criterion, or on all pooled. */
export interface ResultRow {
  targetId: string;
  text: string;
  stat: ScoreStat | null;
  /** Mean per actor group that scored it. */
  groups: Partial<Record<ActorGroup, number>>;
}

export type SortKey = "target" | "mean" | "spread" | "count" | `group:${ActorGroup}`;
export type SortDirection = "ascending" | "descending";

/** The rows for one criterion (or, with null, every criterion pooled), in the results' order. */
export function resultRows(
  results: readonly ScoreResult[],
  criterionId: string | null,
  textOf: (targetId: string) => string,
): ResultRow[] {
  return results.map((r) => {
    const part = criterionId === null ? r : r.criteria.find((c) => c.criterionId === criterionId);
    const stat =
      criterionId === null ? r.overall : ((part as ScoreResult["criteria"][number] | undefined)?.stat ?? null);
    const groups = Object.fromEntries((part?.groups ?? []).map((g) => [g.group, g.mean]));
    return { targetId: r.targetId, text: textOf(r.targetId), stat, groups };
  });
}

/** The actor groups that scored anything in these rows, in the usual order. */
export function groupsIn(rows: readonly ResultRow[]): ActorGroup[] {
  return ACTOR_GROUPS.filter((g) => rows.some((r) => r.groups[g] !== undefined));
}

function sortValue(row: ResultRow, key: SortKey): number | string | undefined {
  if (key === "target") return row.text;
  if (key === "mean") return row.stat?.mean;
  if (key === "spread") return row.stat ? row.stat.max - row.stat.min + row.stat.sd / 100 : undefined;
  if (key === "count") return row.stat?.count ?? 0;
  return row.groups[key.slice("group:".length) as ActorGroup];
}

/**
 * Sorted by one column. Rows without a value (nobody scored) always go last, whichever way;
 * ties keep the results' order (best overall mean first).
 */
export function sortRows(rows: readonly ResultRow[], key: SortKey, direction: SortDirection, locale: string) {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined)
        return (a.v === undefined ? 1 : 0) - (b.v === undefined ? 1 : 0) || a.i - b.i;
      const diff =
        typeof a.v === "string" || typeof b.v === "string" ? String(a.v).localeCompare(String(b.v), locale) : a.v - b.v;
      return sign * diff || a.i - b.i;
    })
    .map(({ row }) => row);
}
