import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink, addZone, boardMaps, cardText, deleteCards, setLinkLabel, updateCard } from "./doc";
import { boardFromDoc } from "./model";

const author = { id: "p1", group: "industry" as const };

describe("board document", () => {
  it("adds, edits and reads cards with Nordic and Sámi letters intact", () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { kind: "strength", x: 10, y: 20, text: "Kongekrabbe i Øst-Finnmark – áčđŋšŧž" }, author);
    updateCard(doc, id, { x: 50, color: "orange" });
    const board = boardFromDoc(doc);
    expect(board.cards).toHaveLength(1);
    expect(board.cards[0]).toMatchObject({
      id,
      kind: "strength",
      text: "Kongekrabbe i Øst-Finnmark – áčđŋšŧž",
      x: 50,
      y: 20,
      color: "orange",
      authorGroup: "industry",
    });
    expect(cardText(doc, id)?.toString()).toContain("áčđŋšŧž");
  });

  it("refuses self-links and duplicate links in either direction", () => {
    const doc = new Y.Doc();
    const a = addCard(doc, { kind: "strength", x: 0, y: 0 }, author);
    const b = addCard(doc, { kind: "opportunity", x: 300, y: 0 }, author);
    expect(addLink(doc, a, a, author)).toBeNull();
    const link = addLink(doc, a, b, author, "levende krabbe til kunden");
    expect(link).not.toBeNull();
    expect(addLink(doc, b, a, author)).toBeNull();
    setLinkLabel(doc, link as string, "sporbarhet fra hav til bord");
    expect(boardFromDoc(doc).links[0]?.label).toBe("sporbarhet fra hav til bord");
  });

  it("deleting a card deletes its links in the same transaction", () => {
    const doc = new Y.Doc();
    const a = addCard(doc, { kind: "strength", x: 0, y: 0 }, author);
    const b = addCard(doc, { kind: "opportunity", x: 300, y: 0 }, author);
    addLink(doc, a, b, author);
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    deleteCards(doc, [a]);
    expect(transactions).toBe(1);
    expect(boardMaps(doc).links.size).toBe(0);
    expect(boardFromDoc(doc).cards.map((c) => c.id)).toEqual([b]);
  });

  it("reads hostile or partial entries without throwing", () => {
    const doc = new Y.Doc();
    const { cards, links } = boardMaps(doc);
    const bad = new Y.Map<unknown>();
    bad.set("kind", "<script>");
    bad.set("x", "NaN");
    cards.set("bad", bad);
    const dangling = new Y.Map<unknown>();
    dangling.set("source", "bad");
    dangling.set("target", "missing");
    links.set("l", dangling);
    addZone(doc, { title: "Havbruk", x: 0, y: 0 });
    const board = boardFromDoc(doc);
    expect(board.cards[0]).toMatchObject({ kind: "idea", x: 0, text: "" });
    expect(board.links).toHaveLength(0);
    expect(board.zones[0]?.title).toBe("Havbruk");
  });
});
