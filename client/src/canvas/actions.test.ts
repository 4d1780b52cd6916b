import {
  asUndoStep,
  type BoardRights,
  boardFromDoc,
  boardRights,
  DocKeys,
  type DraftCard,
  addCard as docAddCard,
} from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { BoardClipboard } from "../stores/uiStore";
import { addCards, boardActions, type CardDestination } from "./actions";
import { draftIdOf } from "./boardProjection";

const author = { id: "p1", group: "industry" as const };

function setup(rights: BoardRights) {
  const doc = new Y.Doc();
  const undo = new Y.UndoManager([doc.getMap(DocKeys.cards), doc.getMap(DocKeys.links)], { captureTimeout: 10_000 });
  const sent: DraftCard[] = [];
  const to = (): CardDestination => ({
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
    expect(havvind).toMatchObject({ kind: "strength", x: 32, y: 32 });
    expect(eksport).toMatchObject({ kind: "opportunity", x: 432, y: 32 });
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
    const drafts = sent.map(({ kind, text, x, y }) => ({ kind, text, x, y }));
    expect(drafts.sort((a, b) => a.x - b.x)).toEqual([
      { kind: "strength", text: "Havvind", x: 32, y: 32 },
      { kind: "opportunity", text: "Eksport", x: 432, y: 32 },
    ]);
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
      });
      expect(boardFromDoc(doc).cards).toEqual([]);
      expect(sent).toEqual([]);
    }
  });
});
