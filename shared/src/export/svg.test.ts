import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink, addZone } from "../board/doc";
import { boardFromDoc } from "../board/model";
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
