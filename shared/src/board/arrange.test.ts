import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type Arrangement, readingOrder, revealArrangement, tidyArrangement, zoneOf } from "./arrange";
import { cardRect } from "./cardText";
import { addCard, addZone } from "./doc";
import { type BoardModel, boardFromDoc } from "./model";
import { type Rect, rectInside, rectsOverlap } from "./placement";

const author = { id: "p1", group: "industry" as const };
const LONG = "Skogsbaserad bioekonomi – skog, sågverk och träförädling";

/** The board after an arrangement: cards moved, zones grown. */
function apply(model: BoardModel, a: Arrangement): BoardModel {
  return {
    ...model,
    cards: model.cards.map((c) => ({ ...c, ...(a.cards.get(c.id) ?? {}) })),
    zones: model.zones.map((z) => ({ ...z, ...(a.zones.get(z.id) ?? {}) })),
  };
}

function overlaps(rects: readonly Rect[]): number {
  let n = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (rectsOverlap(rects[i] as Rect, rects[j] as Rect)) n++;
  }
  return n;
}

describe("zoneOf and readingOrder", () => {
  it("finds the smallest zone holding a card's middle", () => {
    const zones = [
      { id: "big", title: "", x: 0, y: 0, w: 1000, h: 1000, color: "grey" as const },
      { id: "small", title: "", x: 100, y: 100, w: 400, h: 300, color: "grey" as const },
    ];
    expect(zoneOf({ x: 150, y: 150, w: 200, h: 120 }, zones)?.id).toBe("small");
    expect(zoneOf({ x: 700, y: 700, w: 200, h: 120 }, zones)?.id).toBe("big");
    expect(zoneOf({ x: 2000, y: 0, w: 200, h: 120 }, zones)).toBeNull();
  });

  it("reads rows from the top, each from the left", () => {
    const r = (id: string, x: number, y: number) => ({ id, x, y, w: 200, h: 120 });
    const order = readingOrder([r("c", 0, 200), r("b", 400, 10), r("a", 0, 0), r("d", 300, 230)]);
    expect(order.map((o) => o.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("tidyArrangement", () => {
  it("lays a zone's cards in rows inside it, none over another, and grows the zone when needed", () => {
    const doc = new Y.Doc();
    const zone = addZone(doc, { title: "Skog", x: 0, y: 0 });
    // Eight cards dropped in a pile in the middle of the zone, one with a long text.
    for (let i = 0; i < 8; i++)
      addCard(doc, { kind: "idea", x: 140 + i * 5, y: 120 + i * 3, text: i ? `Kort ${i}` : LONG }, author);
    const outside = addCard(doc, { kind: "strength", x: 1200, y: 0, text: "Utenfor" }, author);
    const model = boardFromDoc(doc);
    const after = apply(model, tidyArrangement(model, new Set([zone])));
    const z = after.zones[0] as Rect;
    const inZone = after.cards.filter((c) => c.id !== outside);
    expect(overlaps(after.cards.map(cardRect))).toBe(0);
    for (const c of inZone) expect(rectInside(cardRect(c), z)).toBe(true);
    expect(z.h).toBeGreaterThan(360);
    // The card outside the zone stays where it was.
    expect(after.cards.find((c) => c.id === outside)).toMatchObject({ x: 1200, y: 0 });
  });

  it("lays selected cards out as one block near where they were, clear of the others", () => {
    const doc = new Y.Doc();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(addCard(doc, { kind: "idea", x: i * 10, y: i * 10, text: `Idé ${i}` }, author));
    const other = addCard(doc, { kind: "question", x: 260, y: 0, text: "Står" }, author);
    const model = boardFromDoc(doc);
    const arrangement = tidyArrangement(model, ids);
    expect([...arrangement.cards.keys()].sort()).toEqual([...ids].sort());
    const after = apply(model, arrangement);
    expect(overlaps(after.cards.map(cardRect))).toBe(0);
    expect(after.cards.find((c) => c.id === other)).toMatchObject({ x: 260, y: 0 });
    // Five cards: rows of three.
    const ys = new Set(after.cards.filter((c) => ids.has(c.id)).map((c) => c.y));
    expect(ys.size).toBe(2);
  });

  it("leaves a single selected card alone", () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { kind: "idea", x: 0, y: 0 }, author);
    expect(tidyArrangement(boardFromDoc(doc), new Set([id])).cards.size).toBe(0);
  });
});

describe("revealArrangement", () => {
  const draft = (id: string, authorId: string, x: number, y: number, text = `Utkast ${id}`) => ({
    id,
    authorId,
    x,
    y,
    text,
  });

  it("never lays two drafts, or a draft and a card, over each other, though they were written on the same spot", () => {
    const doc = new Y.Doc();
    addCard(doc, { kind: "strength", x: 0, y: 0, text: "Finnes fra før" }, author);
    const model = boardFromDoc(doc);
    // Three people, three drafts each, all on the same spots (each saw only their own drafts).
    const drafts = ["kari", "lars", "åse"].flatMap((who) =>
      [0, 1, 2].map((i) => draft(`${who}draft${i}`, who, 360 * i, 0, i === 1 ? LONG : `Idé ${i} fra ${who}`)),
    );
    const arrangement = revealArrangement(model, drafts);
    expect(arrangement.cards.size).toBe(9);
    const rects = [
      ...model.cards.map(cardRect),
      ...drafts.map((d) => cardRect({ ...d, ...(arrangement.cards.get(d.id) ?? d), w: 200, h: 120 })),
    ];
    expect(overlaps(rects)).toBe(0);
    // Grouped by author: each person's drafts share a row.
    for (const who of ["kari", "lars", "åse"]) {
      const ys = new Set(drafts.filter((d) => d.authorId === who).map((d) => arrangement.cards.get(d.id)?.y));
      expect(ys.size).toBe(1);
    }
  });

  it("lays drafts written in a zone inside that zone, after the cards already there", () => {
    const doc = new Y.Doc();
    const zone = addZone(doc, { title: "Hav", x: 1000, y: 0 });
    addCard(doc, { kind: "idea", x: 1016, y: 56, text: "Allerede her" }, author);
    const model = boardFromDoc(doc);
    const drafts = [
      draft("aaaaaaaa1", "kari", 1100, 100),
      draft("aaaaaaaa2", "lars", 1100, 100),
      draft("aaaaaaaa3", "kari", 1105, 104),
    ];
    const arrangement = revealArrangement(model, drafts);
    const grown = { ...(model.zones[0] as Rect), ...(arrangement.zones.get(zone) ?? {}) };
    const rects = drafts.map((d) =>
      cardRect({ ...d, ...(arrangement.cards.get(d.id) as { x: number; y: number }), w: 200, h: 120 }),
    );
    for (const r of rects) expect(rectInside(r, grown)).toBe(true);
    expect(overlaps([...model.cards.map(cardRect), ...rects])).toBe(0);
  });

  it("does not count a card that already carries a draft's id (a repeated reveal) as in the way", () => {
    const doc = new Y.Doc();
    addCard(doc, { kind: "idea", x: 0, y: 0, text: "Utkast" }, author, "draftkari0001");
    const model = boardFromDoc(doc);
    const arrangement = revealArrangement(model, [draft("draftkari0001", "kari", 0, 0, "Utkast")]);
    expect(arrangement.cards.get("draftkari0001")).toEqual({ x: 0, y: 0 });
  });
});
