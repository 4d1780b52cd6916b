import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actionItemsMap, addActionItem, readActionItems } from "./actionItem";
import { numberPlan, orderAfterMove } from "./numbering";

describe("numberPlan", () => {
  it("numbers areas by first appearance, items by letter, and puts items without an area last", () => {
    const doc = new Y.Doc();
    addActionItem(doc, { title: "Uten", focusArea: "" });
    addActionItem(doc, { title: "Krabbe", focusArea: "Sjømat" });
    addActionItem(doc, { title: "Reise", focusArea: "Reiseliv" });
    addActionItem(doc, { title: "Sporing", focusArea: " Sjømat " });
    const plan = numberPlan(readActionItems(doc));
    expect(plan.map((a) => [a.number, a.area, a.items.map((i) => `${i.number} ${i.item.title}`)])).toEqual([
      [1, "Sjømat", ["1a Krabbe", "1b Sporing"]],
      [2, "Reiseliv", ["2a Reise"]],
      [3, "", ["3a Uten"]],
    ]);
  });
});

describe("orderAfterMove", () => {
  it("puts a moved item between its new neighbours, at either end too", () => {
    const doc = new Y.Doc();
    const ids = ["a", "b", "c", "d"].map((title) => addActionItem(doc, { title }));
    const move = (id: string, to: number) => {
      actionItemsMap(doc)
        .get(id)
        ?.set("order", orderAfterMove(readActionItems(doc), id, to));
      return readActionItems(doc)
        .map((i) => i.title)
        .join("");
    };
    expect(move(ids[3] as string, 0)).toBe("dabc");
    expect(move(ids[3] as string, 3)).toBe("abcd");
    expect(move(ids[0] as string, 2)).toBe("bcad");
    expect(move(ids[1] as string, 1)).toBe("cbad");
  });
});
