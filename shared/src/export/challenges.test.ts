import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openChallengeCounts, setChallengeAnswer } from "../board/challenges";
import { addCard, addLink } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { addActionItem, provenanceFrom, readActionItems } from "../plan/actionItem";
import { actionItemsToCsv, UTF8_BOM } from "./csv";
import { reportToHtml } from "./html";
import { importWorkshopDoc, parseWorkshopJson, workshopToJson } from "./json";
import { EXPORT_LABELS } from "./labels";
import { reportToMarkdown } from "./markdown";
import { buildReport } from "./report";
import { actionPlanClipboard } from "./table";

const HOSTILE = '=HYPERLINK("http://evil.example") [lenke](javascript:alert(1)) <img src=x onerror=alert(1)> # ikke';
const CRITIC = { id: "critic1", group: "external" as const };
const ROOM = { id: "kari", group: "industry" as const };

/** A board with an opportunity, a link, an action item made of the link, and challenges on each. */
function boardWithChallenges() {
  const doc = new Y.Doc();
  const s = addCard(doc, { kind: "strength", x: 0, y: 0, text: "IT-miljøet i Tromsø" }, ROOM);
  const o = addCard(doc, { kind: "opportunity", x: 300, y: 0, text: "Sporbar kongekrabbe" }, ROOM);
  const link = addLink(doc, s, o, ROOM, "Sensorer fra hav til bord") as string;
  const item = addActionItem(doc, {
    title: "Pilot: levende krabbe",
    provenance: provenanceFrom(boardFromDoc(doc), [link]),
  });
  const onOpportunity = addCard(
    doc,
    { kind: "challenge", x: 0, y: 300, text: `${HOSTILE} – Sámi: áčđŋšŧž`, attachedTo: o },
    CRITIC,
  );
  addCard(doc, { kind: "challenge", x: 0, y: 500, text: "Hvem eier dataene?", attachedTo: item }, CRITIC);
  const answered = addCard(
    doc,
    { kind: "challenge", x: 0, y: 700, text: "Tåler krabben flyturen?", attachedTo: link },
    CRITIC,
  );
  setChallengeAnswer(doc, answered, `Ja, forsøk i 2025 viste 98 % overlevelse. ${HOSTILE}`);
  addCard(doc, { kind: "challenge", x: 0, y: 900, text: "Er markedet stort nok?" }, CRITIC);
  return { doc, o, link, item, onOpportunity };
}

function report(doc: Y.Doc) {
  return buildReport({
    workshop: { title: "Troms", region: null, language: "nb" },
    board: boardFromDoc(doc),
    actionItems: readActionItems(doc),
    notes: [],
    votes: [],
    participants: [],
    anonymous: false,
    exportedAt: new Date("2026-11-23T10:00:00Z"),
  });
}

describe("challenges in the board model", () => {
  it("counts open challenges per target; an answer closes one", () => {
    const { doc, o, link, item } = boardWithChallenges();
    const counts = openChallengeCounts(boardFromDoc(doc));
    expect(counts.get(o)).toBe(1);
    expect(counts.get(item)).toBe(1);
    expect(counts.has(link)).toBe(false);
  });
});

describe("challenges in the exports", () => {
  it("lists open challenges with their target, and answered ones with the answer, in the report", () => {
    const { doc } = boardWithChallenges();
    const r = report(doc);
    // Cards made in the same millisecond are in id order: compare as sets.
    expect(r.challenges.open.map((c) => c.on).sort()).toEqual([
      "Pilot: levende krabbe",
      "Sporbar kongekrabbe",
      "Verkstedet som helhet",
    ]);
    expect(r.challenges.answered).toEqual([
      expect.objectContaining({ text: "Tåler krabben flyturen?", on: "IT-miljøet i Tromsø ↔ Sporbar kongekrabbe" }),
    ]);
    // The item made of the link answers for the challenges on it, on the link and on the link's cards.
    const item = r.plan[0]?.items[0];
    const external = EXPORT_LABELS.nb.groups.external;
    expect(item?.openChallenges.sort()).toEqual(
      [`${HOSTILE} – Sámi: áčđŋšŧž — ${external}`, `Hvem eier dataene? — ${external}`].sort(),
    );
  });

  it("escapes hostile challenge text in Markdown and the print page", () => {
    const { doc } = boardWithChallenges();
    const md = reportToMarkdown(report(doc));
    expect(md).toContain("## Åpne utfordringer (3)");
    expect(md).toContain("## Besvarte utfordringer (1)");
    expect(md).toContain("**Gjelder:** Sporbar kongekrabbe");
    expect(md).toContain("**Svar:** Ja, forsøk i 2025 viste 98 % overlevelse.");
    expect(md).toContain("\\[lenke\\](javascript:alert(1))");
    expect(md).not.toContain("[lenke](");
    expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).toContain("áčđŋšŧž");
    const html = reportToHtml(report(doc));
    expect(html).toContain("Åpne utfordringer (3)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&#60;img src=x onerror=alert(1)&#62;");
  });

  it("gives each action item its open challenges in the CSV, formulas neutralised", () => {
    const { doc } = boardWithChallenges();
    const csv = actionItemsToCsv(readActionItems(doc), EXPORT_LABELS.nb, boardFromDoc(doc));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, row] = parsed.data;
    expect(header?.at(-1)).toBe("Åpne utfordringer");
    const cell = row?.at(-1) ?? "";
    // Whichever challenge comes first (same millisecond: id order), no cell starts a formula.
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cell).toContain('=HYPERLINK("http://evil.example")');
    expect(cell).toContain("Hvem eier dataene? (");
    expect(cell).not.toContain("Tåler krabben");
  });

  it("gives Copy as table the same open-challenges column as the CSV", () => {
    const { doc } = boardWithChallenges();
    const items = readActionItems(doc);
    const { text, html } = actionPlanClipboard(items, EXPORT_LABELS.nb, boardFromDoc(doc));
    const [header, row] = text.split("\n").map((line) => line.split("\t"));
    const csvHeader = Papa.parse<string[]>(actionItemsToCsv(items, EXPORT_LABELS.nb, boardFromDoc(doc)).slice(1))
      .data[0];
    expect(header).toEqual(csvHeader);
    expect(header?.at(-1)).toBe("Åpne utfordringer");
    expect(row).toHaveLength(header?.length ?? 0);
    expect(row?.at(-1)).toContain("Hvem eier dataene? (");
    expect(html).toContain("Åpne utfordringer</th>");
    expect(html).not.toContain("<img src=x");
  });

  it("keeps targets and answers through a JSON export and import", () => {
    const { doc, o, onOpportunity } = boardWithChallenges();
    const json = parseWorkshopJson(
      JSON.parse(
        JSON.stringify(
          workshopToJson(doc, {
            workshop: { title: "Troms", region: null, language: "nb" },
            votes: [],
            participants: [],
            exportedAt: new Date(),
          }),
        ),
      ),
    );
    const copy = new Y.Doc();
    importWorkshopDoc(copy, json);
    const cards = boardFromDoc(copy).cards;
    expect(cards.find((c) => c.id === onOpportunity)?.attachedTo).toBe(o);
    expect(cards.find((c) => c.text === "Tåler krabben flyturen?")?.answer).toContain("98 % overlevelse");
    expect(report(copy).challenges).toEqual(report(doc).challenges);
  });
});
