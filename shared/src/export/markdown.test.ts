import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink, addZone, boardMaps } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { addActionItem, readActionItems } from "../plan/actionItem";
import { escapeMarkdown } from "./escape";
import { reportToMarkdown } from "./markdown";
import { notesToBlocks, notesToMarkdown } from "./notes";
import { buildReport, type ReportInput } from "./report";

function notesDoc() {
  const doc = new Y.Doc();
  const notes = boardMaps(doc).notes;
  const heading = new Y.XmlElement("heading");
  heading.setAttribute("level", "1" as never);
  heading.insert(0, [new Y.XmlText("Oppsummering")]);
  const para = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  text.insert(0, "Viktig: ", { bold: {} });
  text.insert(8, "les strategien", { link: { href: "https://www.troms.no" } });
  text.insert(22, " og ", { link: null });
  text.insert(26, "ikke denne", { link: { href: "javascript:alert(1)" } });
  para.insert(0, [text]);
  const list = new Y.XmlElement("bulletList");
  const item = new Y.XmlElement("listItem");
  const itemPara = new Y.XmlElement("paragraph");
  itemPara.insert(0, [new Y.XmlText("Reiseliv i Kronoberg – småföretag")]);
  item.insert(0, [itemPara]);
  list.insert(0, [item]);
  notes.insert(0, [heading, para, list]);
  return doc;
}

describe("notesToMarkdown", () => {
  it("renders headings, marks, safe links and lists; drops unsafe hrefs", () => {
    const md = notesToMarkdown(boardMaps(notesDoc()).notes);
    expect(md).toContain("### Oppsummering");
    expect(md).toContain("**Viktig: **");
    expect(md).toContain("[les strategien](<https://www.troms.no>)");
    expect(md).not.toContain("javascript:");
    expect(md).toContain("ikke denne");
    expect(md).toContain("- Reiseliv i Kronoberg – småföretag");
  });
});

describe("escapeMarkdown", () => {
  it("neutralises links, images, html, headings and lists", () => {
    expect(escapeMarkdown("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))");
    expect(escapeMarkdown("<img src=x onerror=alert(1)>")).toBe("\\<img src=x onerror=alert(1)\\>");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("line one\nline two")).toBe("line one\\\n  line two");
  });
});

/** The Markdown export of a document, the way the server builds it. */
function markdownOf(
  doc: Y.Doc,
  ctx: { title: string; region: string | null; votes?: ReportInput["votes"]; actionItems?: ReportInput["actionItems"] },
): string {
  return reportToMarkdown(
    buildReport({
      workshop: { title: ctx.title, region: ctx.region, language: "nb" },
      board: boardFromDoc(doc),
      actionItems: ctx.actionItems ?? [],
      notes: notesToBlocks(boardMaps(doc).notes),
      votes: ctx.votes ?? [],
      participants: [],
      anonymous: false,
      exportedAt: new Date("2026-11-23T10:00:00Z"),
    }),
  );
}

describe("reportToMarkdown", () => {
  it("groups cards by kind, lists links with labels and ends with the notes", () => {
    const doc = notesDoc();
    const author = { id: "p", group: "research" as const };
    const s = addCard(doc, { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" }, author);
    const o = addCard(doc, { kind: "opportunity", x: 0, y: 0, text: "Sporbar sjømat i Asia" }, author);
    addCard(doc, { kind: "question", x: 0, y: 0, text: "Hvem <eier> dataene?" }, author);
    addLink(doc, s, o, author, "fra hav til bord");
    addZone(doc, { title: "Havet", x: 0, y: 0 });
    const md = markdownOf(doc, {
      title: "Verksted Troms",
      region: "Troms",
      votes: [
        {
          title: "Prioritering <1>",
          results: [
            { targetId: o, count: 3 },
            { targetId: s, count: 1 },
          ],
        },
      ],
    });
    expect(md).toMatch(/^# Verksted Troms\n/);
    expect(md).toContain("## Styrker (1)\n\n- Kongekrabbe — *FoU og utdanning*");
    expect(md).toContain("## Muligheter (1)");
    expect(md).toContain("## Spørsmål (1)\n\n- Hvem \\<eier\\> dataene?");
    expect(md).toContain("- **Kongekrabbe** ↔ **Sporbar sjømat i Asia**: fra hav til bord");
    expect(md).toContain("## Soner\n\n- Havet");
    expect(md.indexOf("## Notater")).toBeGreaterThan(md.indexOf("## Koblinger"));
    // Dated as a Norwegian plan writes it.
    expect(md).toContain("Eksportert: 23.11.2026");
    expect(md).toContain("## Stemmer\n\n### Prioritering \\<1\\>\n\n1. Sporbar sjømat i Asia — 3\n2. Kongekrabbe — 1");
  });
});

describe("reportToMarkdown with an action plan", () => {
  it("numbers focus areas and items and lists every filled field", () => {
    const doc = new Y.Doc();
    addActionItem(doc, { title: "Levende krabbe", focusArea: "Sjømat", goal: "Dobla eksporten", partners: "=Nofima" });
    addActionItem(doc, { title: "Sporbarhet", focusArea: "Sjømat" });
    addActionItem(doc, { title: "Uten område" });
    const md = markdownOf(doc, {
      title: "Plan",
      region: null,
      actionItems: readActionItems(doc),
    });
    expect(md).toContain("## Handlingsplan\n\n### 1. Sjømat\n\n#### a. Levende krabbe");
    expect(md).toContain("- **Mål for perioden:** Dobla eksporten");
    // A leading "=" could underline a heading in Markdown, so it is escaped.
    expect(md).toContain("- **Samarbeidspartnere:** \\=Nofima");
    expect(md).toContain("#### b. Sporbarhet");
    expect(md).toContain("### 2. Annet\n\n#### a. Uten område");
  });
});
