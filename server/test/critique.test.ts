import { addCard, addLink, boardFromDoc, boardMaps, cardText, deleteCards, updateCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { eventually, type FrameLog, forgedUpdate, sendRaw, waitForSynced } from "./helpers/clients";
import { join, workshopWithPeople } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// Challenges on the sync channel: during the critique phase a participant's new cards must be
// challenges, and a critical friend (their own invite link) adds challenges and changes nothing
// but them, whatever their client sends. These tests speak the y-websocket protocol to a real
// server process; a refused update is sent forged (outside the client's document) so the client's
// later, allowed edits do not depend on it.

const live = liveServer();
const { sync, person } = live;

const texts = (doc: Y.Doc) =>
  boardFromDoc(doc)
    .cards.map((c) => c.text)
    .sort();
const field = (doc: Y.Doc, id: string, key: string) => boardMaps(doc).cards.get(id)?.get(key);

/** A workshop with an opportunity on the board and everyone synced; lars listens to every frame. */
async function boardWithOpportunity() {
  const people = await workshopWithPeople(live.server().url);
  const { workshop, facilitator, kari, lars } = people;
  const f = await person(workshop.id, facilitator.token);
  const k = await person(workshop.id, kari.token);
  const fs = sync(workshop.id, facilitator.token);
  const ks = sync(workshop.id, kari.token);
  const larsFrames: FrameLog = [];
  const ls = sync(workshop.id, lars.token, larsFrames);
  await Promise.all([waitForSynced(fs), waitForSynced(ks), waitForSynced(ls)]);
  const opportunity = addCard(
    fs.doc,
    { kind: "opportunity", x: 0, y: 0, text: "Levende kongekrabbe til Asia" },
    { id: facilitator.participant.id, group: "facilitator" },
  );
  await eventually(() => [ks.doc, ls.doc].every((d) => field(d, opportunity, "x") === 0), "everyone has it");
  return {
    ...people,
    f,
    k,
    fs,
    ks,
    ls,
    larsFrames,
    opportunity,
    kariId: kari.participant.id,
    larsId: lars.participant.id,
  };
}

describe("the critique phase on the sync channel", () => {
  it("accepts only challenges from participants while it runs, and everything again after", async () => {
    const { f, k, fs, ks, ls, larsFrames, opportunity, kariId } = await boardWithOpportunity();
    expect(await k.ask("critique:set", { active: true })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await f.ask("critique:set", { active: true })).toEqual({ ok: true });
    await eventually(() => k.view().critique === true, "kari sees the critique phase");

    const idea = "Forfalsket idé: krabbeturisme";
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (doc) =>
        addCard(doc, { kind: "idea", x: 0, y: 300, text: idea }, { id: kariId, group: "industry" }),
      ),
    );
    // A card without a kind reads as an idea, so it is no challenge either.
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (doc) => {
        const id = addCard(
          doc,
          { kind: "challenge", x: 0, y: 400, text: "Uten type" },
          { id: kariId, group: "industry" },
        );
        boardMaps(doc).cards.get(id)?.delete("kind");
      }),
    );
    // Re-kinding an existing card is adding one of that kind.
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (doc) => updateCard(doc, opportunity, { kind: "strength" })),
    );
    // The marker: an allowed challenge attached to the opportunity, on the same connection.
    const challenge = addCard(
      ks.doc,
      { kind: "challenge", x: 250, y: 0, text: "Hvem betaler for flyfrakten?", attachedTo: opportunity },
      { id: kariId, group: "industry" },
    );
    await eventually(() => field(ls.doc, challenge, "attachedTo") === opportunity, "lars gets kari's challenge");
    expect(texts(ls.doc)).toEqual(["Hvem betaler for flyfrakten?", "Levende kongekrabbe til Asia"]);
    expect(field(ls.doc, opportunity, "kind")).toBe("opportunity");
    const wire = Buffer.concat(larsFrames);
    expect(wire.includes(Buffer.from(idea))).toBe(false);
    expect(wire.includes(Buffer.from("Uten type"))).toBe(false);
    // Told once a second at most (a client resending refused edits is not flooded with notices).
    await eventually(() => k.notices.includes("challenges_only"), "kari is told why");

    // Other edits go on: kari answers the challenge and moves the opportunity; the facilitator adds an idea.
    updateCard(ks.doc, opportunity, { x: 40 });
    boardMaps(ks.doc).cards.get(challenge)?.set("answer", "Eksportører deler på fraktkostnaden");
    addCard(fs.doc, { kind: "idea", x: 0, y: 600, text: "Fasilitatorens idé" }, { id: "x", group: "facilitator" });
    await eventually(
      () => field(ls.doc, opportunity, "x") === 40 && texts(ls.doc).includes("Fasilitatorens idé"),
      "lars sees the move and the facilitator's idea",
    );
    expect(field(ls.doc, challenge, "answer")).toBe("Eksportører deler på fraktkostnaden");

    // A private round within it: Kari's drafts are challenges too, or the reveal would publish an idea.
    expect(await f.ask("private:set", { active: true })).toEqual({ ok: true });
    await eventually(() => k.view().privateRound, "the private round reaches kari");
    expect(
      await k.ask("draft:upsert", { id: "draftidea00001", kind: "idea", text: "Skjult idé", x: 0, y: 900 }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await k.ask("draft:upsert", { id: "draftchallenge1", kind: "challenge", text: "Skjult spørsmål", x: 0, y: 900 }),
    ).toEqual({ ok: true });
    expect(await f.ask("private:set", { active: false })).toEqual({ ok: true });
    await eventually(() => texts(ls.doc).includes("Skjult spørsmål"), "the challenge is revealed");
    expect(texts(ls.doc)).not.toContain("Skjult idé");

    expect(await f.ask("critique:set", { active: false })).toEqual({ ok: true });
    await eventually(() => !k.view().critique, "the critique phase is over for kari");
    addCard(ks.doc, { kind: "idea", x: 0, y: 800, text: "Ny idé etterpå" }, { id: kariId, group: "industry" });
    await eventually(() => texts(ls.doc).includes("Ny idé etterpå"), "kari's idea is accepted again");
  });
});

