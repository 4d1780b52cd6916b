/** One control of a row that may not wrap. */
export interface ToolFit {
  key: string;
  /** As last measured, in pixels. */
  width: number;
  /** How much it matters to keep in sight: the lowest go into the menu first. */
  rank: number;
  /** A mode that is on (the board locked, a private round, follow-me) stays in sight. */
  pinned?: boolean;
}

/**
 * Which controls go into the "More" menu so the rest fit in `available` pixels on one line: the
 * lowest ranked first (of equal rank, the later in the row), never a pinned one. When any go, the
 * menu's own button (`moreWidth`) must fit as well.
 */
export function toolsToTuck(tools: readonly ToolFit[], available: number, gap: number, moreWidth: number): Set<string> {
  const widthOf = (list: readonly ToolFit[]) =>
    list.reduce((sum, tool) => sum + tool.width, 0) + gap * Math.max(0, list.length - 1);
  const tucked = new Set<string>();
  if (widthOf(tools) <= available) return tucked;
  const candidates = tools
    .map((tool, index) => ({ tool, index }))
    .filter(({ tool }) => !tool.pinned)
    .sort((a, b) => a.tool.rank - b.tool.rank || b.index - a.index);
  let shown = [...tools];
  for (const { tool } of candidates) {
    if (widthOf(shown) + gap + moreWidth <= available) break;
    tucked.add(tool.key);
    shown = shown.filter((t) => t !== tool);
  }
  return tucked;
}
