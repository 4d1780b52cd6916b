import { describe, expect, it } from "vitest";
import { facingSides } from "./linkSides";

const card = (x: number, y: number) => ({ x, y, w: 200, h: 120 });

describe("facingSides", () => {
  it("links neighbours on a row side to side", () => {
    expect(facingSides(card(0, 0), card(360, 0))).toEqual({ source: "r", target: "l" });
    expect(facingSides(card(360, 0), card(0, 0))).toEqual({ source: "l", target: "r" });
  });
  it("links cards in a column top to bottom", () => {
    expect(facingSides(card(0, 0), card(0, 200))).toEqual({ source: "b", target: "t" });
    expect(facingSides(card(0, 200), card(0, 0))).toEqual({ source: "t", target: "b" });
  });
  it("weighs distance in card sizes, not pixels", () => {
    // 200 px right is one card width; 150 px down is 1.25 card heights: vertical wins.
    expect(facingSides(card(0, 0), card(200, 150))).toEqual({ source: "b", target: "t" });
  });
});
