import { describe, expect, it } from "vitest";
import { unobstructedRect } from "./visibleArea";

describe("unobstructedRect", () => {
  const board = { x: 0, y: 100, w: 1366, h: 600 };

  it("is the board, inset a little, when nothing covers it", () => {
    expect(unobstructedRect(board, [])).toEqual({ x: 12, y: 112, w: 1342, h: 576 });
  });

  it("cuts a toolbar on the left and a panel on the right from their own sides", () => {
    const toolbar = { x: 12, y: 250, w: 170, h: 300 };
    const people = { x: 990, y: 112, w: 360, h: 400 };
    expect(unobstructedRect(board, [toolbar, people], 0)).toEqual({ x: 182, y: 100, w: 808, h: 600 });
  });

  it("on a phone, keeps the strip between a panel at the top and the toolbar at the bottom", () => {
    const phone = { x: 0, y: 150, w: 390, h: 694 };
    const people = { x: 8, y: 112, w: 374, h: 300 };
    const toolbar = { x: 20, y: 780, w: 350, h: 52 };
    expect(unobstructedRect(phone, [people, toolbar], 0)).toEqual({ x: 0, y: 412, w: 390, h: 368 });
  });

  it("ignores what lies outside the board, and what covers all of it", () => {
    const away = { x: 2000, y: 0, w: 100, h: 100 };
    const everything = { x: -10, y: 0, w: 2000, h: 2000 };
    expect(unobstructedRect(board, [away, everything], 0)).toEqual(board);
  });
});
