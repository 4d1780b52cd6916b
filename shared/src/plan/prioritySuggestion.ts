import type { ActionItem, ActionPriority } from "./actionItem";

/** What a suggested priority rests on: the mean score of what the item came from, or its votes. */
export interface PrioritySuggestion {
  priority: ActionPriority;
  basis: "scores" | "votes";
  /** The mean score (1–5) or the number of votes. */
  value: number;
}

/** The overall mean of an item's latest scoring round: the mean of its criteria's means. */
function latestMeanScore(item: ActionItem): number | null {
  const round = item.provenance.scores?.at(-1);
  const means = (round?.criteria ?? []).filter((c) => c.count > 0).map((c) => c.mean);
  return means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

/**
 * A priority for each item from how the room voted and scored, relative to the rest of the plan:
 * the top third high, the middle medium, the rest low. Scores count where the plan was scored (they
 * weigh criteria, not enthusiasm), votes otherwise; items with neither get no suggestion. Equal
 * values get the same suggestion. People decide: this is shown beside the priority, never set.
 */
export function suggestPriorities(items: readonly ActionItem[]): Map<string, PrioritySuggestion> {
  const scored = items.flatMap((item) => {
    const mean = latestMeanScore(item);
    return mean === null ? [] : [{ id: item.id, value: mean }];
  });
  const basis = scored.length > 0 ? "scores" : "votes";
  const ranked = (
    basis === "scores"
      ? scored
      : items.filter((i) => i.provenance.votes > 0).map((i) => ({ id: i.id, value: i.provenance.votes }))
  ).sort((a, b) => b.value - a.value);
  const out = new Map<string, PrioritySuggestion>();
  const bucketOf = new Map<number, ActionPriority>();
  ranked.forEach(({ id, value }, index) => {
    let priority = bucketOf.get(value);
    if (!priority) {
      const third = Math.floor((3 * index) / ranked.length);
      priority = third === 0 ? "high" : third === 1 ? "medium" : "low";
      bucketOf.set(value, priority);
    }
    out.set(id, { priority, basis, value });
  });
  return out;
}
