import type { BoardCard, BoardModel } from "@oppdag/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { nb } from "../i18n/nb";
import { projectEdges, projectNodes } from "./boardProjection";
import { boardDescriber, flowAriaLabels } from "./describeBoard";

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: en }, nb: { translation: nb } },
  lng: "en",
  interpolation: { escapeValue: false },
});
const inEnglish = boardDescriber(i18n.getFixedT("en"));
const inNorwegian = boardDescriber(i18n.getFixedT("nb"));

const card = (id: string, over: Partial<BoardCard> = {}): BoardCard => ({
  id,
  kind: "strength",
  text: "Kongekrabbe",
  x: 0,
  y: 0,
  w: 200,
  h: 120,
  color: "yellow",
  authorId: "p1",
  authorGroup: "industry",
  createdAt: 0,
  ...over,
});
const vote = { roundId: "r1", mine: 0, canAdd: false, open: false, count: 3 };

describe("boardDescriber", () => {
  it("names a card by its kind, text, actor group and votes, in the UI language", () => {
    expect(inEnglish.card(card("c1"), null)).toBe("Strength: Kongekrabbe (Industry)");
    expect(inEnglish.card(card("c1"), vote)).toBe("Strength: Kongekrabbe (Industry). 3 votes");
    expect(inNorwegian.card(card("c1", { text: "" }), null)).toBe("Styrke: tomt (Næringsliv)");
    expect(inEnglish.card(card("c1"), { ...vote, count: null, open: true, mine: 1 })).toMatch(/you gave it 1 vote$/);
  });

  it("names a link by its cards' texts, never by their ids", () => {
    const from = card("k3x9a1b2c3d4");
    const to = card("q8w7e6r5t4y3", { kind: "opportunity", text: "Sporbar sjømat" });
    expect(inEnglish.link(from, to, "", null)).toBe("Link from “Kongekrabbe” to “Sporbar sjømat”");
    expect(inNorwegian.link(from, to, "levende krabbe", null)).toBe(
      "Kobling fra «Kongekrabbe» til «Sporbar sjømat»: levende krabbe",
    );
  });

  it("translates React Flow's controls", () => {
    const labels = flowAriaLabels(i18n.getFixedT("nb"));
    expect(labels["controls.zoomIn.ariaLabel"]).toBe("Zoom inn");
    expect(labels["node.a11yDescription.ariaLiveMessage"]?.({ direction: "left", x: 10, y: 20 })).toBe(
      "Flyttet til venstre. Ny plassering: x 10, y 20.",
    );
  });
});

describe("the projection with names", () => {
  const model: BoardModel = {
    cards: [card("a"), card("b", { text: "Sporbar sjømat" })],
    links: [{ id: "l1", source: "a", target: "b", label: "", authorId: "p1", authorGroup: "industry" }],
    zones: [],
  };
  const view = {
    model,
    selected: new Set<string>(),
    votes: new Map(),
    marks: new Map(),
    drafts: [],
    draftMoves: {},
    spotlight: null,
    canEdit: true,
    measured: new Map(),
  };

  it("names every node and link, and names them anew in another language", () => {
    const english = projectNodes({ ...view, describe: inEnglish });
    expect(english.map((n) => n.ariaLabel)).toEqual([
      "Strength: Kongekrabbe (Industry)",
      "Strength: Sporbar sjømat (Industry)",
    ]);
    expect(english[0]?.domAttributes).toEqual({ "aria-roledescription": "card" });
    const again = projectNodes({ ...view, describe: inEnglish }, new Map(english.map((n) => [n.id, n])));
    expect(again[0]).toBe(english[0]);
    const norwegian = projectNodes({ ...view, describe: inNorwegian }, new Map(english.map((n) => [n.id, n])));
    expect(norwegian[0]?.ariaLabel).toBe("Styrke: Kongekrabbe (Næringsliv)");
  });

  it("names a link anew when one of its cards is rewritten", () => {
    const previous = new Map(projectEdges({ ...view, describe: inEnglish }).map((e) => [e.id, e]));
    const rewritten = { ...model, cards: [card("a", { text: "Snøkrabbe" }), model.cards[1] as BoardCard] };
    const [second] = projectEdges({ ...view, model: rewritten, describe: inEnglish }, previous);
    expect(second?.ariaLabel).toBe("Link from “Snøkrabbe” to “Sporbar sjømat”");
  });
});
