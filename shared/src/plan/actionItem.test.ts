import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { applyTextDiff } from "../board/textDiff";
import { actionText, addActionItem, priorityFromVotes, provenanceFrom, readActionItems } from "./actionItem";

describe("action items", () => {
  it("grow from a link with provenance: both cards, their actor groups and their votes", () => {
    const doc = new Y.Doc();
    const crab = addCard(doc, { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" }, { id: "a", group: "industry" });
    const asia = addCard(
      doc,
      { kind: "opportunity", x: 0, y: 0, text: "Sporbar sjømat i Asia" },
      { id: "b", group: "research" },
    );
    const link = addLink(doc, crab, asia, { id: "c", group: "public" }, "fra hav til bord") as string;
    const provenance = provenanceFrom(boardFromDoc(doc), [link], new Map([[link, 6]]));
    expect(provenance).toEqual({
      cardIds: [crab, asia],
      linkIds: [link],
      actorGroups: ["industry", "public", "research"],
      votes: 6,
    });
    const id = addActionItem(doc, { title: "Levende krabbe fra hav til bord", provenance });
    const [item] = readActionItems(doc);
    expect(item).toMatchObject({
      id,
      title: "Levende krabbe fra hav til bord",
      priority: 2,
      status: "draft",
      matrix: null,
    });
  });

  it("merges two people typing into the same field", () => {
    const a = new Y.Doc();
    const id = addActionItem(a, { goal: "Økt eksport" });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextDiff(actionText(a, id, "goal") as Y.Text, "Økt eksport av sjømat");
    applyTextDiff(actionText(b, id, "goal") as Y.Text, "Mål: Økt eksport");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readActionItems(a)[0]?.goal).toBe("Mål: Økt eksport av sjømat");
    expect(readActionItems(b)[0]?.goal).toBe(readActionItems(a)[0]?.goal);
  });

  it("seeds priority from votes", () => {
    expect([0, 1, 3, 5, 8].map(priorityFromVotes)).toEqual([5, 4, 3, 2, 1]);
  });
});
