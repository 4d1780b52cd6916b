import { addCard, addLink, addZone, cardText, deleteCards, updateCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { cardWrites } from "./cardWrites";

const kari = { id: "kari", group: "industry" } as const;

/** The server's copy and one client's copy, in sync; `edit` returns what the client sends. */
function pair() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const edit = (fn: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    fn(client);
    const update = Y.encodeStateAsUpdate(client, before);
    return { update, writes: cardWrites(server, update), apply: () => Y.applyUpdate(server, update) };
  };
  const settle = (u: Uint8Array) => Y.applyUpdate(server, u);
  return { server, client, edit, settle };
}

describe("cardWrites", () => {
  it("names a new card with the fields it is created with", () => {
    const { edit } = pair();
    let id = "";
    const { writes } = edit((d) => {
      id = addCard(d, { kind: "idea", x: 40, y: 60, text: "Krabbe" }, kari);
    });
    expect([...writes.keys()]).toEqual([id]);
    const write = writes.get(id);
    expect(write?.created).toBe(true);
    expect(write?.fields.get("kind")).toBe("idea");
    expect(write?.fields.get("x")).toBe(40);
    expect(write?.fields.get("y")).toBe(60);
  });

  it("names a card moved, retyped or typed into, as a change and not a creation", () => {
    const { edit } = pair();
    let id = "";
    edit((d) => {
      id = addCard(d, { kind: "idea", x: 0, y: 0 }, kari);
    }).apply();

    const moved = edit((d) => updateCard(d, id, { x: 500, y: 20, kind: "opportunity" }));
    expect(moved.writes.get(id)).toEqual({
      created: false,
      fields: new Map<string, unknown>([
        ["x", 500],
        ["y", 20],
        ["kind", "opportunity"],
      ]),
    });
    moved.apply();

    const typed = edit((d) => cardText(d, id)?.insert(0, "Sjømat"));
    expect(typed.writes.get(id)).toEqual({ created: false, fields: new Map() });
    typed.apply();
    // A second edit in the same text sits beside the first: found through its neighbour.
    const typedAgain = edit((d) => cardText(d, id)?.insert(6, " og IT"));
    expect([...typedAgain.writes.keys()]).toEqual([id]);
  });

  it("ignores links, zones and deletions, and tells two cards apart", () => {
    const { edit } = pair();
    let a = "";
    let b = "";
    edit((d) => {
      a = addCard(d, { kind: "strength", x: 0, y: 0 }, kari);
      b = addCard(d, { kind: "opportunity", x: 300, y: 0 }, kari);
    }).apply();
    for (const change of [
      (d: Y.Doc) => addLink(d, a, b, kari),
      (d: Y.Doc) => addZone(d, { title: "Havbruk", x: 0, y: 0 }),
    ]) {
      const other = edit(change);
      expect(other.writes.size).toBe(0);
      other.apply();
    }

    const both = edit((d) => {
      updateCard(d, a, { x: 10 });
      updateCard(d, b, { y: 99 });
    });
    expect(both.writes.get(a)?.fields.get("x")).toBe(10);
    expect(both.writes.get(b)?.fields.get("y")).toBe(99);
    both.apply();
    expect(edit((d) => deleteCards(d, [a])).writes.size).toBe(0);
  });
});
