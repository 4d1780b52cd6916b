import type { BoardCard, BoardZone } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { groupCards, zoneOf } from "./cardGroups";

const card = (id: string, over: Partial<BoardCard> = {}): BoardCard => ({
  id,
  kind: "strength",
  text: id,
  x: 0,
  y: 0,
  w: 200,
  h: 120,
  color: "yellow",
  authorId: "p1",
  authorGroup: "industry",
  createdAt: 0,
  ...over,
});
const zone = (id: string, x: number, y: number, w = 600, h = 400): BoardZone => ({
  id,
  title: id,
  x,
  y,
  w,
  h,
  color: "blue",
});

describe("the phone's card list", () => {
  const zones = [zone("right", 800, 0), zone("left", 0, 0), zone("below", 0, 600)];

  it("puts a card in the zone holding its middle, the smallest when zones nest", () => {
    expect(zoneOf(card("a", { x: 100, y: 100 }), zones)?.id).toBe("left");
    expect(zoneOf(card("a", { x: 500, y: 100 }), zones)?.id).toBe("left");
    // Its middle (x 650) is past the zone's right edge (600).
    expect(zoneOf(card("a", { x: 560, y: 100 }), zones)).toBeNull();
    const nested = [...zones, zone("inner", 50, 50, 300, 300)];
    expect(zoneOf(card("a", { x: 100, y: 100 }), nested)?.id).toBe("inner");
  });

  it("reads zones in rows from the top, and cards by kind in reading order", () => {
    const groups = groupCards({
      zones,
      links: [],
      cards: [
        card("idea-left", { kind: "idea", x: 20, y: 20 }),
        card("strength-second-row", { x: 20, y: 200 }),
        card("strength-first-row-right", { x: 300, y: 30 }),
        card("strength-first-row-left", { x: 20, y: 0 }),
        card("loose", { x: 3000, y: 3000 }),
      ],
    });
    expect(groups.map((g) => g.zone?.id ?? null)).toEqual(["left", "right", "below", null]);
    const [left] = groups;
    expect(left?.kinds.map((k) => [k.kind, k.cards.map((c) => c.id)])).toEqual([
      ["strength", ["strength-first-row-left", "strength-first-row-right", "strength-second-row"]],
      ["idea", ["idea-left"]],
    ]);
    // Empty zones stay in the list, so a card can be added to them.
    expect(groups[1]?.count).toBe(0);
    expect(groups[3]?.kinds[0]?.cards[0]?.id).toBe("loose");
  });

  it("has one section for a board without zones, and with a filter only the sections it leaves", () => {
    expect(groupCards({ zones: [], links: [], cards: [] })).toHaveLength(1);
    const groups = groupCards(
      { zones, links: [], cards: [card("a", { x: 20, y: 20, kind: "idea" }), card("b", { x: 20, y: 620 })] },
      (c) => c.kind === "idea",
    );
    expect(groups.map((g) => g.zone?.id)).toEqual(["left"]);
  });
});
