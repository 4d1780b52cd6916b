import { addCard, boardFromDoc, boardMaps, CloseCode } from "@oppdag/shared";
import { afterEach, describe, expect, it } from "vitest";
import { confirmed, eventually, handled, rawSync, type SyncClient, syncClient, waitForSynced } from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function track(c: SyncClient) {
  cleanup.push(() => c.destroy());
  return c;
}

describe("durability", () => {
  it("every update another client observed survives SIGKILL and restart", async () => {
    let server: TestServer = await startServer();
    cleanup.push(() => server.kill("SIGKILL"));
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const writer = track(syncClient(server.wsUrl, workshop.id, kari.token));
    const watcher = track(syncClient(server.wsUrl, workshop.id, lars.token));
    await Promise.all([waitForSynced(writer), waitForSynced(watcher)]);

    const author = { id: kari.participant.id, group: "industry" as const };
    // Write continuously, and kill the server while writes are still in flight.
    let written = 0;
    const writing = setInterval(() => {
      for (let i = 0; i < 5; i++)
        addCard(writer.doc, { kind: "idea", x: written, y: 0, text: `Kort ${written++} – Sámi čđŋ` }, author);
    }, 5);
    await eventually(() => boardMaps(watcher.doc).cards.size >= 200, "watcher observes at least 200 cards", 10_000);
    const observed = boardFromDoc(watcher.doc).cards.map((c) => c.id);
    await server.kill("SIGKILL");
    clearInterval(writing);

    // Same port, so the original clients find it again by themselves.
    server = await startServer({ dataDir: server.dataDir, port: server.port });
    const fresh = track(syncClient(server.wsUrl, workshop.id, lars.token));
    await waitForSynced(fresh);
    const present = new Set(boardFromDoc(fresh.doc).cards.map((c) => c.id));
    const missing = observed.filter((id) => !present.has(id));
    expect(missing).toEqual([]);
    expect(present.size).toBeGreaterThanOrEqual(observed.length);

    // The original clients reconnect on their own and converge with the restarted server.
    await eventually(
      () =>
        boardMaps(writer.doc).cards.size === boardMaps(watcher.doc).cards.size &&
        boardMaps(fresh.doc).cards.size === boardMaps(writer.doc).cards.size,
      "all three converge",
      10_000,
    );
    expect(boardFromDoc(fresh.doc)).toEqual(boardFromDoc(writer.doc));
  });

  it("compacts the update log without losing anything", async () => {
    const server = await startServer({ env: { COMPACT_AFTER_UPDATES: "20" } });
    cleanup.push(() => server.kill("SIGKILL"));
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const a = track(syncClient(server.wsUrl, workshop.id, kari.token));
    await waitForSynced(a);
    for (let i = 0; i < 100; i++) {
      addCard(a.doc, { kind: "strength", x: i, y: 0, text: `S${i}` }, { id: kari.participant.id, group: "industry" });
      // Each card stored on its own, so the log really grows past the compaction threshold.
      await confirmed(a);
    }
    const b = track(syncClient(server.wsUrl, workshop.id, lars.token));
    await waitForSynced(b);
    await eventually(() => boardMaps(b.doc).cards.size === 100, "b sees all 100");
    a.destroy();
    b.destroy();
    await server.kill("SIGKILL");
    const again = await startServer({ dataDir: server.dataDir });
    cleanup.push(() => again.kill("SIGKILL"));
    const c = track(syncClient(again.wsUrl, workshop.id, lars.token));
    await waitForSynced(c);
    expect(boardMaps(c.doc).cards.size).toBe(100);
  });

  it("SIGTERM writes everything, closes sockets with the quiet-reconnect code, and exits cleanly", async () => {
    const server = await startServer();
    cleanup.push(() => server.kill("SIGKILL"));
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const writer = track(syncClient(server.wsUrl, workshop.id, kari.token));
    const raw = rawSync(server.wsUrl, workshop.id, lars.token);
    await Promise.all([waitForSynced(writer), raw.opened]);
    const author = { id: kari.participant.id, group: "industry" as const };
    for (let i = 0; i < 100; i++) addCard(writer.doc, { kind: "idea", x: i, y: 0, text: `Kort ${i}` }, author);
    // The server has every update, but need not have written them yet: SIGTERM must.
    await handled(writer);

    const exitCode = await server.kill("SIGTERM");
    expect(exitCode).toBe(0);
    // 4503 is not one of the codes the client treats as final: it reconnects without an error banner.
    expect((await raw.closed).code).toBe(CloseCode.ServerRestarting);

    const again = await startServer({ dataDir: server.dataDir });
    cleanup.push(() => again.kill("SIGKILL"));
    const fresh = track(syncClient(again.wsUrl, workshop.id, lars.token));
    await waitForSynced(fresh);
    expect(boardMaps(fresh.doc).cards.size).toBe(100);
  });
});
