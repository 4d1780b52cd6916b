import type { ActionItem } from "@oppdag/shared";
import { useMemo } from "react";
import { type PlanFilter, useUiStore } from "../stores/uiStore";

/** Whether an item passes this person's filter. */
export function passesFilter(item: ActionItem, filter: PlanFilter): boolean {
  return (
    (filter.status === "all" || item.status === filter.status) &&
    (filter.group === "all" || item.provenance.actorGroups.includes(filter.group))
  );
}

/**
 * The items this person's filter lets through (the filter is local; it changes nobody else's view).
 * Computed once by the plan panel and handed to what shows or copies them.
 */
export function usePlanFilter(items: readonly ActionItem[]): ActionItem[] {
  const filter = useUiStore((s) => s.planFilter);
  return useMemo(() => items.filter((item) => passesFilter(item, filter)), [items, filter]);
}
