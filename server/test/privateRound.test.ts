import {
  addCard,
  boardFromDoc,
  boardMaps,
  cardText,
  type LimitNotice,
  type SessionView,
  updateCard,
} from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  connected,
  controlClient,
  eventually,
  type FrameLog,
  forgedUpdate,
  type SyncClient,
  sendRaw,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

// The sync channel enforces what session control decides: during a private writing round a
// participant's new cards are drafts, so a Yjs update that adds a public card is refused, even one
// forged by a client that ignores its own buttons. These tests speak the y-websocket protocol.

let server: TestServer;
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

/** A control connection that keeps the latest session view and every notice it was sent. */
async function person(workshopId: string, token: string) {
  const socket = controlClient(server.url, workshopId, token);
  cleanup.push(() => socket.disconnect());
  const notices: LimitNotice[] = [];
  let view: SessionView | null = null;
  socket.on("session:state", (v) => {
    view = v;
  });
  socket.on("session:notice", ({ code }) => notices.push(code));
  await connected(socket);
  await eventually(() => view !== null, "first session state");
  return {
    notices,
    view: () => view as unknown as SessionView,
    ask: (event: string, payload: unknown) =>
      (socket.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; error?: string }>)(event, payload),
  };
}

function sync(workshopId: string, token: string, frames?: FrameLog): SyncClient {
  const c = syncClient(server.wsUrl, workshopId, token, undefined, frames);
  cleanup.push(() => c.destroy());
  return c;
}

const texts = (doc: Y.Doc) =>
  boardFromDoc(doc)
    .cards.map((c) => c.text)
    .sort();
const BOARD = ["Fiskeri", "Havbruk"];
const xOf = (doc: Y.Doc, id: string) => boardMaps(doc).cards.get(id)?.get("x");

/** A workshop with two public cards on the board, everyone synced, and a private round running. */
async function privateRoundWithCards() {
  const people = await workshopWithPeople(server.url);
  const { workshop, facilitator, kari, lars } = people;
  const f = await person(workshop.id, facilitator.token);
  const k = await person(workshop.id, kari.token);
  const fs = sync(workshop.id, facilitator.token);
  const larsFrames: FrameLog = [];
  const ls = sync(workshop.id, lars.token, larsFrames);
  const ks = sync(workshop.id, kari.token);
  await Promise.all([waitForSynced(fs), waitForSynced(ls), waitForSynced(ks)]);
  const cardId = addCard(
    fs.doc,
    { kind: "strength", x: 0, y: 0, text: "Havbruk" },
    { id: facilitator.participant.id, group: "facilitator" },
  );
  const otherId = addCard(
    fs.doc,
    { kind: "challenge", x: 0, y: 300, text: "Fiskeri" },
    { id: facilitator.participant.id, group: "facilitator" },
  );
  await eventually(
    () => [ks.doc, ls.doc].every((d) => xOf(d, cardId) === 0 && xOf(d, otherId) === 0),
    "everyone has the public cards",
  );
  expect(await f.ask("private:set", { active: true })).toEqual({ ok: true });
  await eventually(() => k.view().privateRound, "kari is in the private round");
  return { ...people, f, k, fs, ks, ls, larsFrames, cardId, otherId };
}

