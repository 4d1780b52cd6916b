import { describe, expect, it } from "vitest";
import { toolsToTuck } from "./fitTools";

const tools = [
  { key: "agenda", width: 70, rank: 2 },
  { key: "pause", width: 60, rank: 9 },
  { key: "lock", width: 90, rank: 5 },
  { key: "follow", width: 80, rank: 1 },
  { key: "anonymous", width: 90, rank: 0 },
];
// 70 + 60 + 90 + 80 + 90 and four gaps of 4.
const all = 390 + 16;

describe("toolsToTuck", () => {
  it("tucks nothing away when every control fits", () => {
    expect(toolsToTuck(tools, all, 4, 60)).toEqual(new Set());
  });

  it("tucks the least needed first, leaving room for the menu's button", () => {
    // Without anonymous: 300 + 3 gaps = 312, plus a gap and the button = 376.
    expect(toolsToTuck(tools, 376, 4, 60)).toEqual(new Set(["anonymous"]));
    expect(toolsToTuck(tools, 375, 4, 60)).toEqual(new Set(["anonymous", "follow"]));
    // Agenda (rank 2) goes before lock (rank 5), though it comes first in the row.
    expect(toolsToTuck(tools, 290, 4, 60)).toEqual(new Set(["anonymous", "follow", "agenda"]));
  });

  it("of equal rank, tucks the later one in the row", () => {
    const even = tools.map((t) => ({ ...t, rank: 0 }));
    expect(toolsToTuck(even, 376, 4, 60)).toEqual(new Set(["anonymous"]));
  });

  it("keeps a mode that is on in sight, tucking the next least needed instead", () => {
    const following = tools.map((t) => (t.key === "follow" ? { ...t, pinned: true } : t));
    expect(toolsToTuck(following, 375, 4, 60)).toEqual(new Set(["anonymous", "agenda"]));
  });

  it("tucks everything that may go when even the first control does not fit", () => {
    expect(toolsToTuck(tools, 10, 4, 60)).toEqual(new Set(tools.map((t) => t.key)));
  });
});