describe("a critical friend on the sync channel", () => {
  it("joins with their own link and adds challenges, changing nothing but their own", async () => {
    const { workshop, facilitator, ls, larsFrames, opportunity } = await boardWithOpportunity();
    const critic = await join(
      live.server().url,
      workshop.id,
      workshop.invites.critic,
      "Kritisk venn Sigrid",
      "external",
    );
    expect(critic.participant.role).toBe("critic");
    const c = await person(workshop.id, critic.token);
    const cs = sync(workshop.id, critic.token);
    await waitForSynced(cs);
    const me = { id: critic.participant.id, group: "external" as const };

    // Not theirs to prioritise: no votes.
    expect(await c.ask("vote:cast", { roundId: "r", targetId: opportunity })).toMatchObject({ ok: false });

    const challenge = addCard(
      cs.doc,
      { kind: "challenge", x: 250, y: 0, text: "Tåler krabben 30 timer i luften?", attachedTo: opportunity },
      me,
    );
    await eventually(() => field(ls.doc, challenge, "attachedTo") === opportunity, "lars gets the challenge");

    const refused: Array<[string, (doc: Y.Doc) => void]> = [
      ["an idea", (doc) => addCard(doc, { kind: "idea", x: 0, y: 500, text: "Kritikerens idé" }, me)],
      [
        "a challenge credited to someone else",
        (doc) =>
          addCard(
            doc,
            { kind: "challenge", x: 0, y: 500, text: "Lånt navn" },
            { id: facilitator.participant.id, group: "external" },
          ),
      ],
      ["text in another's card", (doc) => cardText(doc, opportunity)?.insert(0, "Kritikeren skrev: ")],
      ["a move of another's card", (doc) => updateCard(doc, opportunity, { x: 999 })],
      ["deleting another's card", (doc) => deleteCards(doc, [opportunity])],
      [
        "a new card over another's",
        (doc) => addCard(doc, { kind: "challenge", x: 0, y: 0, text: "Overskrevet" }, me, opportunity),
      ],
      ["a link", (doc) => addLink(doc, challenge, opportunity, me, "Kritikerens kobling")],
      ["a zone", (doc) => boardMaps(doc).zones.set("zonecritic01", new Y.Map())],
      ["the notes", (doc) => boardMaps(doc).notes.insert(0, [new Y.XmlElement("paragraph")])],
      [
        "an answer to their own challenge",
        (doc) => boardMaps(doc).cards.get(challenge)?.set("answer", "Ja, det går fint"),
      ],
    ];
    for (const [, change] of refused) sendRaw(cs, forgedUpdate(cs.doc, change));
    // The marker: a move of their own challenge and a word more in it, as one update, so that
    // seeing the move means the text has arrived too.
    cs.doc.transact(() => {
      updateCard(cs.doc, challenge, { x: 320 });
      cardText(cs.doc, challenge)?.insert(0, "Spørsmål: ");
    });
    await eventually(() => field(ls.doc, challenge, "x") === 320, "lars sees the critic move their own challenge");

    expect(texts(ls.doc)).toEqual(["Levende kongekrabbe til Asia", "Spørsmål: Tåler krabben 30 timer i luften?"]);
    expect(field(ls.doc, opportunity, "x")).toBe(0);
    expect(field(ls.doc, challenge, "answer") ?? "").toBe("");
    expect(boardMaps(ls.doc).links.size).toBe(0);
    expect(boardMaps(ls.doc).zones.size).toBe(0);
    expect(boardMaps(ls.doc).notes.length).toBe(0);
    const wire = Buffer.concat(larsFrames);
    for (const text of ["Kritikerens idé", "Lånt navn", "Kritikeren skrev", "Overskrevet", "Kritikerens kobling"]) {
      expect(wire.includes(Buffer.from(text)), text).toBe(false);
    }
    await eventually(
      () => c.notices.includes("challenges_only") && c.notices.includes("own_cards_only"),
      "the critic is told why",
    );

    // Their own challenge is theirs to delete.
    deleteCards(cs.doc, [challenge]);
    await eventually(() => !boardMaps(ls.doc).cards.has(challenge), "lars sees the challenge go");
  });

  it("keeps to challenges during a private round and reads only on a locked board", async () => {
    const { workshop, f, ls, larsFrames } = await boardWithOpportunity();
    const critic = await join(live.server().url, workshop.id, workshop.invites.critic, "Kritisk venn Nils", "external");
    const c = await person(workshop.id, critic.token);
    const cs = sync(workshop.id, critic.token);
    await waitForSynced(cs);
    const me = { id: critic.participant.id, group: "external" as const };
    expect(await f.ask("board:lock", { locked: true })).toEqual({ ok: true });
    await eventually(() => c.view().locked, "the critic sees the lock");
    sendRaw(
      cs,
      forgedUpdate(cs.doc, (doc) => addCard(doc, { kind: "challenge", x: 0, y: 0, text: "Mens det er låst" }, me)),
    );
    await eventually(() => c.notices.includes("read_only"), "the critic is told the board is read-only");
    expect(await f.ask("board:lock", { locked: false })).toEqual({ ok: true });
    await eventually(() => !c.view().locked, "the lock is off");
    addCard(cs.doc, { kind: "challenge", x: 0, y: 200, text: "Etter låsen" }, me);
    await eventually(() => texts(ls.doc).includes("Etter låsen"), "the challenge after the lock arrives");
    expect(Buffer.concat(larsFrames).includes(Buffer.from("Mens det er låst"))).toBe(false);
  });
});
