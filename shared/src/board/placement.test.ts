import { describe, expect, it } from "vitest";
import { findFreeSpot, layoutRows, type Rect, rectInside, rectsOverlap } from "./placement";

/** Every pair of rectangles that overlap, by index. */
function overlapping(rects: readonly Rect[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      if (rectsOverlap(rects[i] as Rect, rects[j] as Rect)) out.push([i, j]);
    }
  }
  return out;
}

describe("findFreeSpot", () => {
  it("uses the center when it is free", () => {
    expect(findFreeSpot([], { x: 100, y: 60 }, 200, 120)).toEqual({ x: 0, y: 0 });
  });

  it("never places a card on top of another, even for many cards in a row", () => {
    const placed: Rect[] = [];
    for (let i = 0; i < 40; i++) placed.push({ ...findFreeSpot(placed, { x: 0, y: 0 }, 200, 120), w: 200, h: 120 });
    expect(overlapping(placed)).toEqual([]);
  });

  it("puts the next card beside the first, on the same row", () => {
    const spot = findFreeSpot([{ x: 0, y: 0, w: 200, h: 120 }], { x: 100, y: 60 }, 200, 120);
    expect(spot.y).toBe(0);
    expect(spot.x).toBe(360);
  });

  it("keeps clear of a card grown taller than its stored height", () => {
    const grown = { x: 0, y: 0, w: 200, h: 240 };
    const spot = findFreeSpot([grown], { x: 100, y: 300 }, 200, 120, { gap: { x: 0, y: 0 } });
    expect(rectsOverlap({ ...spot, w: 200, h: 120 }, grown)).toBe(false);
  });

  it("packs a card closer inside a full area rather than put it outside", () => {
    // A 700 × 500 zone holding two cards: at the usual spacing nothing fits; 24 px apart, one does.
    const zone = { x: 800, y: 0, w: 700, h: 500 };
    const cards = [
      { x: 840, y: 80, w: 200, h: 120 },
      { x: 840, y: 300, w: 200, h: 120 },
    ];
    const spot = findFreeSpot(cards, { x: 1150, y: 250 }, 200, 120, { within: zone });
    const rect = { ...spot, w: 200, h: 120 };
    expect(rectInside(rect, zone)).toBe(true);
    expect(cards.some((c) => rectsOverlap(rect, c))).toBe(false);
  });

  it("prefers a spot inside the visible area to a nearer one outside it", () => {
    // A narrow view, as on a phone: the spot beside the first card is off screen, the one below is not.
    const within = { x: -20, y: -20, w: 260, h: 600 };
    const first = { x: 0, y: 0, w: 200, h: 120 };
    const spot = findFreeSpot([first], { x: 100, y: 60 }, 200, 120, { within });
    expect(rectInside({ ...spot, w: 200, h: 120 }, within)).toBe(true);
    expect(rectsOverlap({ ...spot, w: 200, h: 120 }, first)).toBe(false);
  });

  it("starts inside the visible area when the center is near its edge", () => {
    const within = { x: 0, y: 0, w: 800, h: 600 };
    const spot = findFreeSpot([], { x: 790, y: 590 }, 200, 120, { within });
    expect(rectInside({ ...spot, w: 200, h: 120 }, within)).toBe(true);
  });

  it("falls back to the nearest free spot when the visible area is full", () => {
    const within = { x: 0, y: 0, w: 200, h: 120 };
    const spot = findFreeSpot([{ x: 0, y: 0, w: 200, h: 120 }], { x: 100, y: 60 }, 200, 120, { within });
    expect(spot).toEqual({ x: 360, y: 0 });
  });
});

describe("layoutRows", () => {
  const sizes = Array.from({ length: 7 }, (_, i) => ({ w: 200, h: 120 + (i % 3) * 40 }));

  it("fills rows left to right and wraps at the area's width, without overlap", () => {
    const spots = layoutRows(sizes, { area: { x: 0, y: 0, w: 700 } });
    expect(spots.slice(0, 3).map((s) => s.y)).toEqual([0, 0, 0]);
    expect(spots[3]?.x).toBe(0);
    // The second row starts below the tallest card of the first.
    expect(spots[3]?.y).toBe(200 + 24);
    expect(overlapping(spots.map((s, i) => ({ ...s, ...(sizes[i] as { w: number; h: number }) })))).toEqual([]);
  });

  it("steps past what it must not cover", () => {
    const occupied = [{ x: 150, y: 0, w: 200, h: 120 }];
    const spots = layoutRows(sizes, { area: { x: 0, y: 0, w: 900 }, occupied });
    const rects = spots.map((s, i) => ({ ...s, ...(sizes[i] as { w: number; h: number }) }));
    expect(overlapping([...occupied, ...rects])).toEqual([]);
  });

  it("starts a new row at each break", () => {
    const spots = layoutRows(sizes.slice(0, 4), { area: { x: 0, y: 0, w: 2000 }, rowBreaks: new Set([2]) });
    expect(spots.map((s) => s.x)).toEqual([0, 224, 0, 224]);
  });
});
