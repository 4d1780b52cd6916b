import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addCard,
  addLink,
  addZone,
  boardMaps,
  cardText,
  deleteCards,
  deleteLinks,
  deleteZones,
  setLinkLabel,
  updateCard,
  updateZone,
} from "./doc";
import { boardFromDoc, rereadBoard, trackBoardChanges } from "./model";

const author = { id: "p1", group: "industry" as const };

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe("rereadBoard", () => {
  it("reads the same board as boardFromDoc through any mix of edits, here and from a peer", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = random(seed);
      const pick = <T>(items: T[]): T | undefined => items[Math.floor(rnd() * items.length)];
      const doc = new Y.Doc();
      const peer = new Y.Doc();
      const changes = trackBoardChanges(doc);
      let model = boardFromDoc(doc);
      for (let step = 0; step < 120; step++) {
        // Half the edits are made on the peer and arrive as one update, as over the wire.
        const target = rnd() < 0.5 ? doc : peer;
        Y.applyUpdate(target, Y.encodeStateAsUpdate(target === doc ? peer : doc));
        const { cards, links, zones } = boardMaps(target);
        const cardIds = [...cards.keys()];
        const r = rnd();
        if (r < 0.25 || cardIds.length < 2)
          addCard(target, { kind: "idea", x: step, y: 0, text: `Kort ${step}` }, author);
        else if (r < 0.45) updateCard(target, pick(cardIds) as string, { x: Math.floor(rnd() * 900) });
        else if (r < 0.55) cardText(target, pick(cardIds) as string)?.insert(0, "Ny ");
        else if (r < 0.65) addLink(target, pick(cardIds) as string, pick(cardIds) as string, author);
        else if (r < 0.7) setLinkLabel(target, pick([...links.keys()]) ?? "", "leder til");
        else if (r < 0.75) deleteLinks(target, [pick([...links.keys()]) ?? ""]);
        else if (r < 0.83) deleteCards(target, [pick(cardIds) as string]);
        else if (r < 0.9) addZone(target, { title: `Sone ${step}`, x: 0, y: 0 });
        else if (r < 0.95) updateZone(target, pick([...zones.keys()]) ?? "", { x: step });
        else deleteZones(target, [pick([...zones.keys()]) ?? ""]);
        if (target === peer) Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));

        const before = model;
        model = rereadBoard(doc, model, changes.take());
        const full = boardFromDoc(doc);
        expect(model, `seed ${seed}, step ${step}`).toEqual(full);
        // Whatever did not change keeps its identity.
        const old = new Map(before.cards.map((c) => [c.id, c]));
        for (const card of model.cards) {
          const was = old.get(card.id);
          if (was && JSON.stringify(was) === JSON.stringify(card)) expect(card).toBe(was);
        }
      }
    }
  });

  it("re-reads only what changed: moving one of 2,000 cards keeps the other 1,999 and the links", () => {
    const doc = new Y.Doc();
    const ids = Array.from({ length: 2000 }, (_, i) => addCard(doc, { kind: "strength", x: i, y: 0 }, author));
    addLink(doc, ids[0] as string, ids[1] as string, author);
    const changes = trackBoardChanges(doc);
    const before = boardFromDoc(doc);
    updateCard(doc, ids[5] as string, { x: 5000 });
    const after = rereadBoard(doc, before, changes.take());
    expect(after.cards.filter((c, i) => c !== before.cards[i]).map((c) => c.id)).toEqual([ids[5]]);
    expect(after.links).toBe(before.links);
    expect(after.zones).toBe(before.zones);
    // Nothing changed: the very same model.
    expect(rereadBoard(doc, after, changes.take())).toBe(after);
  });
});
