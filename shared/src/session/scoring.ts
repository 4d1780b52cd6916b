import type { BoardModel } from "../board/model";
import { ACTOR_GROUPS, type ActorGroup, type GroupCounts, type Language } from "../domain";
import { formatDecimal } from "../export/locale";
import type { VoteTargetSpec } from "./phaseSpecs";
import { selectVoteTargets } from "./targets";

/**
 * Multi-criteria scoring, beside dot votes: each person gives every target 1–5 on each criterion.
 * Scores stay on the server until the reveal, as ballots do; results say the mean, the spread
 * (min–max, plus the standard deviation) and the mean per actor group.
 */

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** The scale, low to high: what the form's buttons show. */
export const SCORE_SCALE = [1, 2, 3, 4, 5] as const;

/** The criteria a round starts with (S3 prioritisation); the client names them in its language. */
export const DEFAULT_CRITERIA = ["marketPotential", "regionalCapability", "relatedVariety", "feasibility"] as const;
export type DefaultCriterion = (typeof DEFAULT_CRITERIA)[number];

/** What a round scores: cards of some kinds (in a zone), links, and action items. */
export type ScoreTargetSpec = VoteTargetSpec & { actionItems: boolean };

export interface ScoreCriterion {
  id: string;
  name: string;
}

/** target id → criterion id → score, for one person in one round. */
export type ScoreSheet = Record<string, Record<string, number>>;

export interface ScoreStat {
  count: number;
  mean: number;
  min: number;
  max: number;
  /** Population standard deviation. */
  sd: number;
}

export interface GroupMean {
  group: ActorGroup;
  count: number;
  mean: number;
}

export interface CriterionResult {
  criterionId: string;
  /** Null when nobody scored this criterion for this target. */
  stat: ScoreStat | null;
  /** Actor groups in `ACTOR_GROUPS` order, only those that scored. */
  groups: GroupMean[];
}

export interface ScoreResult {
  targetId: string;
  /** Every score the target got, all criteria pooled. */
  overall: ScoreStat | null;
  groups: GroupMean[];
  criteria: CriterionResult[];
}

/** A scoring round as clients see it: nobody's scores but one's own, results only once revealed. */
export interface ScoreRoundView {
  id: string;
  title: string;
  status: "open" | "closed" | "revealed";
  targetIds: string[];
  criteria: ScoreCriterion[];
  createdAt: number;
  /** How many people have given at least one score. */
  scorerCount: number;
  /** Facilitators only, while the round is open: how many of each actor group have scored. */
  scorersByGroup?: GroupCounts;
  myScores: ScoreSheet;
  /** Best overall mean first. */
  results: ScoreResult[] | null;
}

export type ScoreError = "not_a_target" | "not_a_criterion";

export interface ScoreRules {
  targetIds: readonly string[];
  criteria: readonly ScoreCriterion[];
}

/** Sets (or, with null, clears) one score on a sheet, or says why not. Returns a new sheet. */
export function setScore(
  rules: ScoreRules,
  sheet: ScoreSheet,
  targetId: string,
  criterionId: string,
  score: number | null,
): ScoreSheet | ScoreError {
  if (!rules.targetIds.includes(targetId)) return "not_a_target";
  if (!rules.criteria.some((c) => c.id === criterionId)) return "not_a_criterion";
  const row = { ...(sheet[targetId] ?? {}) };
  if (score === null) delete row[criterionId];
  else row[criterionId] = score;
  const next = { ...sheet };
  if (Object.keys(row).length === 0) delete next[targetId];
  else next[targetId] = row;
  return next;
}

/** How many scores a sheet holds. */
export const scoresGiven = (sheet: ScoreSheet) =>
  Object.values(sheet).reduce((n, row) => n + Object.keys(row).length, 0);

export function scoreStat(values: readonly number[]): ScoreStat | null {
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { count: values.length, mean, min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) };
}

function groupMeans(scores: ReadonlyArray<{ group: ActorGroup | undefined; value: number }>): GroupMean[] {
  return ACTOR_GROUPS.flatMap((group) => {
    const stat = scoreStat(scores.filter((s) => s.group === group).map((s) => s.value));
    return stat ? [{ group, count: stat.count, mean: stat.mean }] : [];
  });
}

/**
 * The results of a round: per target and criterion the statistics and the mean per actor group
 * (each person counted in the group they joined with). Best overall mean first; targets nobody
 * scored last; ties keep the targets' order.
 */
export function scoreResults(
  rules: ScoreRules,
  sheets: Readonly<Record<string, ScoreSheet>>,
  groupOf: Readonly<Record<string, ActorGroup>>,
): ScoreResult[] {
  const results = rules.targetIds.map((targetId): ScoreResult => {
    const all: Array<{ group: ActorGroup | undefined; value: number; criterionId: string }> = [];
    for (const [pid, sheet] of Object.entries(sheets)) {
      const row = sheet[targetId] ?? {};
      for (const c of rules.criteria) {
        const value = row[c.id];
        if (typeof value === "number") all.push({ group: groupOf[pid], value, criterionId: c.id });
      }
    }
    return {
      targetId,
      overall: scoreStat(all.map((s) => s.value)),
      groups: groupMeans(all),
      criteria: rules.criteria.map((c) => {
        const mine = all.filter((s) => s.criterionId === c.id);
        return { criterionId: c.id, stat: scoreStat(mine.map((s) => s.value)), groups: groupMeans(mine) };
      }),
    };
  });
  const order = new Map(rules.targetIds.map((id, i) => [id, i]));
  const mean = (r: ScoreResult) => r.overall?.mean ?? Number.NEGATIVE_INFINITY;
  return results.sort((a, b) => mean(b) - mean(a) || (order.get(a.targetId) ?? 0) - (order.get(b.targetId) ?? 0));
}

/**
 * A mean as people read it: one decimal, with the language's decimal sign ("4.5", nb and sv
 * "4,5"), or a dash when there is none.
 */
export const formatMean = (mean: number | null | undefined, language: Language = "en") =>
  typeof mean === "number" ? formatDecimal(Math.round(mean * 10) / 10, language) : "–";

/**
 * What a scoring round scores: the cards and links a vote would take, then the chosen action
 * items. Fixed when the round opens.
 */
export function selectScoreTargets(
  board: BoardModel,
  actionItemIds: readonly string[],
  spec: ScoreTargetSpec,
): string[] {
  return [...selectVoteTargets(board, spec), ...(spec.actionItems ? actionItemIds : [])];
}

/**
 * A target's results in a form an action item keeps in its provenance: the round's title and,
 * per criterion, its name, mean, spread and count, and the mean per group.
 */
export interface ProvenanceScores {
  round: string;
  criteria: Array<{ name: string; mean: number; min: number; max: number; count: number; groups: GroupMean[] }>;
}

export function provenanceScores(
  round: Pick<ScoreRoundView, "title" | "criteria">,
  result: ScoreResult,
): ProvenanceScores {
  return {
    round: round.title,
    criteria: result.criteria.flatMap((c) => {
      const name = round.criteria.find((x) => x.id === c.criterionId)?.name ?? "";
      return c.stat
        ? [{ name, mean: c.stat.mean, min: c.stat.min, max: c.stat.max, count: c.stat.count, groups: c.groups }]
        : [];
    }),
  };
}
