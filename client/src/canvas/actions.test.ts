import {
  addZone,
  asUndoStep,
  type BoardModel,
  type BoardRights,
  boardFromDoc,
  boardRights,
  cardRect,
  DocKeys,
  type DraftCard,
  addCard as docAddCard,
  type Rect,
  rectInside,
  rectsOverlap,
} from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { BoardClipboard } from "../stores/uiStore";
import { addCards, boardActions, type CardDestination } from "./actions";
import { draftIdOf } from "./boardProjection";

const author = { id: "p1", group: "industry" as const };

/** How many pairs of cards on the board overlap, with their grown heights. */
function overlapCount(model: BoardModel): number {
  const rects = model.cards.map(cardRect);
  let n = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (rectsOverlap(rects[i] as Rect, rects[j] as Rect)) n++;
  }
  return n;
}

function setup(rights: BoardRights, within?: Rect) {
  const doc = new Y.Doc();
  const undo = new Y.UndoManager([doc.getMap(DocKeys.cards), doc.getMap(DocKeys.links), doc.getMap(DocKeys.zones)], {
    captureTimeout: 10_000,
  });
  const sent: DraftCard[] = [];
  const to = (): CardDestination => ({
    within,
    rights,
    doc,
    model: boardFromDoc(doc),
    author,
    drafts: sent,
    step: asUndoStep(undo),
    sendDraft: (draft) => sent.push(draft),
  });
  return { doc, undo, sent, to };
}

const clipOf = (doc: Y.Doc): BoardClipboard => {
  const model = boardFromDoc(doc);
  return boardActions.copy(model, new Set(model.cards.map((c) => c.id))) as BoardClipboard;
};

/** Two cards and a clipboard holding both with a link between them. */
function twoCopied(doc: Y.Doc): BoardClipboard {
  const a = docAddCard(doc, { kind: "strength", x: 0, y: 0, text: "Havvind" }, author);
  const b = docAddCard(doc, { kind: "opportunity", x: 400, y: 0, text: "Eksport" }, author);
  return { ...clipOf(doc), links: [{ source: a, target: b, label: "marked" }] };
}

