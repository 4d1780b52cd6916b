import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, boardMaps, DocKeys, deleteCards, updateCard } from "./doc";
import { asUndoStep } from "./undo";

function setup() {
  const doc = new Y.Doc();
  const undo = new Y.UndoManager([doc.getMap(DocKeys.cards), doc.getMap(DocKeys.links)], { captureTimeout: 10_000 });
  return { doc, undo, step: asUndoStep(undo) };
}
const author = { id: "p", group: "industry" as const };

describe("asUndoStep", () => {
  it("undoing a quick delete brings the card back instead of undoing its creation too", () => {
    const { doc, undo, step } = setup();
    const id = step(() => addCard(doc, { kind: "idea", x: 0, y: 0, text: "Havvind" }, author));
    step(() => updateCard(doc, id, { color: "green" }));
    step(() => deleteCards(doc, [id]));
    undo.undo();
    expect(boardMaps(doc).cards.get(id)?.get("color")).toBe("green");
    undo.undo();
    expect(boardMaps(doc).cards.get(id)?.get("color")).toBe("yellow");
    undo.redo();
    undo.redo();
    expect(boardMaps(doc).cards.has(id)).toBe(false);
  });

  it("without steps, changes within the capture window merge (what drags rely on)", () => {
    const { doc, undo } = setup();
    const id = addCard(doc, { kind: "idea", x: 0, y: 0 }, author);
    for (let x = 1; x <= 10; x++) updateCard(doc, id, { x });
    expect(undo.undoStack.length).toBe(1);
  });

  it("does not undo other people's changes", () => {
    const { doc, undo, step } = setup();
    const id = step(() => addCard(doc, { kind: "idea", x: 0, y: 0 }, author));
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    updateCard(remote, id, { kind: "question" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), "remote");
    undo.undo();
    expect(boardMaps(doc).cards.has(id)).toBe(false);
    expect(undo.redoStack.length).toBe(1);
  });
});
