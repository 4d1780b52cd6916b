import { describe, expect, it } from "vitest";
import { formatMean, provenanceScores, type ScoreSheet, scoreResults, scoreStat, setScore } from "./scoring";

const rules = {
  targetIds: ["a", "b", "c"],
  criteria: [
    { id: "c1", name: "Markedspotensial" },
    { id: "c2", name: "Gjennomførbarhet" },
  ],
};

describe("scoring", () => {
  it("sets, replaces and takes back scores, and refuses what is not in the round", () => {
    let sheet = setScore(rules, {}, "a", "c1", 4);
    expect(sheet).toEqual({ a: { c1: 4 } });
    sheet = setScore(rules, sheet as ScoreSheet, "a", "c1", 2);
    expect(sheet).toEqual({ a: { c1: 2 } });
    expect(setScore(rules, sheet as ScoreSheet, "a", "c1", null)).toEqual({});
    expect(setScore(rules, {}, "nope", "c1", 3)).toBe("not_a_target");
    expect(setScore(rules, {}, "a", "c9", 3)).toBe("not_a_criterion");
  });

  it("gives mean, min–max, standard deviation and count", () => {
    expect(scoreStat([])).toBeNull();
    expect(scoreStat([1, 5])).toEqual({ count: 2, mean: 3, min: 1, max: 5, sd: 2 });
  });

  it("splits each target's results by actor group and ranks by overall mean", () => {
    const sheets = {
      kari: { a: { c1: 5, c2: 4 }, b: { c1: 1 } },
      ola: { a: { c1: 4, c2: 5 }, b: { c1: 3, c2: 3 } },
      per: { a: { c1: 2, c2: 2 } },
    };
    const groups = { kari: "industry", ola: "industry", per: "public" } as const;
    const [first, second, third] = scoreResults(rules, sheets, groups);
    expect(first?.targetId).toBe("a");
    expect(first?.overall?.mean).toBeCloseTo(22 / 6);
    expect(first?.criteria[0]).toEqual({
      criterionId: "c1",
      stat: { count: 3, mean: 11 / 3, min: 2, max: 5, sd: expect.closeTo(1.247, 3) },
      groups: [
        { group: "industry", count: 2, mean: 4.5 },
        { group: "public", count: 1, mean: 2 },
      ],
    });
    expect(first?.groups).toEqual([
      { group: "industry", count: 4, mean: 4.5 },
      { group: "public", count: 2, mean: 2 },
    ]);
    expect(second?.targetId).toBe("b");
    expect(second?.criteria[1]?.stat?.count).toBe(1);
    // Nobody scored c: it comes last, with nothing to say.
    expect(third).toEqual({
      targetId: "c",
      overall: null,
      groups: [],
      criteria: [
        { criterionId: "c1", stat: null, groups: [] },
        { criterionId: "c2", stat: null, groups: [] },
      ],
    });
    expect(provenanceScores({ title: "Runde 1", criteria: rules.criteria }, first as never).criteria[0]).toMatchObject({
      name: "Markedspotensial",
      min: 2,
      max: 5,
      count: 3,
    });
  });

  it("formats a mean with one decimal", () => {
    expect(formatMean(4.5)).toBe("4.5");
    expect(formatMean(11 / 3)).toBe("3.7");
    expect(formatMean(null)).toBe("–");
  });
});
