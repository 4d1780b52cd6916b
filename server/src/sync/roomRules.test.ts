import { boardMaps, cardText } from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import {
  cardTexts,
  cardUpdate,
  decode,
  type FakeClient,
  fakeClient,
  join,
  PRIVATE_ROUND,
  READ_ONLY,
  seenBy,
  setup,
  update,
} from "../../test/helpers/roomKit";

/** What a room refuses, and whose presence it relays. */
describe("Room refusals", () => {
  it("neither stores nor relays an update from someone who may not edit, and tells them", async () => {
    const { store, batcher, published, open } = setup();
    const room = await open();
    const observer = join(room, fakeClient("obs", READ_ONLY));
    const kari = join(room, fakeClient("kari"));
    room.handle(observer, update(cardUpdate("forfalsket").update));
    await batcher.drain();
    expect(observer.refusals).toEqual(["read_only"]);
    expect(boardMaps(room.doc).cards.size).toBe(0);
    expect(store.transactions).toEqual([]);
    expect(kari.sent).toEqual([]);
    expect(observer.sent).toEqual([]);
    expect(published).toEqual([]);
  });

  it("applies a rights change at once: a participant locked out is refused from the next update", async () => {
    const { batcher, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const doc = new Y.Doc();
    room.handle(kari, update(cardUpdate("før låsen", doc).update));
    kari.currentRights = READ_ONLY;
    room.handle(kari, update(cardUpdate("etter låsen", doc).update));
    await batcher.drain();
    expect(cardTexts(room.doc)).toEqual(["før låsen"]);
    expect(kari.refusals).toEqual(["read_only"]);
    expect(cardTexts(seenBy(kari))).toEqual(["før låsen"]);
  });

  it("refuses a new public card from a participant during a private round, but lets edits through", async () => {
    const { store, batcher, open } = setup();
    const room = await open();
    const facilitator = join(room, fakeClient("fac"));
    const kari = join(room, fakeClient("kari", PRIVATE_ROUND));
    const lars = join(room, fakeClient("lars", PRIVATE_ROUND));
    const { update: existing, id } = cardUpdate("Kongekrabbe");
    room.handle(facilitator, update(existing));
    await batcher.drain();

    // Kari's copy of the board: she edits the existing card (kept) and adds one (refused).
    const karis = new Y.Doc();
    Y.applyUpdate(karis, existing);
    const before = Y.encodeStateVector(karis);
    cardText(karis, id)?.insert(11, " i Øst-Finnmark");
    room.handle(kari, update(Y.encodeStateAsUpdate(karis, before)));
    room.handle(kari, update(cardUpdate("Hemmelig idé", karis).update));
    await batcher.drain();

    expect(kari.refusals).toEqual(["private_round"]);
    expect(cardTexts(room.doc)).toEqual(["Kongekrabbe i Øst-Finnmark"]);
    expect(cardTexts(seenBy(lars))).toEqual(["Kongekrabbe i Øst-Finnmark"]);
    const stored = new Y.Doc();
    for (const u of store.stored("w1")) Y.applyUpdate(stored, u);
    expect(cardTexts(stored)).toEqual(["Kongekrabbe i Øst-Finnmark"]);
    expect(Buffer.concat(lars.sent).includes(Buffer.from("Hemmelig idé"))).toBe(false);
  });

  it("refuses a card over the board's card limit: not stored, not relayed, the writer told", async () => {
    const { store, batcher, open } = setup({ limits: { maxDocBytes: 10_000_000, maxCardsPerBoard: 2 } });
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    const doc = new Y.Doc();
    room.handle(kari, update(cardUpdate("1", doc).update));
    room.handle(kari, update(cardUpdate("2", doc).update));
    await batcher.drain();
    const written = store.transactions.length;
    room.handle(kari, update(cardUpdate("3", doc).update));
    await batcher.drain();
    expect(kari.refusals).toEqual(["board_full"]);
    expect(cardTexts(room.doc).sort()).toEqual(["1", "2"]);
    expect(store.transactions).toHaveLength(written);
    expect(cardTexts(seenBy(lars)).sort()).toEqual(["1", "2"]);
  });

  it("refuses an update that would grow the stored document past its size limit", async () => {
    const { store, batcher, open } = setup({ limits: { maxDocBytes: 2000, maxCardsPerBoard: 100_000 } });
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    const doc = new Y.Doc();
    room.handle(kari, update(cardUpdate("liten", doc).update));
    await batcher.drain();
    room.handle(kari, update(cardUpdate("stor ".repeat(500), doc).update));
    await batcher.drain();
    expect(kari.refusals).toEqual(["document_full"]);
    expect(cardTexts(room.doc)).toEqual(["liten"]);
    expect(cardTexts(seenBy(lars))).toEqual(["liten"]);
    const stored = new Y.Doc();
    for (const u of store.stored("w1")) Y.applyUpdate(stored, u);
    expect(cardTexts(stored)).toEqual(["liten"]);
  });
});

/** An awareness update for one presence id at a clock, as a client would send it (0 is the initial empty state). */
function presence(clientId: number, state: Record<string, unknown>, clock = 1): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.clientID = clientId;
  for (let i = 0; i <= clock; i++) awareness.setLocalState(state);
  return awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]);
}
const awareness = (u: Uint8Array) => ({ type: "awareness", update: u }) as const;
/** Every presence state the client was sent, in order (null for a removal). */
const presenceStates = (c: FakeClient) =>
  c.sent
    .map(decode)
    .filter((f) => f.type === "awareness")
    .flatMap((f) => {
      const dec = decoding.createDecoder(f.payload);
      const states: unknown[] = [];
      for (let n = decoding.readVarUint(dec); n > 0; n--) {
        decoding.readVarUint(dec);
        decoding.readVarUint(dec);
        states.push(JSON.parse(decoding.readVarString(dec)));
      }
      return states;
    });
