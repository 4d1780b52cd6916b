import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { applyTextDiff } from "../board/textDiff";
import {
  actionItemsMap,
  actionText,
  addActionItem,
  addMilestone,
  provenanceFrom,
  readActionItems,
  readPriority,
} from "./actionItem";

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
      // People set the priority: votes only suggest one (prioritySuggestion.ts).
      priority: null,
      goalType: null,
      status: "draft",
      communication: "",
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

  it("keeps milestones from two people at once, in date order, and drops malformed ones", () => {
    const a = new Y.Doc();
    const id = addActionItem(a, { title: "Krabbe" });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addMilestone(a, id, { date: "2027-09-15", text: "Første leveranser" });
    addMilestone(b, id, { date: "2027-03-01", text: "Pilot i gang" });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readActionItems(a)[0]?.milestones).toEqual([
      { date: "2027-03-01", text: "Pilot i gang" },
      { date: "2027-09-15", text: "Første leveranser" },
    ]);
    expect(readActionItems(b)[0]?.milestones).toEqual(readActionItems(a)[0]?.milestones);
    // A hostile writer's entries: a date that is no day, a text that is not text, too long a text.
    const list = actionItemsMap(a).get(id)?.get("milestones") as Y.Array<Y.Map<unknown>>;
    const entry = (date: unknown, text: unknown) => {
      const m = new Y.Map<unknown>();
      m.set("date", date);
      m.set("text", text);
      return m;
    };
    list.push([
      entry("2027-13-40", "x"),
      entry("<script>", "x"),
      entry("2028-01-01", 42),
      entry("2028-02-01", "y".repeat(400)),
    ]);
    const read = readActionItems(a)[0]?.milestones ?? [];
    expect(read.map((m) => m.date)).toEqual(["2027-03-01", "2027-09-15", "2028-01-01", "2028-02-01"]);
    expect(read[2]?.text).toBe("");
    expect(read[3]?.text).toHaveLength(300);
  });

  it("reads the plans' priority words, and the 1–5 of items made before them", () => {
    expect(["high", "medium", "low"].map(readPriority)).toEqual(["high", "medium", "low"]);
    expect([1, 2, 3, 4, 5].map(readPriority)).toEqual(["high", "high", "medium", "low", "low"]);
    expect([null, undefined, "urgent", Number.NaN, {}].map(readPriority)).toEqual([null, null, null, null, null]);
  });

  it("reads what an untrusted writer put in status, goal type and a missing field as a safe default", () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: "Krabbe" });
    const m = actionItemsMap(doc).get(id);
    m?.set("status", "adopted");
    m?.set("goalType", "<script>");
    m?.delete("communication");
    expect(readActionItems(doc)[0]).toMatchObject({ status: "draft", goalType: null, communication: "" });
    m?.set("status", "forDecision");
    m?.set("goalType", "process");
    expect(readActionItems(doc)[0]).toMatchObject({ status: "forDecision", goalType: "process" });
  });
});
