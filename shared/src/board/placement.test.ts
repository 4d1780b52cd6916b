import { describe, expect, it } from "vitest";
import { findFreeSpot } from "./placement";

describe("findFreeSpot", () => {
  it("uses the center when it is free", () => {
    expect(findFreeSpot([], { x: 100, y: 60 }, 200, 120)).toEqual({ x: 0, y: 0 });
  });

  it("never places a card on top of another, even for many cards in a row", () => {
    const placed: Array<{ x: number; y: number; w: number; h: number }> = [];
    for (let i = 0; i < 40; i++) placed.push({ ...findFreeSpot(placed, { x: 0, y: 0 }, 200, 120), w: 200, h: 120 });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i] as (typeof placed)[number];
        const b = placed[j] as (typeof placed)[number];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it("puts the next card beside the first, on the same row", () => {
    const spot = findFreeSpot([{ x: 0, y: 0, w: 200, h: 120 }], { x: 100, y: 60 }, 200, 120);
    expect(spot.y).toBe(0);
    expect(spot.x).toBe(360);
  });
});