const presenceNames = (c: FakeClient) =>
  presenceStates(c).map((st) => (st as { user?: { name?: unknown } } | null)?.user?.name);

/** Waits until the client has been sent `count` frames (document updates go out once durable). */
async function eventuallySent(c: FakeClient, count: number) {
  for (let i = 0; i < 100 && c.sent.length < count; i++) await new Promise((r) => setImmediate(r));
  expect(c.sent.length).toBeGreaterThanOrEqual(count);
}

describe("Room presence", () => {
  it("relays a client's presence to everyone else and removes it when the client leaves", async () => {
    const { open, presenceWindow } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    room.handle(kari, awareness(presence(101, { user: { id: "kari", name: "Kari" } })));
    presenceWindow.flush();
    expect(presenceNames(lars)).toEqual(["Kari"]);
    // Nobody is sent only their own state back.
    expect(presenceNames(kari)).toEqual([]);
    expect([...kari.awarenessIds]).toEqual([101]);
    // With someone else's change in the window, the one frame holds both, for everyone.
    room.handle(lars, awareness(presence(202, { user: { id: "lars", name: "Lars" } })));
    room.handle(kari, awareness(presence(101, { user: { id: "kari", name: "Kari" } }, 2)));
    presenceWindow.flush();
    expect(presenceNames(kari)).toEqual(["Lars", "Kari"]);
    lars.sent.length = 0;
    room.removeClient(kari);
    presenceWindow.flush();
    expect(room.awareness.getStates().has(101)).toBe(false);
    expect(presenceNames(lars)).toEqual([undefined]);
  });

  it("sends each client one presence frame per window, whatever the number of moves", async () => {
    const { open, presenceWindow } = setup();
    const room = await open();
    const people = Array.from({ length: 20 }, (_, i) => join(room, fakeClient(`p${i}`)));
    // Every person moves their pointer ten times within one window.
    for (let clock = 1; clock <= 10; clock++) {
      people.forEach((p, i) => {
        room.handle(p, awareness(presence(100 + i, { user: { id: p.participantId }, pointer: { x: clock } }, clock)));
      });
    }
    expect(people.every((p) => p.sent.length === 0)).toBe(true);
    presenceWindow.flush();
    for (const p of people) {
      expect(p.sent).toHaveLength(1);
      // The one frame holds everyone's latest state.
      expect(presenceStates(p)).toHaveLength(20);
      expect(presenceStates(p).every((st) => (st as { pointer: { x: number } }).pointer.x === 10)).toBe(true);
    }
    // Document updates are not held back by the window.
    room.handle(people[0] as FakeClient, { type: "update", update: cardUpdate("Kongekrabbe").update });
    await eventuallySent(people[1] as FakeClient, 2);
  });

  it("skips a backlogged client, then gives it everyone's latest state, removals included", async () => {
    const { open, presenceWindow } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    const slow = join(room, fakeClient("slow"));
    slow.isBacklogged = true;
    room.handle(kari, awareness(presence(101, { user: { id: "kari" }, pointer: { x: 1 } })));
    room.handle(lars, awareness(presence(202, { user: { id: "lars" }, pointer: { x: 1 } })));
    presenceWindow.flush();
    room.handle(kari, awareness(presence(101, { user: { id: "kari" }, pointer: { x: 2 } }, 2)));
    room.removeClient(lars);
    presenceWindow.flush();
    expect(slow.sent).toEqual([]);
    slow.isBacklogged = false;
    room.handle(kari, awareness(presence(101, { user: { id: "kari" }, pointer: { x: 3 } }, 3)));
    presenceWindow.flush();
    expect(slow.sent).toHaveLength(1);
    expect(presenceStates(slow)).toEqual([{ user: { id: "kari" }, pointer: { x: 3 } }, null]);
  });

  it("refuses presence claiming another participant, or another connection's presence id", async () => {
    const { open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    room.handle(kari, awareness(presence(101, { user: { id: "kari", name: "Kari" } })));
    lars.sent.length = 0;
    kari.sent.length = 0;

    room.handle(lars, awareness(presence(202, { user: { id: "kari", name: "Kari (falsk)" } })));
    room.handle(lars, awareness(presence(101, { user: { id: "lars", name: "Overtatt" }, pointer: { x: 1, y: 1 } }, 5)));
    expect(lars.awarenessRefusals).toBe(2);
    expect(kari.sent).toEqual([]);
    expect(lars.sent).toEqual([]);
    expect(room.awareness.getStates().get(101)?.user?.name).toBe("Kari");
    expect(room.awareness.getStates().has(202)).toBe(false);
  });

  it("refuses presence with a name in an anonymous workshop, relays it without one", async () => {
    const { open, presenceWindow } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    kari.isAnonymous = true;
    const relayed = () => {
      presenceWindow.flush();
      return presenceNames(lars);
    };
    room.handle(kari, awareness(presence(101, { user: { id: "kari", name: "Kari Nordmann", group: "industry" } })));
    expect(kari.awarenessRefusals).toBe(1);
    expect(relayed()).toEqual([]);
    room.handle(kari, awareness(presence(101, { user: { id: "kari", name: "", group: "industry" } })));
    expect(kari.awarenessRefusals).toBe(1);
    expect(relayed()).toEqual([""]);
  });
});
