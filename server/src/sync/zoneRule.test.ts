import { addCard, addZone, cardText, deleteCards, updateCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { forgedUpdate } from "../../test/helpers/clients";
import { writesOutsideZone } from "./zoneRule";

const KARI = { id: "kari1", group: "industry" as const };

/** Two zones side by side, a card in each. */
function board() {
  const doc = new Y.Doc();
  const mine = addZone(doc, { title: "Bioøkonomi", x: 0, y: 0, w: 600, h: 400 });
  addZone(doc, { title: "Havnæring", x: 800, y: 0, w: 600, h: 400 });
  const inside = addCard(doc, { kind: "strength", x: 100, y: 100, text: "Tang og tare" }, KARI);
  const outside = addCard(doc, { kind: "opportunity", x: 900, y: 100, text: "Havvind" }, KARI);
  return { doc, mine, inside, outside };
}

describe("writesOutsideZone", () => {
  it("lets a person create, move, write in and delete cards inside their zone", () => {
    const { doc, mine, inside } = board();
    const allowed: Array<(d: Y.Doc) => void> = [
      (d) => addCard(d, { kind: "idea", x: 200, y: 200 }, KARI),
      (d) => updateCard(d, inside, { x: 300, y: 150 }),
      (d) => cardText(d, inside)?.insert(0, "Blå "),
      (d) => cardText(d, inside)?.delete(0, 4),
      (d) => deleteCards(d, [inside]),
    ];
    for (const change of allowed) expect(writesOutsideZone(doc, forgedUpdate(doc, change), mine)).toBe(false);
  });

  it("refuses a card outside the zone changed, emptied or deleted, and one moved or created out of it", () => {
    const { doc, mine, inside, outside } = board();
    const refused: Array<(d: Y.Doc) => void> = [
      (d) => addCard(d, { kind: "idea", x: 1000, y: 200 }, KARI),
      (d) => updateCard(d, inside, { x: 1000 }),
      (d) => updateCard(d, outside, { x: 950 }),
      (d) => cardText(d, outside)?.delete(0, 3),
      (d) => deleteCards(d, [outside]),
    ];
    for (const change of refused) expect(writesOutsideZone(doc, forgedUpdate(doc, change), mine)).toBe(true);
  });
});
