import type { BoardModel, CardKind, VoteResult } from "@oppdag/shared";

/**
 * One bar of a results chart. The chart draws rows and knows nothing of where they come from:
 * votes today (`voteRows`); a scoring round would build rows of its own (an average score as
 * `value`, with its own `max`) and reuse the chart as it is.
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

/**
 * The chart of a revealed vote: targets with votes, ranked, at most `limit` bars. The screen never
 * breaks a tie: a tied place at the cut is shown whole (a bar or two beyond the limit) or not at all.
 */
export function voteChart(
  results: readonly VoteResult[],
  board: Pick<BoardModel, "cards" | "links">,
  describe: { card(text: string, kind: CardKind): string; link(from: string, to: string, label: string): string },
  limit: number,
): Chart {
  const cards = new Map(board.cards.map((c) => [c.id, c]));
  const links = new Map(board.links.map((l) => [l.id, l]));
  const chosen = results.filter((r) => r.count > 0);
  const ranked = rankRows(
    chosen.map((r): Omit<ChartRow, "rank" | "tied"> => {
      const card = cards.get(r.targetId);
      if (card) return { id: r.targetId, label: describe.card(card.text, card.kind), kind: card.kind, value: r.count };
      const link = links.get(r.targetId);
      const text = (id: string) => cards.get(id)?.text ?? "…";
      return {
        id: r.targetId,
        label: link ? describe.link(text(link.source), text(link.target), link.label) : "…",
        kind: "link",
        value: r.count,
      };
    }),
  );
  let shown = Math.min(limit, ranked.length);
  const cutRank = ranked[shown - 1]?.rank;
  if (shown < ranked.length && ranked[shown]?.rank === cutRank) {
    const start = ranked.findIndex((r) => r.rank === cutRank);
    let end = shown;
    while (ranked[end]?.rank === cutRank) end++;
    shown = end <= limit + TIE_SLACK ? end : start > 0 ? start : limit;
  }
  return {
    rows: ranked.slice(0, shown),
    max: ranked[0]?.value ?? 0,
    more: ranked.length - shown,
    unchosen: results.length - chosen.length,
  };
}
