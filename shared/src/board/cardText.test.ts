import { describe, expect, it } from "vitest";
import { CARD_TEXT, cardHeight, cardRect, cardTextLayout, textWidth, wrapLines } from "./cardText";
import { CARD_SIZE } from "./doc";

const LONG = "Skogsbaserad bioekonomi – skog, sågverk och träförädling";

describe("card text layout", () => {
  it("keeps the user's height for a short text", () => {
    expect(cardHeight({ text: "Havbruk", ...CARD_SIZE })).toBe(CARD_SIZE.h);
    expect(cardHeight({ text: "", ...CARD_SIZE })).toBe(CARD_SIZE.h);
  });

  it("grows a card to fit a text that needs more lines than its height holds", () => {
    const layout = cardTextLayout({ text: LONG, ...CARD_SIZE });
    expect(layout.clamped).toBe(false);
    expect(layout.lines.join(" ")).toBe(LONG);
    expect(layout.height).toBeGreaterThan(CARD_SIZE.h);
    expect(layout.height).toBe(Math.ceil(CARD_TEXT.chrome + layout.lines.length * CARD_TEXT.line));
  });

  it("stops growing at the line limit and ends the last line in an ellipsis", () => {
    const text = "Kystnær havbruksnæring med lokale ringvirkninger ".repeat(12);
    const layout = cardTextLayout({ text, ...CARD_SIZE });
    expect(layout.clamped).toBe(true);
    expect(layout.lines).toHaveLength(CARD_TEXT.maxLines);
    expect(layout.lines.at(-1)?.endsWith("…")).toBe(true);
    expect(layout.height).toBe(Math.ceil(CARD_TEXT.chrome + CARD_TEXT.maxLines * CARD_TEXT.line));
  });

  it("treats the user's height as the least: a taller card shows more lines and keeps its height", () => {
    const text = "ord ".repeat(400);
    const tall = cardTextLayout({ text, w: 200, h: 600 });
    expect(tall.height).toBe(600);
    expect(tall.lines.length).toBeGreaterThan(CARD_TEXT.maxLines);
    expect(tall.clamped).toBe(true);
  });

  it("gives the rectangle a card covers, with its grown height", () => {
    expect(cardRect({ x: 10, y: 20, text: LONG, ...CARD_SIZE })).toEqual({
      x: 10,
      y: 20,
      w: 200,
      h: cardHeight({ text: LONG, ...CARD_SIZE }),
    });
  });

  it("keeps every wrapped line within the width, the ellipsis line included", () => {
    const lines = wrapLines("ordene ".repeat(100), 100, 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
  });

  it("reckons wide letters wider than narrow ones, and breaks a word longer than a line", () => {
    expect(textWidth("WWWW")).toBeGreaterThan(2 * textWidth("iiii"));
    expect(textWidth("ä")).toBe(textWidth("a"));
    const lines = wrapLines("W".repeat(60), 176);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.join("")).toBe("W".repeat(60));
  });
});
