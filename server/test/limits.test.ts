import { addCard, boardMaps, CloseCode, type LimitNotice } from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlClient,
  connected,
  controlClient,
  eventually,
  isConfirmed,
  rawSync,
  roundTrip,
  type SyncClient,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { createWorkshop, join, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let capacity: TestServer;
let content: TestServer;
beforeAll(async () => {
  [capacity, content] = await Promise.all([
    startServer({ env: { MAX_CLIENTS_PER_WORKSHOP: "3", MAX_OPEN_WORKSHOPS: "2" } }),
    startServer({ env: { MAX_CARDS_PER_BOARD: "60", MAX_DOC_BYTES: "60000", CONTROL_EVENTS_PER_SECOND: "5" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([capacity.kill(), content.kill()]);
});

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});
function track<T extends SyncClient | ControlClient>(c: T): T {
  cleanup.push(() => ("provider" in c ? c.destroy() : (c as ControlClient).disconnect()));
  return c;
}

/** Notices this control client receives. */
function notices(socket: ControlClient): LimitNotice[] {
  const seen: LimitNotice[] = [];
  socket.on("session:notice", ({ code }) => seen.push(code));
  return seen;
}

describe("capacity limits", () => {
  it("refuses a fourth person in a workshop of three with 4429 on both channels; the three carry on", async () => {
    const w = await createWorkshop(capacity.url);
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await join(capacity.url, w.id, w.invites.participant, `P${i}`));
    const syncs: SyncClient[] = people.slice(0, 3).map((p) => track(syncClient(capacity.wsUrl, w.id, p.token)));
    await Promise.all(syncs.map((c) => waitForSynced(c)));
    const fourth = rawSync(capacity.wsUrl, w.id, people[3]?.token);
    expect((await fourth.closed).code).toBe(CloseCode.RateLimited);

    const controls = people.slice(0, 3).map((p) => track(controlClient(capacity.url, w.id, p.token)));
    await Promise.all(controls.map(connected));
    const extra = track(controlClient(capacity.url, w.id, people[3]?.token ?? ""));
    await expect(connected(extra)).rejects.toThrow("workshop-full");

    const author = { id: people[0]?.participant.id ?? "", group: "industry" as const };
    addCard((syncs[0] as SyncClient).doc, { kind: "idea", x: 0, y: 0, text: "Fortsatt her" }, author);
    await eventually(() => boardMaps((syncs[2] as SyncClient).doc).cards.size === 1, "the three still sync");
  });

  it("refuses a third open workshop on a server allowing two; the open ones are not disturbed", async () => {
    const a = await workshopWithPeople(capacity.url);
    const b = await workshopWithPeople(capacity.url);
    const c = await workshopWithPeople(capacity.url);
    const ca = track(syncClient(capacity.wsUrl, a.workshop.id, a.kari.token));
    const cb = track(syncClient(capacity.wsUrl, b.workshop.id, b.kari.token));
    await Promise.all([waitForSynced(ca), waitForSynced(cb)]);
    const third = rawSync(capacity.wsUrl, c.workshop.id, c.kari.token);
    expect((await third.closed).code).toBe(CloseCode.RateLimited);
    // A second person in an open workshop is still welcome.
    const la = track(syncClient(capacity.wsUrl, a.workshop.id, a.lars.token));
    await waitForSynced(la);
  });
});

describe("content limits", () => {
  it("stops a board at its card limit and tells the writer why; everyone agrees on what is there", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(content.url);
    const writer = track(syncClient(content.wsUrl, workshop.id, kari.token));
    const reader = track(syncClient(content.wsUrl, workshop.id, lars.token));
    const control = track(controlClient(content.url, workshop.id, kari.token));
    const seen = notices(control);
    await Promise.all([waitForSynced(writer), waitForSynced(reader), connected(control)]);
    const author = { id: kari.participant.id, group: "industry" as const };
    for (let i = 0; i < 70; i++) {
      addCard(writer.doc, { kind: "idea", x: i, y: 0, text: `K${i}` }, author);
      // One card at a time, as a person adds them: stored (echoed), or refused (the writer is told).
      await eventually(() => isConfirmed(writer) || seen.includes("board_full"), "the card is stored or refused");
    }
    await eventually(() => seen.includes("board_full"), "the writer is told the board is full");
    // Every card the writer sent is handled, and the reader has all the server relayed.
    await roundTrip(writer);
    await roundTrip(reader);
    expect(boardMaps(reader.doc).cards.size).toBe(60);
    const fresh = track(syncClient(content.wsUrl, workshop.id, lars.token));
    await waitForSynced(fresh);
    expect(boardMaps(fresh.doc).cards.size).toBe(60);
  });

  it("stops a document at its size limit and tells the writer why", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(content.url);
    const writer = track(syncClient(content.wsUrl, workshop.id, kari.token));
    const control = track(controlClient(content.url, workshop.id, kari.token));
    const seen = notices(control);
    await Promise.all([waitForSynced(writer), connected(control)]);
    const author = { id: kari.participant.id, group: "industry" as const };
    for (let i = 0; i < 50 && !seen.includes("document_full"); i++) {
      addCard(
        writer.doc,
        { kind: "idea", x: i, y: 0, text: `${i} ${"Sjømat og smart spesialisering ".repeat(60)}` },
        author,
      );
      await eventually(() => isConfirmed(writer) || seen.includes("document_full"), "the card is stored or refused");
    }
    await eventually(() => seen.includes("document_full"), "the writer is told the document is full");
    const fresh = track(syncClient(content.wsUrl, workshop.id, lars.token));
    await waitForSynced(fresh);
    const stored = boardMaps(fresh.doc).cards.size;
    expect(stored).toBeGreaterThan(10);
    expect(stored).toBeLessThan(boardMaps(writer.doc).cards.size);
  });

  it("refuses a control-event flood from one connection, not from anyone else", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(content.url);
    const flooder = track(controlClient(content.url, workshop.id, kari.token));
    const calm = track(controlClient(content.url, workshop.id, lars.token));
    const seen = notices(flooder);
    await Promise.all([connected(flooder), connected(calm)]);
    const acks = await Promise.all(
      Array.from({ length: 40 }, (_, i) => flooder.emitWithAck("hand:set", { raised: i % 2 === 0 })),
    );
    const refused = acks.filter((a) => !a.ok && a.error === "rate_limited").length;
    expect(refused).toBeGreaterThanOrEqual(25);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(5);
    await eventually(() => seen.includes("too_fast"), "the flooder is told to slow down");
    expect(await calm.emitWithAck("hand:set", { raised: true })).toMatchObject({ ok: true });
  });
});
