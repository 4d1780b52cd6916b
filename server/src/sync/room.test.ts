import { boardMaps } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { nextTurn } from "../../test/helpers/memoryDocStore";
import {
  cardTexts,
  cardUpdate,
  decode,
  fakeClient,
  join,
  kinds,
  seenBy,
  setup,
  step1,
  update,
} from "../../test/helpers/roomKit";
import { Room } from "./room";

describe("Room durability", () => {
  it("relays an update to others and echoes it to its sender only after the store's write resolved", async () => {
    const { store, batcher, published, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    const release = store.holdWrites();

    room.handle(kari, update(cardUpdate("Kongekrabbe").update));
    // Applied at once, so a later frame of the same turn sees it ...
    expect(cardTexts(room.doc)).toEqual(["Kongekrabbe"]);
    await nextTurn();
    // ... and being written, but nobody hears of it before the write resolves.
    expect(store.transactions).toHaveLength(1);
    expect(kari.sent).toEqual([]);
    expect(lars.sent).toEqual([]);
    expect(published).toEqual([]);

    release();
    await batcher.drain();
    expect(kinds(kari)).toEqual(["update"]);
    expect(kinds(lars)).toEqual(["update"]);
    expect(cardTexts(seenBy(lars))).toEqual(["Kongekrabbe"]);
    expect(published).toHaveLength(1);
    expect(store.stored("w1")).toHaveLength(1);
  });

  it("sends one frame per client for all of a room's updates of one turn", async () => {
    const { store, batcher, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    const doc = new Y.Doc();
    room.handle(kari, update(cardUpdate("en", doc).update));
    room.handle(kari, update(cardUpdate("to", doc).update));
    room.handle(lars, update(cardUpdate("tre").update));
    await batcher.drain();
    expect(store.transactions).toHaveLength(1);
    expect(kinds(kari)).toEqual(["update"]);
    expect(kinds(lars)).toEqual(["update"]);
    expect(cardTexts(seenBy(kari)).sort()).toEqual(["en", "to", "tre"]);
  });

  it("writes one turn's updates of several rooms in one transaction", async () => {
    const { store, batcher, open } = setup();
    const [troms, kronoberg] = await Promise.all([open("troms"), open("kronoberg")]);
    const a = join(troms, fakeClient("a"));
    const b = join(kronoberg, fakeClient("b"));
    troms.handle(a, update(cardUpdate("Havbruk").update));
    kronoberg.handle(b, update(cardUpdate("Småföretag").update));
    await batcher.drain();
    expect(store.transactions).toHaveLength(1);
    expect(store.transactions[0]?.map((row) => row.workshopId).sort()).toEqual(["kronoberg", "troms"]);
    expect(cardTexts(seenBy(a))).toEqual(["Havbruk"]);
    expect(cardTexts(seenBy(b))).toEqual(["Småföretag"]);
  });

  it("answers a sync step 1 only once nothing applied is still unwritten", async () => {
    const { store, batcher, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const late = join(room, fakeClient("late"));
    const release = store.holdWrites();
    room.handle(kari, update(cardUpdate("Sporbar sjømat").update));
    room.handle(late, step1());
    await nextTurn();
    expect(late.sent).toEqual([]);
    release();
    await batcher.drain();
    // The relayed update first, then the answer, which holds the card: it is durable.
    expect(kinds(late)).toEqual(["update", "sync-step-2"]);
    const answer = new Y.Doc();
    Y.applyUpdate(answer, decode(late.sent[1] as Uint8Array).payload);
    expect(cardTexts(answer)).toEqual(["Sporbar sjømat"]);

    // With nothing pending, the answer comes at once.
    room.handle(late, step1());
    expect(kinds(late)).toEqual(["update", "sync-step-2", "sync-step-2"]);
  });

  it("encodes the whole document once for everyone joining with nothing, and anew after a change", async () => {
    const { batcher, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    room.handle(kari, update(cardUpdate("Kongekrabbe").update));
    await batcher.drain();
    const [a, b] = [join(room, fakeClient("a")), join(room, fakeClient("b"))];
    room.handle(a, step1());
    room.handle(b, step1());
    // The same bytes, encoded once.
    expect(b.sent.at(-1)).toBe(a.sent.at(-1));
    room.handle(kari, update(cardUpdate("Sporing").update));
    await batcher.drain();
    const c = join(room, fakeClient("c"));
    room.handle(c, step1());
    const answer = new Y.Doc();
    Y.applyUpdate(answer, decode(c.sent.at(-1) as Uint8Array).payload);
    expect(cardTexts(answer).sort()).toEqual(["Kongekrabbe", "Sporing"]);
  });

  it("closes every client and relays nothing when a write fails", async () => {
    const { store, batcher, published, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const lars = join(room, fakeClient("lars"));
    store.failNextWrite = new Error("disk full");
    room.handle(kari, update(cardUpdate("tapt").update));
    room.handle(lars, step1());
    await batcher.drain();
    expect(kari.sent).toEqual([]);
    expect(lars.sent).toEqual([]);
    expect(published).toEqual([]);
    expect(kari.closed).toEqual([{ code: 1011, reason: "storage error" }]);
    expect(lars.closed).toEqual([{ code: 1011, reason: "storage error" }]);
  });

  it("relays frames from other instances to its clients without storing them again", async () => {
    const { store, batcher, deliver, open } = setup();
    const room = await open();
    const kari = join(room, fakeClient("kari"));
    const frame = Uint8Array.from([0, 2, 0]);
    deliver("w1", frame);
    await batcher.drain();
    expect(kari.sent).toEqual([frame]);
    expect(store.transactions).toEqual([]);
  });
});

describe("Room loading", () => {
  it("is ready only once its stored state is loaded, and greets with that state", async () => {
    const { store, deps } = setup();
    await store.appendUpdates([{ workshopId: "w1", update: cardUpdate("lagret").update }]);
    const release = store.holdLoads();
    const room = new Room("w1", deps);
    let ready = false;
    void room.ready.then(() => {
      ready = true;
    });
    await nextTurn();
    expect(ready).toBe(false);
    expect(room.isReady).toBe(false);
    expect(boardMaps(room.doc).cards.size).toBe(0);
    release();
    await room.ready;
    expect(room.isReady).toBe(true);
    expect(cardTexts(room.doc)).toEqual(["lagret"]);

    const kari = fakeClient("kari");
    room.addClient(kari);
    room.handle(kari, step1());
    expect(kinds(kari)).toEqual(["sync-step-1", "sync-step-2"]);
    expect(cardTexts(seenBy(kari))).toEqual(["lagret"]);
    // Loading is not a change: nothing is written back.
    expect(store.transactions).toHaveLength(1);
  });

  it("a room reopened while its last write is in flight loads that write", async () => {
    const { store, open, deps } = setup();
    const first = await open();
    const kari = join(first, fakeClient("kari"));
    // Only the write is slow: a load not queued behind it would read the store without it.
    const release = store.holdWrites();
    first.handle(kari, update(cardUpdate("siste").update));
    await nextTurn();
    void first.destroy();
    const again = new Room("w1", deps);
    await nextTurn();
    release();
    await again.ready;
    expect(cardTexts(again.doc)).toEqual(["siste"]);
  });
});
