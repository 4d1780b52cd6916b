import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CARD_SIZE } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { PhasesPayload } from "../control";
import { LANGUAGES } from "../domain";
import { notesToBlocks } from "../export/notes";
import { localizeTemplate, TEMPLATE_IDS, TEMPLATES, templateBounds, templatePhases, writeTemplate } from ".";

const ALL = TEMPLATE_IDS.map((id) => [id, TEMPLATES[id]] as const);

/** Every string of a template in one language. */
function texts(id: (typeof TEMPLATE_IDS)[number], language: (typeof LANGUAGES)[number]): string[] {
  const t = localizeTemplate(id, language);
  return [
    t.name,
    t.summary,
    ...t.zones.flatMap((z) => [z.title, z.instructions]),
    ...t.phases.flatMap((p) => [p.name, p.instructions]),
  ];
}

describe("workshop templates", () => {
  it("are listed once each, under their own id", () => {
    expect(new Set(TEMPLATE_IDS).size).toBe(TEMPLATE_IDS.length);
    for (const [id, t] of ALL) expect(t.id).toBe(id);
  });

  it.each(ALL)("%s has every text in every language, none empty", (id) => {
    for (const language of LANGUAGES) {
      for (const text of texts(id, language)) expect(text.trim(), `${id} ${language}`).not.toBe("");
    }
  });

  it.each(ALL)("%s reads differently in each language (no language copied from another)", (id) => {
    const [en, nb, sv] = LANGUAGES.map((l) =>
      texts(id, l)
        .filter((s) => s !== "SWOT")
        .join("|"),
    );
    expect(nb).not.toBe(en);
    expect(sv).not.toBe(en);
    expect(sv).not.toBe(nb);
  });

  it.each(ALL)("%s has zones that do not overlap, each big enough for cards", (_id, t) => {
    for (const zone of t.zones) {
      expect(zone.w).toBeGreaterThanOrEqual(CARD_SIZE.w * 1.5);
      expect(zone.h).toBeGreaterThanOrEqual(CARD_SIZE.h * 2);
      expect(zone.kinds.length).toBeGreaterThan(0);
    }
    t.zones.forEach((a, i) => {
      for (const b of t.zones.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.text.en.title} / ${b.text.en.title}`).toBe(true);
      }
    });
  });

  it.each(ALL)("%s has an agenda of positive durations the session accepts", (id, t) => {
    for (const phase of t.phases) {
      expect(Number.isInteger(phase.minutes)).toBe(true);
      expect(phase.minutes).toBeGreaterThan(0);
    }
    for (const language of LANGUAGES) {
      const phases = templatePhases(id, language);
      expect(PhasesPayload.parse({ phases }).phases).toEqual(phases);
      expect(new Set(phases.map((p) => p.id)).size).toBe(phases.length);
      // The create form lists phases and zones by name.
      expect(new Set(phases.map((p) => p.name)).size, `${id} ${language}`).toBe(phases.length);
      const titles = localizeTemplate(id, language).zones.map((z) => z.title);
      expect(new Set(titles).size, `${id} ${language}`).toBe(titles.length);
    }
  });

  it("offers the five workshops the facilitators asked for", () => {
    expect(localizeTemplate("swot", "nb").zones.map((z) => z.title)).toEqual([
      "Styrker",
      "Svakheter",
      "Muligheter",
      "Trusler",
    ]);
    expect(
      localizeTemplate("challenges", "sv")
        .zones.map((z) => z.title)
        .slice(0, 5),
    ).toEqual([
      "Strukturomvandling",
      "Värna det befintliga",
      "Globalisering",
      "Urbanisering",
      "Företagens syn på det offentliga",
    ]);
    expect(
      localizeTemplate("actors", "en")
        .zones.map((z) => z.title)
        .slice(0, 4),
    ).toEqual(["Industry", "Academia", "Public sector", "Civil society"]);
    expect(TEMPLATES.discovery.zones.flatMap((z) => z.kinds)).toEqual(
      expect.arrayContaining(["strength", "opportunity", "idea"]),
    );
    expect(TEMPLATES.blank.zones).toEqual([]);
    expect(templateBounds(TEMPLATES.blank.zones)).toBeNull();
  });

  it("write their zones and a guide to them into the notes, in the chosen language", () => {
    const doc = new Y.Doc();
    writeTemplate(doc, "discovery", "sv");
    const board = boardFromDoc(doc);
    expect(board.zones.map((z) => z.title)).toEqual(TEMPLATES.discovery.zones.map((z) => z.text.sv.title));
    expect(board.zones[0]).toMatchObject({ x: 0, y: 0, w: 640, h: 720, color: "green" });
    expect(board.cards).toEqual([]);
    const blocks = notesToBlocks(doc.getXmlFragment("notes"));
    expect(blocks[0]).toMatchObject({ type: "heading", level: 2, runs: [{ text: "Smart specialisering" }] });
    expect(blocks[1]).toMatchObject({
      type: "listItem",
      runs: [{ text: "Styrkor: ", bold: true }, { text: expect.stringContaining("Resurser") }],
    });
    expect(blocks).toHaveLength(1 + TEMPLATES.discovery.zones.length);

    const empty = new Y.Doc();
    writeTemplate(empty, "blank", "nb");
    expect(Y.encodeStateAsUpdate(empty)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });
});

/** The phrasings messages.test.ts keeps out of the UI, kept out of template content too. */
const UNIDIOMATIC = {
  nb: [/idéer|idéene/i, /\bworkshop/i, /\bbrett(et)?\b/i, /\blive\b/i],
  sv: [/workshopp(?!ar)/i, /\blive\b/i],
} as const;

describe("template wording", () => {
  it.each(["nb", "sv"] as const)("%s avoids the phrasings a native writer would not use", (language) => {
    const found = TEMPLATE_IDS.flatMap((id) => texts(id, language)).filter((text) =>
      UNIDIOMATIC[language].some((pattern) => pattern.test(text)),
    );
    expect(found).toEqual([]);
  });
});
