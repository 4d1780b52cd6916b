import type { Rect } from "./placement";

export type Side = "l" | "r" | "t" | "b";

/**
 * The sides two cards' link should leave and enter by: the ones facing each other. Chosen from
 * current positions every render, so a link stays tidy whoever moves which card.
 */
export function facingSides(source: Rect, target: Rect): { source: Side; target: Side } {
  const dx = target.x + target.w / 2 - (source.x + source.w / 2);
  const dy = target.y + target.h / 2 - (source.y + source.h / 2);
  // Compare in units of card size, so wide cards do not bias towards vertical links.
  const horizontal = Math.abs(dx) / Math.max(source.w, 1) >= Math.abs(dy) / Math.max(source.h, 1);
  if (horizontal) return dx >= 0 ? { source: "r", target: "l" } : { source: "l", target: "r" };
  return dy >= 0 ? { source: "b", target: "t" } : { source: "t", target: "b" };
}
