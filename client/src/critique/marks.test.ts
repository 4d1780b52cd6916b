import type { BoardCard, BoardModel } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { challengeMarks } from "./marks";

const card = (id: string, kind: BoardCard["kind"], extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  kind,
  text: id,
  x: 0,
  y: 0,
  w: 200,
  h: 120,
  color: "pink",
  authorId: "a",
  authorGroup: "external",
  createdAt: 0,
  ...extra,
});

describe("challengeMarks", () => {
  it("counts open challenges per target and names each challenge's target", () => {
    const model: BoardModel = {
      cards: [
        card("o", "opportunity"),
        card("s", "strength"),
        card("c1", "challenge", { attachedTo: "o" }),
        card("c2", "challenge", { attachedTo: "o", answer: "Svar" }),
        card("c3", "challenge", { attachedTo: "l" }),
        card("c4", "challenge", { attachedTo: "item1" }),
        card("c5", "challenge", { attachedTo: "gone" }),
      ],
      links: [{ id: "l", source: "s", target: "o", label: "", authorId: "a", authorGroup: "industry" }],
      zones: [],
    };
    const marks = challengeMarks(model, new Map([["item1", "Pilot"]]));
    expect([...marks.open]).toEqual([
      ["o", 1],
      ["l", 1],
      ["item1", 1],
    ]);
    expect(marks.targets.get("c2")).toEqual({ type: "card", label: "o" });
    expect(marks.targets.get("c3")).toEqual({ type: "link", label: "s ↔ o" });
    expect(marks.targets.get("c4")).toEqual({ type: "item", label: "Pilot" });
    expect(marks.targets.has("c5")).toBe(false);
  });
});
