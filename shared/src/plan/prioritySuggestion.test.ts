import { describe, expect, it } from "vitest";
import type { ActionItem } from "./actionItem";
import { suggestPriorities } from "./prioritySuggestion";

const item = (id: string, votes: number, mean?: number): ActionItem => ({
  id,
  title: id,
  focusArea: "",
  goal: "",
  resultIndicators: "",
  effectIndicators: "",
  method: "",
  instruments: "",
  partners: "",
  knowledgeNeeds: "",
  responsible: "",
  communication: "",
  timeline: "",
  resources: "",
  funder: "",
  budget: { fte: null, amount: null, currency: null },
  milestones: [],
  priority: null,
  goalType: null,
  status: "draft",
  order: 0,
  matrix: null,
  provenance: {
    cardIds: [],
    linkIds: [],
    actorGroups: [],
    votes,
    ...(mean === undefined
      ? {}
      : { scores: [{ round: "S", criteria: [{ name: "Market", mean, min: 1, max: 5, count: 4, groups: [] }] }] }),
  },
  createdAt: 0,
});

describe("suggested priorities", () => {
  it("ranks by votes in thirds, relative to the rest of the plan, and leaves unvoted items without", () => {
    const s = suggestPriorities([
      item("a", 9),
      item("b", 6),
      item("c", 4),
      item("d", 3),
      item("e", 2),
      item("f", 1),
      item("g", 0),
    ]);
    expect([..."abcdef"].map((id) => s.get(id)?.priority)).toEqual(["high", "high", "medium", "medium", "low", "low"]);
    expect(s.get("g")).toBeUndefined();
    expect(s.get("a")).toEqual({ priority: "high", basis: "votes", value: 9 });
  });

  it("gives equal values the same suggestion", () => {
    const s = suggestPriorities([item("a", 5), item("b", 5), item("c", 5), item("d", 1)]);
    expect(["a", "b", "c"].map((id) => s.get(id)?.priority)).toEqual(["high", "high", "high"]);
    expect(s.get("d")?.priority).toBe("low");
  });

  it("uses scores where the plan was scored, whatever the votes say", () => {
    const s = suggestPriorities([item("a", 9, 2.1), item("b", 0, 4.6), item("c", 3, 3.5), item("d", 8)]);
    expect(s.get("b")).toEqual({ priority: "high", basis: "scores", value: 4.6 });
    expect(s.get("c")?.priority).toBe("medium");
    expect(s.get("a")?.priority).toBe("low");
    expect(s.get("d")).toBeUndefined();
  });

  it("suggests nothing for an empty plan or one nobody voted on", () => {
    expect(suggestPriorities([]).size).toBe(0);
    expect(suggestPriorities([item("a", 0)]).size).toBe(0);
  });
});
