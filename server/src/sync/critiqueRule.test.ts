import { addCard, addLink, boardMaps, boardRights, cardText, deleteCards, updateCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { forgedUpdate } from "../../test/helpers/clients";
import { challengeRefusal } from "./critiqueRule";

const FACILITATOR = { id: "facilitator1", group: "facilitator" as const };
const CRITIC = { id: "critic1", group: "external" as const };
const critic = boardRights("critic", { locked: false, privateRound: false });
const critique = boardRights("participant", { locked: false, privateRound: false, critique: true });

/** A board with someone else's opportunity and the critic's own challenge on it. */
function board() {
  const doc = new Y.Doc();
  const opportunity = addCard(doc, { kind: "opportunity", x: 0, y: 0, text: "Sjømat til Asia" }, FACILITATOR);
  const own = addCard(doc, { kind: "challenge", x: 0, y: 200, text: "Frakt?", attachedTo: opportunity }, CRITIC);
  return { doc, opportunity, own };
}

describe("challengeRefusal", () => {
  it("lets a critic add, move, write in and delete their own challenges", () => {
    const { doc, opportunity, own } = board();
    const allowed: Array<(d: Y.Doc) => void> = [
      (d) => addCard(d, { kind: "challenge", x: 0, y: 400, attachedTo: opportunity }, CRITIC),
      (d) => updateCard(d, own, { x: 50, y: 60 }),
      (d) => cardText(d, own)?.insert(0, "Hvem betaler "),
      (d) => cardText(d, own)?.delete(0, 2),
      (d) => boardMaps(d).cards.get(own)?.set("attachedTo", null),
      (d) => deleteCards(d, [own]),
    ];
    for (const change of allowed)
      expect(challengeRefusal(doc, forgedUpdate(doc, change), critic, CRITIC.id)).toBeNull();
  });

  it("refuses a critic anything else", () => {
    const { doc, opportunity, own } = board();
    const refused: Array<[string, (d: Y.Doc) => void, string]> = [
      ["an idea", (d) => addCard(d, { kind: "idea", x: 0, y: 0 }, CRITIC), "challenges_only"],
      ["a re-kind of their own", (d) => updateCard(d, own, { kind: "idea" }), "challenges_only"],
      ["someone else's name", (d) => addCard(d, { kind: "challenge", x: 0, y: 0 }, FACILITATOR), "own_cards_only"],
      ["a move of another's card", (d) => updateCard(d, opportunity, { x: 1 }), "own_cards_only"],
      ["text in another's card", (d) => cardText(d, opportunity)?.insert(3, "x"), "own_cards_only"],
      ["text out of another's card", (d) => cardText(d, opportunity)?.delete(0, 3), "own_cards_only"],
      ["deleting another's card", (d) => deleteCards(d, [opportunity]), "own_cards_only"],
      [
        "a card over another's",
        (d) => addCard(d, { kind: "challenge", x: 0, y: 0 }, CRITIC, opportunity),
        "own_cards_only",
      ],
      ["a link", (d) => addLink(d, own, opportunity, CRITIC), "own_cards_only"],
      ["a zone", (d) => boardMaps(d).zones.set("zone00000001", new Y.Map()), "own_cards_only"],
      ["the notes", (d) => boardMaps(d).notes.insert(0, [new Y.XmlElement("paragraph")]), "own_cards_only"],
      ["an action item", (d) => d.getMap("actionItems").set("item00000001", new Y.Map()), "own_cards_only"],
      ["an answer", (d) => boardMaps(d).cards.get(own)?.set("answer", "Ja"), "own_cards_only"],
    ];
    for (const [what, change, code] of refused) {
      expect(challengeRefusal(doc, forgedUpdate(doc, change), critic, CRITIC.id), what).toBe(code);
    }
  });

  it("keeps participants to challenges in the critique phase, nothing more", () => {
    const { doc, opportunity, own } = board();
    const at = (change: (d: Y.Doc) => void) => challengeRefusal(doc, forgedUpdate(doc, change), critique, "kari");
    expect(at((d) => addCard(d, { kind: "idea", x: 0, y: 0 }, { id: "kari", group: "industry" }))).toBe(
      "challenges_only",
    );
    expect(at((d) => updateCard(d, opportunity, { kind: "strength" }))).toBe("challenges_only");
    expect(at((d) => addCard(d, { kind: "challenge", x: 0, y: 0 }, { id: "kari", group: "industry" }))).toBeNull();
    expect(at((d) => updateCard(d, opportunity, { x: 9 }))).toBeNull();
    expect(at((d) => boardMaps(d).cards.get(own)?.set("answer", "Eksportørene"))).toBeNull();
    expect(at((d) => deleteCards(d, [opportunity]))).toBeNull();
  });

  it("asks nothing of anyone else", () => {
    const { doc } = board();
    const full = boardRights("participant", { locked: false, privateRound: false });
    const idea = forgedUpdate(doc, (d) => addCard(d, { kind: "idea", x: 0, y: 0 }, { id: "kari", group: "industry" }));
    expect(challengeRefusal(doc, idea, full, "kari")).toBeNull();
  });
});
