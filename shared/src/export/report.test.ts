import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { boardMaps } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { HOSTILE_TEXT, seedFieldValues, seedWorkshop } from "../fixtures/seedWorkshop";
import { readActionItems } from "../plan/actionItem";
import { itemLetter } from "../plan/numbering";
import { reportToHtml } from "./html";
import { EXPORT_LABELS } from "./labels";
import { reportToMarkdown } from "./markdown";
import { notesToBlocks } from "./notes";
import { buildReport } from "./report";
import { boardToSvg, wrapText } from "./svg";

function fixtureReport(language: "nb" | "sv", anonymous = false) {
  const seed = seedWorkshop(language);
  return buildReport({
    workshop: seed.workshop,
    board: boardFromDoc(seed.doc),
    actionItems: readActionItems(seed.doc),
    notes: notesToBlocks(boardMaps(seed.doc).notes),
    votes: seed.votes,
    participants: seed.participants,
    anonymous,
    exportedAt: new Date("2026-11-23T12:00:00Z"),
  });
}

/** Text as a reader sees it: tags dropped, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("buildReport", () => {
  it("numbers focus areas and items, and puts placed items in their matrix quarter", () => {
    const report = fixtureReport("nb");
    expect(report.plan.map((a) => `${a.number}. ${a.title}`)).toEqual(["1. Sjømat og havbruk", "2. Reiseliv"]);
    expect(report.plan[0]?.items.map((i) => i.number)).toEqual(["1a", "1b"]);
    const quarter = (q: string) => report.matrix.quadrants.find((x) => x.quadrant === q)?.items.map((i) => i.number);
    expect(quarter("highHigh")).toEqual(["1a"]);
    expect(quarter("highLow")).toEqual(["1b"]);
    expect(report.matrix.unplaced.map((i) => i.number)).toEqual(["2a"]);
    expect(report.plan[0]?.items[0]?.basedOn).toEqual([
      "Kongekrabbe i Øst-Finnmark og Troms ↔ Levende sjømat med sporbarhet til Asia",
    ]);
    expect(report.participants.find((p) => p.group === "Offentlig sektor")?.names).toEqual(["Máret Gaup"]);
  });

  it("lists how many came from each group, not who, in an anonymous workshop", () => {
    const report = fixtureReport("nb", true);
    expect(report.participantCount).toBe(5);
    expect(report.participants.every((p) => p.names.length === 0)).toBe(true);
    expect(reportToHtml(report)).not.toContain("Máret Gaup");
  });

  it("lists the facilitator among the participants and observers apart, in every format", () => {
    const seed = seedWorkshop("sv");
    const report = buildReport({
      workshop: seed.workshop,
      board: boardFromDoc(seed.doc),
      actionItems: [],
      notes: [],
      votes: [],
      participants: [
        ...seed.participants,
        { name: "Anna Processledare", actorGroup: "facilitator", role: "facilitator" },
        { name: "Olle Observatör", actorGroup: "public", role: "observer" },
      ],
      anonymous: false,
      exportedAt: new Date("2026-11-23T12:00:00Z"),
    });
    expect(report.participantCount).toBe(seed.participants.length + 1);
    expect(report.participants.flatMap((p) => p.names)).toContain("Anna Processledare");
    expect(report.participants.flatMap((p) => p.names)).not.toContain("Olle Observatör");
    expect(report.observers).toEqual({ count: 1, names: ["Olle Observatör"] });
    expect(reportToMarkdown(report)).toContain("**Observatörer** (1): Olle Observatör");
    expect(visibleText(reportToHtml(report))).toContain("Observatörer (1): Olle Observatör");
  });

  it.each([
    ["nb", "Avstemning 2", "Stemmer"],
    ["sv", "Omröstning 2", "Röster"],
    ["en", "Vote 2", "Votes"],
  ] as const)("in %s, titles an unnamed round as one vote and counts votes as votes", (language, title, votes) => {
    const seed = seedWorkshop(language === "en" ? "nb" : language);
    const report = buildReport({
      workshop: { ...seed.workshop, language },
      board: boardFromDoc(seed.doc),
      actionItems: readActionItems(seed.doc),
      notes: [],
      votes: [...seed.votes, { title: "  ", results: [] }],
      participants: [],
      anonymous: false,
      exportedAt: new Date("2026-11-23T12:00:00Z"),
    });
    expect(report.votes.map((round) => round.title)).toEqual([seed.votes[0]?.title, title]);
    const md = reportToMarkdown(report);
    expect(md).toContain(`### ${title}\n`);
    expect(md).toContain(`## ${votes}\n`);
    // An item's votes are a number of votes, not of voting rounds.
    expect(md).toMatch(new RegExp(`\\*\\*${votes}:\\*\\* \\d+`));
  });

  it("letters items past z as aa, ab, …", () => {
    expect([0, 25, 26, 27, 51, 52].map(itemLetter)).toEqual(["a", "z", "aa", "ab", "az", "ba"]);
  });
});

describe.each(["nb", "sv"] as const)("exports of the %s seed workshop", (language) => {
  const report = fixtureReport(language);
  const l = EXPORT_LABELS[language];

  it("Markdown parses into the report's headings, and renders every field back to its text", () => {
    const md = reportToMarkdown(report);
    const headings = marked
      .lexer(md)
      .filter((t) => t.type === "heading")
      .map((t) => `${(t as { depth: number }).depth} ${(t as { text: string }).text}`);
    expect(headings).toContain(`2 ${l.actionPlan}`);
    expect(headings).toContain(`2 ${l.kindsPlural.strength} (${report.kinds[0]?.cards.length})`);
    expect(headings).toContain(`3 1. ${report.plan[0]?.title}`);
    expect(headings).toContain(`2 ${l.matrix}`);
    const html = marked.parse(md, { async: false });
    // Escaped text renders as text: nothing a participant typed becomes a tag.
    expect(html).not.toMatch(/<script|<img|javascript:/);
    const text = visibleText(html);
    for (const value of seedFieldValues(language)) expect(text).toContain(value);
  });

  it("the print page holds every field, escaped, with no script", () => {
    const html = reportToHtml(report);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<script|\son\w+=/i);
    const text = visibleText(html);
    for (const value of seedFieldValues(language)) expect(text).toContain(value);
    for (const q of report.matrix.quadrants) expect(text).toContain(q.label);
  });
});

describe("boardToSvg", () => {
  it("draws every card and link label, escaped, inside its view box", () => {
    const seed = seedWorkshop("nb");
    const board = boardFromDoc(seed.doc);
    board.cards.push({
      ...(board.cards[0] as (typeof board.cards)[0]),
      id: "evil",
      text: HOSTILE_TEXT,
      x: 2000,
      y: 900,
    });
    const svg = boardToSvg(board, EXPORT_LABELS.nb, seed.workshop.title);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&#60;script&#62;");
    expect(svg).toContain("sensorer og sporing");
    expect(svg).toContain("STYRKE");
    const [, , width] =
      svg
        .match(/viewBox="(-?\d+) (-?\d+) (\d+) (\d+)"/)
        ?.slice(1)
        .map(Number) ?? [];
    expect(width).toBeGreaterThan(2000);
  });

  it("wraps long words and caps the number of lines", () => {
    expect(wrapText("a".repeat(60), 100, 10)).toEqual(["a".repeat(18), "a".repeat(18), "a".repeat(18), "a".repeat(6)]);
    const lines = wrapText("ord ".repeat(200), 100, 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
  });
});