describe("private writing round on the sync channel", () => {
  it("refuses a participant's forged public card: not stored, not relayed, the forger told; drafts appear at the reveal", async () => {
    const { workshop, facilitator, kari, f, k, ks, ls, larsFrames, cardId, otherId } = await privateRoundWithCards();
    const forged = "Forfalsket kort: kongekrabbe-ørken";
    const replaced = "Forfalsket erstatning av Fiskeri";
    // A new card, and a new map put over an existing card (what a replacement looks like on the wire).
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (doc) =>
        addCard(doc, { kind: "idea", x: 5, y: 5, text: forged }, { id: kari.participant.id, group: "industry" }),
      ),
    );
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (doc) =>
        addCard(
          doc,
          { kind: "idea", x: 9, y: 9, text: replaced },
          { id: kari.participant.id, group: "industry" },
          otherId,
        ),
      ),
    );
    // The marker: an allowed edit on the same connection, after the forgeries. The server handles a
    // connection's frames in order and relays in order, so once lars has the marker, anything the
    // forgeries would have made the server send him has arrived.
    updateCard(ks.doc, cardId, { x: 4242 });
    await eventually(() => xOf(ls.doc, cardId) === 4242, "lars receives kari's move");

    expect(texts(ls.doc)).toEqual(BOARD);
    const wire = Buffer.concat(larsFrames);
    expect(wire.includes(Buffer.from(forged))).toBe(false);
    expect(wire.includes(Buffer.from(replaced))).toBe(false);
    await eventually(() => k.notices.includes("private_round"), "kari is told why");

    const fresh = sync(workshop.id, facilitator.token);
    await waitForSynced(fresh);
    expect(xOf(fresh.doc, cardId)).toBe(4242);
    expect(texts(fresh.doc)).toEqual(BOARD);

    // The legitimate way: a draft, kept on the server until the reveal.
    const draft = { id: "draftkari0001", kind: "idea", text: "Ekte utkast", x: 10, y: 20 };
    expect(await k.ask("draft:upsert", draft)).toEqual({ ok: true });
    await eventually(() => f.view().draftCounts?.[kari.participant.id] === 1, "the facilitator sees one draft");

    // Nothing forged was stored: a restarted server does not bring it back, and keeps the round.
    for (const fn of cleanup.splice(0).reverse()) await fn();
    await server.kill();
    server = await startServer({ dataDir: server.dataDir });
    const f2 = await person(workshop.id, facilitator.token);
    const after = sync(workshop.id, facilitator.token);
    await waitForSynced(after);
    expect(texts(after.doc)).toEqual(BOARD);
    expect(xOf(after.doc, cardId)).toBe(4242);
    expect(f2.view().privateRound).toBe(true);

    expect(await f2.ask("private:set", { active: false })).toEqual({ ok: true });
    await eventually(() => texts(after.doc).includes("Ekte utkast"), "the revealed draft reaches the board");
    expect(texts(after.doc)).toEqual(["Ekte utkast", ...BOARD]);
    expect(boardMaps(after.doc).cards.has(draft.id)).toBe(true);
  });

  it("lets a participant move and edit existing cards during the round", async () => {
    const { k, ks, ls, cardId } = await privateRoundWithCards();
    updateCard(ks.doc, cardId, { x: 300, y: 40 });
    cardText(ks.doc, cardId)?.insert(0, "Bærekraftig ");
    await eventually(
      () => xOf(ls.doc, cardId) === 300 && texts(ls.doc).includes("Bærekraftig Havbruk"),
      "lars sees kari's move and edit",
    );
    expect(k.notices).toEqual([]);
  });

  it("lets a facilitator add public cards during the round", async () => {
    const { facilitator, fs, ls } = await privateRoundWithCards();
    addCard(
      fs.doc,
      { kind: "question", x: 0, y: 200, text: "Hva mangler?" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    await eventually(() => texts(ls.doc).includes("Hva mangler?"), "lars sees the facilitator's new card");
  });

  it("with the board locked, refuses a participant's edit with read_only", async () => {
    const { f, k, fs, ks, ls, larsFrames, cardId } = await privateRoundWithCards();
    expect(await f.ask("board:lock", { locked: true })).toEqual({ ok: true });
    await eventually(() => k.view().locked, "kari sees the lock");
    cardText(ks.doc, cardId)?.insert(0, "Låst ");
    // The notice says the server has handled kari's frame; then a marker from the facilitator.
    await eventually(() => k.notices.includes("read_only"), "kari is told the board is read-only");
    updateCard(fs.doc, cardId, { x: 777 });
    await eventually(() => xOf(ls.doc, cardId) === 777, "lars receives the facilitator's move");
    expect(texts(ls.doc)).toEqual(BOARD);
    expect(Buffer.concat(larsFrames).includes(Buffer.from("Låst"))).toBe(false);
  });
});