describe("addCards", () => {
  const open = boardRights("participant", { locked: false, privateRound: false });
  const privateRound = boardRights("participant", { locked: false, privateRound: true });
  const locked = boardRights("participant", { locked: true, privateRound: false });

  it("puts a new card into the document as one undo step when cards are public", () => {
    const { doc, undo, sent, to } = setup(open);
    const added = addCards(to(), { type: "card", kind: "idea", near: { x: 0, y: 0 } });
    expect(added.where).toBe("public");
    expect(boardFromDoc(doc).cards.map((c) => c.id)).toEqual(added.nodeIds);
    expect(sent).toEqual([]);
    undo.undo();
    expect(boardFromDoc(doc).cards).toEqual([]);
  });

  it("makes a participant's new card a draft in a private round, and writes nothing to the document", () => {
    const { doc, sent, to } = setup(privateRound);
    const added = addCards(to(), { type: "card", kind: "question", near: { x: 100, y: 100 } });
    expect(added.where).toBe("private");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: "question", text: "" });
    expect(sent[0]?.id).toMatch(/^[a-z0-9]{8,40}$/);
    expect(added.nodeIds.map(draftIdOf)).toEqual([sent[0]?.id]);
    expect(boardFromDoc(doc).cards).toEqual([]);
  });

  it("places a second draft beside the first, not on top of it", () => {
    const { sent, to } = setup(privateRound);
    addCards(to(), { type: "card", kind: "idea", near: { x: 0, y: 0 } });
    addCards(to(), { type: "card", kind: "idea", near: { x: 0, y: 0 } });
    expect(sent[0]?.x === sent[1]?.x && sent[0]?.y === sent[1]?.y).toBe(false);
  });

  it("pastes copies with their links into the document as one undo step", () => {
    const { doc, undo, to } = setup(open);
    const clip = twoCopied(doc);
    undo.stopCapturing();
    const added = addCards(to(), { type: "copies", clip });
    expect(added.nodeIds).toHaveLength(2);
    const after = boardFromDoc(doc);
    expect(after.cards).toHaveLength(4);
    const copies = after.cards.filter((c) => added.nodeIds.includes(c.id));
    const havvind = copies.find((c) => c.text === "Havvind");
    const eksport = copies.find((c) => c.text === "Eksport");
    // The copies keep their layout, and land clear of the originals instead of over them.
    expect(havvind).toMatchObject({ kind: "strength" });
    expect(eksport).toMatchObject({ kind: "opportunity", x: (havvind?.x ?? 0) + 400, y: havvind?.y });
    expect(overlapCount(after)).toBe(0);
    expect(after.links).toMatchObject([{ source: havvind?.id, target: eksport?.id, label: "marked" }]);
    undo.undo();
    expect(boardFromDoc(doc).cards).toHaveLength(2);
    expect(boardFromDoc(doc).links).toHaveLength(0);
  });

  it("pastes copies as drafts with their text and kind in a private round, without links", () => {
    const { doc, sent, to } = setup(privateRound);
    const clip = twoCopied(doc);
    const added = addCards(to(), { type: "copies", clip });
    expect(added.where).toBe("private");
    const drafts = sent.map(({ kind, text, x, y }) => ({ kind, text, x, y })).sort((a, b) => a.x - b.x);
    expect(drafts).toMatchObject([
      { kind: "strength", text: "Havvind" },
      { kind: "opportunity", text: "Eksport", x: (drafts[0]?.x ?? 0) + 400, y: drafts[0]?.y },
    ]);
    const originals = boardFromDoc(doc).cards.map(cardRect);
    for (const d of sent) expect(originals.some((o) => rectsOverlap(o, { ...d, w: 200, h: 120 }))).toBe(false);
    const after = boardFromDoc(doc);
    expect(after.cards).toHaveLength(2);
    expect(after.links).toHaveLength(0);
  });

  it("adds nothing for someone who may not add cards", () => {
    for (const rights of [locked, boardRights("observer", { locked: false, privateRound: false })]) {
      const { doc, sent, to } = setup(rights);
      expect(addCards(to(), { type: "card", kind: "idea", near: { x: 0, y: 0 } })).toEqual({
        where: "none",
        nodeIds: [],
        rects: [],
      });
      expect(boardFromDoc(doc).cards).toEqual([]);
      expect(sent).toEqual([]);
    }
  });

  it("puts new cards inside the visible area, on a phone-narrow view too", () => {
    const within = { x: -100, y: -300, w: 340, h: 600 };
    const { doc, to } = setup(open, within);
    for (let i = 0; i < 3; i++) addCards(to(), { type: "card", kind: "idea", near: { x: 70, y: 0 } });
    const model = boardFromDoc(doc);
    expect(model.cards).toHaveLength(3);
    for (const c of model.cards) expect(rectInside(cardRect(c), within)).toBe(true);
    expect(overlapCount(model)).toBe(0);
  });

  it("pastes copies of cards from out of sight into the visible area, over nothing", () => {
    const { doc, to } = setup(open, { x: 2000, y: 2000, w: 1000, h: 700 });
    const clip = twoCopied(doc);
    const added = addCards(to(), { type: "copies", clip });
    for (const r of added.rects) expect(rectInside(r, { x: 2000, y: 2000, w: 1000, h: 700 })).toBe(true);
  });

  it("puts a copy right beside its original, where the offset would cover it", () => {
    const { doc, to } = setup(open, { x: -100, y: -100, w: 800, h: 600 });
    docAddCard(doc, { kind: "idea", x: 0, y: 0, text: "Havvind" }, author);
    const added = addCards(to(), { type: "copies", clip: clipOf(doc) });
    expect(added.rects[0]).toMatchObject({ x: 232, y: 0 });
    expect(added.originals).toMatchObject({ x: 0, y: 0, w: 200, h: 120 });
  });

  it("keeps a paste clear of a card that stands where the copies would go", () => {
    const { doc, to } = setup(open);
    const clip = twoCopied(doc);
    // Copies 300 px along would land on this card.
    docAddCard(doc, { kind: "idea", x: 320, y: 320, text: "I veien" }, author);
    expect(overlapCount(boardFromDoc(doc))).toBe(0);
    addCards(to(), { type: "copies", clip, offset: 300 });
    expect(overlapCount(boardFromDoc(doc))).toBe(0);
  });
});

describe("boardActions.tidy", () => {
  it("lays a zone's piled-up cards in rows inside it, as one undo step", () => {
    const doc = new Y.Doc();
    const undo = new Y.UndoManager([doc.getMap(DocKeys.cards), doc.getMap(DocKeys.zones)], { captureTimeout: 10_000 });
    const zone = addZone(doc, { title: "Skog", x: 0, y: 0 });
    for (let i = 0; i < 6; i++)
      docAddCard(doc, { kind: "idea", x: 100 + i * 4, y: 100 + i * 4, text: `Idé ${i}` }, author);
    const before = boardFromDoc(doc);
    undo.stopCapturing();
    const moved = asUndoStep(undo)(() => boardActions.tidy(doc, before, new Set([zone])));
    expect(moved).toBe(6);
    const after = boardFromDoc(doc);
    expect(overlapCount(after)).toBe(0);
    const z = after.zones[0] as Rect;
    for (const c of after.cards) expect(rectInside(cardRect(c), z)).toBe(true);
    undo.undo();
    expect(boardFromDoc(doc)).toEqual(before);
  });
});
