import { describe, expect, it } from "vitest";
import { directionOf, nearestInDirection, resizedBy, stepOf } from "./keyboardNavigation";

const card = (id: string, x: number, y: number) => ({ id, x, y, w: 100, h: 80 });

describe("nearestInDirection", () => {
  const from = card("a", 0, 0);

  it("picks the nearest card ahead", () => {
    const others = [card("far", 600, 0), card("near", 200, 0), card("left", -300, 0)];
    expect(nearestInDirection(from, others, "right")).toBe("near");
    expect(nearestInDirection(from, others, "left")).toBe("left");
  });

  it("prefers a card straight ahead over one as near off to the side", () => {
    const others = [card("aside", 200, 150), card("ahead", 260, 0)];
    expect(nearestInDirection(from, others, "right")).toBe("ahead");
  });

  it("falls back to a card outside the cone rather than nothing", () => {
    expect(nearestInDirection(from, [card("steep", 50, 400)], "right")).toBe("steep");
  });

  it("finds nothing when no card lies that way, and never the card itself", () => {
    expect(nearestInDirection(from, [from, card("b", 0, 300)], "up")).toBeNull();
    expect(nearestInDirection(from, [from, card("b", 0, 300)], "down")).toBe("b");
  });
});

describe("steps", () => {
  it("maps arrow keys and nothing else", () => {
    expect(directionOf("ArrowUp")).toBe("up");
    expect(directionOf("a")).toBeNull();
  });

  it("moves 10 px, 50 with Shift", () => {
    expect(stepOf("left", false)).toEqual({ x: -10, y: 0 });
    expect(stepOf("down", true)).toEqual({ x: 0, y: 50 });
  });

  it("resizes, never below the smallest card", () => {
    expect(resizedBy({ w: 200, h: 120 }, "right", false)).toEqual({ w: 210, h: 120 });
    expect(resizedBy({ w: 200, h: 120 }, "up", true)).toEqual({ w: 200, h: 90 });
    expect(resizedBy({ w: 145, h: 120 }, "left", false)).toEqual({ w: 140, h: 120 });
  });
});
