import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CARD_TEXT, cardHeight } from "../board/cardText";
import { addCard, addLink, addZone } from "../board/doc";
import { type BoardCard, boardFromDoc } from "../board/model";
import { stripXmlInvalid } from "./escape";
import { EXPORT_LABELS } from "./labels";
import { boardToSvg } from "./svg";

/** The first well-formedness error a strict XML parser finds, or null. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** Every character XML 1.0 forbids, plus a lone surrogate of each kind. */
const FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !"\t\n\r".includes(c)),
  "\uFFFE",
  "\uFFFF",
  // Low before high, so the two never pair up into one valid character.
  "\uDC00",
  "\uD800",
].join("");

describe("XML-based exports and hostile characters", () => {
  it("strips what XML forbids and keeps tabs, line breaks, Nordic letters and emoji", () => {
    expect(stripXmlInvalid(`a${FORBIDDEN}b\t\nåäø 🦀`)).toBe("ab\t\nåäø 🦀");
  });

  it("draws a well-formed SVG when cards, links and zones hold control characters", () => {
    const doc = new Y.Doc();
    const author = { id: "p1", group: "industry" as const };
    const a = addCard(doc, { kind: "strength", x: 0, y: 0, text: `Kongekrabbe${FORBIDDEN}<script>` }, author);
    const b = addCard(doc, { kind: "opportunity", x: 400, y: 0, text: `Export\u0001 "&'` }, author);
    addLink(doc, a, b, author, `fra hav${FORBIDDEN} til bord`);
    addZone(doc, { title: `Havet\u0008`, x: -40, y: -40 });
    const svg = boardToSvg(boardFromDoc(doc), EXPORT_LABELS.nb, `Verksted\u000B`);
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain("&#60;script");
    expect(svg).not.toContain("<script");
  });
});

describe("cards in the SVG export", () => {
  const author = { id: "p1", group: "research" as const };
  const rectOf = (svg: string, x: number) =>
    svg.match(new RegExp(`<g><rect x="${x}" y="0" width="200" height="(\\d+)"`))?.[1];

  it("draws a card with a long text taller, with every word, as the board does", () => {
    const doc = new Y.Doc();
    const text = "Skogsbaserad bioekonomi – skog, sågverk och träförädling";
    addCard(doc, { kind: "strength", x: 0, y: 0, text }, author);
    addCard(doc, { kind: "idea", x: 400, y: 0, text: "Kort" }, author);
    const board = boardFromDoc(doc);
    const svg = boardToSvg(board, EXPORT_LABELS.sv, "Kronoberg");
    const long = board.cards.find((c) => c.text === text);
    const short = board.cards.find((c) => c.text === "Kort");
    expect(Number(rectOf(svg, 0))).toBe(cardHeight(long as BoardCard));
    expect(Number(rectOf(svg, 0))).toBeGreaterThan(120);
    expect(rectOf(svg, 400)).toBe("120");
    expect(cardHeight(short as BoardCard)).toBe(120);
    for (const word of text.split(" ")) expect(svg).toContain(word);
    expect(svg).not.toContain("…");
  });

  it("ends a text past the line limit in an ellipsis, on a card no taller than the limit", () => {
    const doc = new Y.Doc();
    addCard(doc, { kind: "idea", x: 0, y: 0, text: "Lokal foredling av råvarer i regionen ".repeat(20) }, author);
    const svg = boardToSvg(boardFromDoc(doc), EXPORT_LABELS.nb, "Tromsø");
    const card = svg.split("<g>").find((g) => g.includes("IDÉ")) ?? "";
    const tspans = card.match(/<tspan[^>]*>([^<]*)<\/tspan>/g) ?? [];
    expect(tspans).toHaveLength(CARD_TEXT.maxLines);
    expect(tspans.at(-1)).toMatch(/…<\/tspan>$/);
    expect(Number(rectOf(svg, 0))).toBe(Math.ceil(CARD_TEXT.chrome + CARD_TEXT.maxLines * CARD_TEXT.line));
  });
});
