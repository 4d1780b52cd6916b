import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addActionItem, readActionItems } from "../plan/actionItem";
import { actionItemsToCsv, neutralizeFormula, UTF8_BOM } from "./csv";
import { EXPORT_LABELS } from "./labels";
import { actionPlanClipboard } from "./table";

const HOSTILE = [
  '=HYPERLINK("http://evil.example","klikk")',
  "+47 123 45 678",
  "-1+1",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  'komma, semikolon; og «sitat» med "hermetegn"',
  "linje én\nlinje to\r\nlinje tre",
  "Sámi: áčđŋšŧž – Svenska: åäö – Norsk: æøå",
];

describe("actionItemsToCsv", () => {
  it("survives hostile cells: an independent parser reads back every value, formulas neutralised", () => {
    const doc = new Y.Doc();
    for (const text of HOSTILE) addActionItem(doc, { title: text, goal: text, partners: text });
    const csv = actionItemsToCsv(readActionItems(doc), EXPORT_LABELS.nb);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 3)).toEqual(["Nr.", "Tiltak", "Innsatsområde"]);
    expect(rows).toHaveLength(HOSTILE.length);
    rows.forEach((row, i) => {
      const expected = neutralizeFormula(HOSTILE[i] as string);
      expect(row[1]).toBe(expected);
      expect(row[3]).toBe(expected);
      // Nothing a spreadsheet would execute: no cell starts with a formula trigger.
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
    expect(rows[8]?.[1]).toContain("áčđŋšŧž");
  });

  it("neutralises exactly the formula triggers", () => {
    expect(["=1", "+1", "-1", "@a", "\tx", "\rx", "1", "a=b", " =1"].map(neutralizeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      "1",
      "a=b",
      " =1",
    ]);
  });
});

describe("actionPlanClipboard", () => {
  it("gives a real HTML table and tab-separated text with the same rows, escaped", () => {
    const doc = new Y.Doc();
    addActionItem(doc, { title: "<b>Levende</b> krabbe", focusArea: "Sjømat", partners: "Nofima\tUiT" });
    addActionItem(doc, { title: "Sporbarhet", focusArea: "Sjømat", goal: "linje én\nlinje to" });
    const { html, text } = actionPlanClipboard(readActionItems(doc), EXPORT_LABELS.nb);
    expect(html).toMatch(/^<table[^>]*><thead><tr><th[^>]*>Nr\.<\/th>/);
    expect(html).toContain("&#60;b&#62;Levende&#60;/b&#62; krabbe");
    expect(html).toContain("linje én<br>linje to");
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]?.split("\t").slice(0, 3)).toEqual(["1a", "<b>Levende</b> krabbe", "Sjømat"]);
    expect(lines[1]?.split("\t")).toHaveLength(lines[0]?.split("\t").length ?? 0);
    expect(lines[2]?.split("\t")[0]).toBe("1b");
  });
});
