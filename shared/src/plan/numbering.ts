import type { ActionItem } from "./actionItem";

/** a, b, …, z, aa, ab, …: item letters under a focus area. */
export function itemLetter(index: number): string {
  let n = index;
  let out = "";
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export interface NumberedArea<T extends ActionItem = ActionItem> {
  /** 1, 2, …: the focus area's number. */
  number: number;
  /** The focus area as typed, trimmed; "" for items without one. */
  area: string;
  items: Array<{ item: T; letter: string; number: string }>;
}

/**
 * The plan's numbering, as plan documents number it: focus areas "1.", "2." in the order their
 * first item appears (items without one last), items "a.", "b." under each, "1a" for short. The
 * panel, the exports and the clipboard table all number with this, so "1b" means the same item
 * everywhere.
 */
export function numberPlan<T extends ActionItem>(items: readonly T[]): NumberedArea<T>[] {
  const areas = new Map<string, T[]>();
  for (const item of items) {
    const area = item.focusArea.trim();
    areas.set(area, [...(areas.get(area) ?? []), item]);
  }
  return [...areas.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0))
    .map(([area, list], i) => ({
      number: i + 1,
      area,
      items: list.map((item, j) => ({ item, letter: itemLetter(j), number: `${i + 1}${itemLetter(j)}` })),
    }));
}

/** The new sort key for an item moved to `toIndex` of the plan (in plan order): between its new neighbours. */
export function orderAfterMove(items: readonly ActionItem[], id: string, toIndex: number): number {
  const rest = items.filter((i) => i.id !== id);
  const before = rest[toIndex - 1];
  const after = rest[toIndex];
  if (before && after) return (before.order + after.order) / 2;
  if (before) return before.order + 1;
  if (after) return after.order - 1;
  return 1;
}
