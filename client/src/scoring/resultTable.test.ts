import type { ScoreResult } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { groupsIn, resultRows, sortRows } from "./resultTable";

const stat = (mean: number, min: number, max: number, count = 2) => ({ count, mean, min, max, sd: 0 });
const results: ScoreResult[] = [
  {
    targetId: "a",
    overall: stat(4, 3, 5),
    groups: [
      { group: "industry", count: 1, mean: 5 },
      { group: "public", count: 1, mean: 3 },
    ],
    criteria: [{ criterionId: "c1", stat: stat(4, 3, 5), groups: [{ group: "industry", count: 1, mean: 5 }] }],
  },
  {
    targetId: "b",
    overall: stat(2, 1, 3),
    groups: [{ group: "public", count: 2, mean: 2 }],
    criteria: [{ criterionId: "c1", stat: stat(2, 1, 3), groups: [{ group: "public", count: 2, mean: 2 }] }],
  },
  { targetId: "c", overall: null, groups: [], criteria: [{ criterionId: "c1", stat: null, groups: [] }] },
];
const text = (id: string) => ({ a: "Åsen", b: "Bygda", c: "Caféen" })[id] ?? id;

describe("the results table", () => {
  it("reads one criterion or all pooled, with the groups that scored", () => {
    const pooled = resultRows(results, null, text);
    expect(pooled[0]).toEqual({ targetId: "a", text: "Åsen", stat: stat(4, 3, 5), groups: { industry: 5, public: 3 } });
    expect(groupsIn(pooled)).toEqual(["industry", "public"]);
    expect(resultRows(results, "c1", text)[0]?.groups).toEqual({ industry: 5 });
  });

  it("sorts by any column, unscored rows last both ways", () => {
    const rows = resultRows(results, null, text);
    const ids = (key: Parameters<typeof sortRows>[1], dir: Parameters<typeof sortRows>[2]) =>
      sortRows(rows, key, dir, "nb").map((r) => r.targetId);
    expect(ids("mean", "ascending")).toEqual(["b", "a", "c"]);
    expect(ids("mean", "descending")).toEqual(["a", "b", "c"]);
    expect(ids("group:industry", "ascending")).toEqual(["a", "b", "c"]);
    expect(ids("group:public", "descending")).toEqual(["a", "b", "c"]);
    // Norwegian order: Å after the rest.
    expect(ids("target", "ascending")).toEqual(["b", "c", "a"]);
  });
});
