import type { BoardModel, CardKind, GroupMean, ScoreResult, VoteResult } from "@oppdag/shared";

/**
 * One bar of a results chart. The chart draws rows and knows nothing of where they come from:
 * a vote's counts (`voteChart`) or a scoring round's means (`scoreChart`).
 */
export interface ChartRow {
  id: string;
  /** What the bar stands for, as the room reads it: a card's text, or a link's two cards. */
  label: string;
  /** The card's kind (its colour), or a link. */
  kind: CardKind | "link";
  value: number;
  /** Standard competition ranking: equal values share a place and the next place is skipped (1, 2, 2, 4). */
  rank: number;
  /** Another row has the same value: shown as a tie, never as an order the room did not choose. */
  tied: boolean;
  /** A second line under the label (a score's mean per actor group). */
  detail?: string;
}

export interface Chart {
  rows: ChartRow[];
  /** The value a full bar stands for. */
  max: number;
  /** Rows with a value that did not fit on the screen. */
  more: number;
  /** Targets nobody chose, left off the chart (the ranked list on the board has them). */
  unchosen: number;
}

/** Ranks rows by value, most first, ties sharing a place; rows of equal value keep their order. */
export function rankRows<T extends { value: number }>(rows: readonly T[]): Array<T & { rank: number; tied: boolean }> {
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.value - a.row.value || a.i - b.i);
  const perValue = new Map<number, number>();
  for (const { row } of sorted) perValue.set(row.value, (perValue.get(row.value) ?? 0) + 1);
  let rank = 0;
  return sorted.map(({ row }, i) => {
    if (i === 0 || (sorted[i - 1]?.row.value ?? 0) !== row.value) rank = i + 1;
    return { ...row, rank, tied: (perValue.get(row.value) ?? 0) > 1 };
  });
}

/** A tie at the cut may take this many bars beyond the limit before it is left off whole. */
const TIE_SLACK = 2;

/** How a chart names its targets in the room's language. */
export interface TargetWords {
  card(text: string, kind: CardKind): string;
  link(from: string, to: string, label: string): string;
}

/** What a target id stands for on the chart: a card, a link, an action item (by its title). */
function targetOf(
  id: string,
  board: Pick<BoardModel, "cards" | "links">,
  items: ReadonlyMap<string, string>,
  words: TargetWords,
): Pick<ChartRow, "label" | "kind"> {
  const card = board.cards.find((c) => c.id === id);
  if (card) return { label: words.card(card.text, card.kind), kind: card.kind };
  const link = board.links.find((l) => l.id === id);
  const text = (cardId: string) => board.cards.find((c) => c.id === cardId)?.text ?? "…";
  if (link) return { label: words.link(text(link.source), text(link.target), link.label), kind: "link" };
  return { label: items.get(id) ?? "…", kind: "idea" };
}

/**
 * At most `limit` ranked rows. The screen never breaks a tie: a tied place at the cut is shown
 * whole (a bar or two beyond the limit) or not at all.
 */
function cut(ranked: ChartRow[], limit: number): ChartRow[] {
  let shown = Math.min(limit, ranked.length);
  const cutRank = ranked[shown - 1]?.rank;
  if (shown < ranked.length && ranked[shown]?.rank === cutRank) {
    const start = ranked.findIndex((r) => r.rank === cutRank);
    let end = shown;
    while (ranked[end]?.rank === cutRank) end++;
    shown = end <= limit + TIE_SLACK ? end : start > 0 ? start : limit;
  }
  return ranked.slice(0, shown);
}

/** The chart of a revealed vote: targets with votes, ranked, at most `limit` bars. */
export function voteChart(
  results: readonly VoteResult[],
  board: Pick<BoardModel, "cards" | "links">,
  words: TargetWords,
  limit: number,
): Chart {
  const chosen = results.filter((r) => r.count > 0);
  const ranked = rankRows(
    chosen.map((r) => ({ id: r.targetId, ...targetOf(r.targetId, board, new Map(), words), value: r.count })),
  );
  const rows = cut(ranked, limit);
  return {
    rows,
    max: ranked[0]?.value ?? 0,
    more: ranked.length - rows.length,
    unchosen: results.length - chosen.length,
  };
}

/**
 * The chart of a revealed scoring round: each scored target by its mean over all criteria (to one
 * decimal, as shown, so equal-looking means are a tie), on the full 1–5 scale, with the mean of each
 * actor group beneath. Targets nobody scored are counted, not drawn.
 */
export function scoreChart(
  results: readonly ScoreResult[],
  board: Pick<BoardModel, "cards" | "links">,
  items: ReadonlyMap<string, string>,
  words: TargetWords & { groups(groups: readonly GroupMean[]): string },
  limit: number,
  scaleMax: number,
): Chart {
  const scored = results.filter((r) => r.overall !== null);
  const ranked = rankRows(
    scored.map((r) => ({
      id: r.targetId,
      ...targetOf(r.targetId, board, items, words),
      value: Math.round((r.overall?.mean ?? 0) * 10) / 10,
      detail: words.groups(r.groups),
    })),
  );
  const rows = cut(ranked, limit);
  return { rows, max: scaleMax, more: ranked.length - rows.length, unchosen: results.length - scored.length };
}
