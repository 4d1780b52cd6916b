import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { watchNewTextblocks } from "./textInNewBlocks";

const EDITOR = { editor: true };
const textblocks = new Set(["paragraph", "heading"]);

function editorDoc() {
  const doc = new Y.Doc();
  const notes = doc.getXmlFragment("notes");
  watchNewTextblocks(doc, notes, (name) => textblocks.has(name), EDITOR);
  return { doc, notes };
}

function paragraph(text?: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  if (text !== undefined) p.insert(0, [new Y.XmlText(text)]);
  return p;
}

describe("watchNewTextblocks", () => {
  it("gives a new empty paragraph from the editor one empty text node", () => {
    const { doc, notes } = editorDoc();
    doc.transact(() => notes.insert(0, [paragraph("Mötet hölls i Växjö."), paragraph()]), EDITOR);
    const [first, second] = notes.toArray() as Y.XmlElement[];
    expect(first?.length).toBe(1);
    expect(second?.toArray()).toHaveLength(1);
    expect(second?.get(0)).toBeInstanceOf(Y.XmlText);
    expect(second?.toString()).toBe("<paragraph></paragraph>");
  });

  it("reaches paragraphs nested in new list items, and leaves other block types alone", () => {
    const { doc, notes } = editorDoc();
    doc.transact(() => {
      const list = new Y.XmlElement("bulletList");
      const item = new Y.XmlElement("listItem");
      item.insert(0, [paragraph()]);
      list.insert(0, [item]);
      notes.insert(0, [list, new Y.XmlElement("horizontalRule")]);
    }, EDITOR);
    const list = notes.get(0) as Y.XmlElement;
    const item = list.get(0) as Y.XmlElement;
    expect((item.get(0) as Y.XmlElement).length).toBe(1);
    expect(item.length).toBe(1);
    expect((notes.get(1) as Y.XmlElement).length).toBe(0);
  });

  it("leaves remote paragraphs and other origins to their authors", () => {
    const { doc, notes } = editorDoc();
    doc.transact(() => notes.insert(0, [paragraph()]), "someone else");
    const remote = new Y.Doc();
    remote.getXmlFragment("notes").insert(0, [paragraph()]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(notes.toArray().map((p) => (p as Y.XmlElement).length)).toEqual([0, 0]);
  });

  it("lets two people who start typing in the same new paragraph keep their words together", () => {
    const a = editorDoc();
    a.doc.transact(() => a.notes.insert(0, [paragraph("Mötet hölls i Växjö."), paragraph()]), EDITOR);
    const b = editorDoc();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    // Both type into the (shared) text node of the new paragraph at once, letter by letter.
    const textOf = (notes: Y.XmlFragment) => (notes.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const alpha = "Alpha one two three";
    const bravo = "Bravo four five six";
    for (let i = 0; i < alpha.length; i++) {
      textOf(a.notes).insert(i, alpha[i] as string);
      textOf(b.notes).insert(i, bravo[i] as string);
    }
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    const merged = textOf(a.notes).toString();
    expect(textOf(b.notes).toString()).toBe(merged);
    expect([alpha + bravo, bravo + alpha]).toContain(merged);
  });
});
