import path from "node:path";
import { addActionItem, addCard, addLink, boardMaps, readActionItems } from "@oppdag/shared";
import Database from "better-sqlite3";
import * as decoding from "lib0/decoding";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { eventually, type FrameLog, type SyncClient, syncClient, waitForSynced } from "./helpers/clients";
import { createWorkshop, join } from "./helpers/factories";
import { seededRandom, testSeed } from "./helpers/random";
import { startServer, type TestServer } from "./helpers/serverProcess";

/**
 * Crash durability, proven by trying it: 20 clients write cards, links, action items and notes
 * without pause while the server is killed with SIGKILL at random moments and restarted. Every
 * frame each client receives is recorded and replayed into a separate document, so the test knows
 * exactly what the server had sent: updates from others, and the echoes that confirm a client's own
 * writes. After every kill, all of it must be in the SQLite file the dead server left (read before
 * any client can re-send it); at the end all clients must converge. CI runs 20 kills with a fixed seed; FAULT_KILLS and FAULT_SEED run longer
 * or other schedules locally (`FAULT_KILLS=200 pnpm test:server -- faultInjection`).
 */
const SEED = testSeed("FAULT_SEED", 7);
const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const CLIENTS = 20;

const cleanup: Array<() => unknown> = [];
afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** Everything in a document, by the ids its writers gave it (client index first). */
function contents(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const { cards, links, notes } = boardMaps(doc);
  for (const id of cards.keys()) ids.add(id);
  for (const id of links.keys()) ids.add(id);
  for (const item of readActionItems(doc)) ids.add(item.id);
  for (const marker of notes.toString().match(/c\d+-n\d+/g) ?? []) ids.add(marker);
  return ids;
}

/** The workshop's document exactly as stored in the SQLite file (WAL recovered on open). */
function storedDoc(dataDir: string, workshopId: string): Y.Doc {
  const db = new Database(path.join(dataDir, "oppdag.sqlite"));
  try {
    const rows = db
      .prepare("SELECT data FROM doc_updates WHERE workshop_id = ? ORDER BY seq")
      .all(workshopId) as Array<{
      data: Buffer;
    }>;
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
    });
    return doc;
  } finally {
    db.close();
  }
}

/** Applies the sync frames (step 2 and updates) a client received since the last call. */
function replayNewFrames(r: { frames: FrameLog; doc: Y.Doc; read: number }): void {
  for (; r.read < r.frames.length; r.read++) {
    const decoder = decoding.createDecoder(new Uint8Array(r.frames[r.read] as Buffer));
    if (decoding.readVarUint(decoder) !== 0) continue; // awareness and others
    const subType = decoding.readVarUint(decoder);
    if (subType === 1 || subType === 2) Y.applyUpdate(r.doc, decoding.readVarUint8Array(decoder));
  }
}

describe(`fault injection (seed ${SEED}, ${KILLS} kills, ${CLIENTS} clients)`, () => {
  it("SIGKILL at random moments loses nothing any client had received, and everyone converges", async () => {
    const rnd = seededRandom(SEED);
    // The board grows past the default card limit here; this test is about crashes, not limits.
    const env = { MAX_CARDS_PER_BOARD: "1000000" };
    let server: TestServer = await startServer({ env });
    cleanup.push(() => server.kill("SIGKILL"));
    const w = await createWorkshop(server.url, "Feiltest – æøå");
    const people: Array<Awaited<ReturnType<typeof join>>> = [];
    for (let i = 0; i < CLIENTS; i++) people.push(await join(server.url, w.id, w.invites.participant, `Deltaker ${i}`));
    // Everything the server sent any client, replayed into one document (echoes included).
    const heard = new Y.Doc();
    const received = people.map(() => ({ frames: [] as FrameLog, doc: heard, read: 0 }));
    const clients: SyncClient[] = people.map((p, i) =>
      syncClient(server.wsUrl, w.id, p.token, new Y.Doc(), received[i]?.frames),
    );
    for (const c of clients) cleanup.push(() => c.destroy());
    await Promise.all(clients.map((c) => waitForSynced(c, 15_000)));

    // Each client writes on its own schedule; ids say who wrote what.
    const counters = clients.map(() => 0);
    const ownCards: string[][] = clients.map(() => []);
    const write = (i: number) => {
      const doc = (clients[i] as SyncClient).doc;
      const n = (counters[i] ?? 0) + 1;
      counters[i] = n;
      const author = { id: people[i]?.participant.id ?? "", group: "industry" as const };
      const roll = rnd.next();
      const mine = ownCards[i] as string[];
      if (roll < 0.55 || mine.length < 2) {
        mine.push(
          addCard(
            doc,
            { kind: "idea", x: n * 10, y: i * 150, text: `c${i} kort ${n} – Sámi čđŋ` },
            author,
            `c${i}-k${n}`,
          ),
        );
      } else if (roll < 0.75) {
        addLink(
          doc,
          mine[mine.length - 1] as string,
          mine[mine.length - 2] as string,
          author,
          `lenke ${n}`,
          `c${i}-l${n}`,
        );
      } else if (roll < 0.85) {
        addActionItem(doc, { title: `Tiltak ${i}.${n}`, goal: "Mål – åäö" }, `c${i}-a${n}`);
      } else {
        const p = new Y.XmlElement("paragraph");
        p.insert(0, [new Y.XmlText(`notat c${i}-n${n}`)]);
        boardMaps(doc).notes.push([p]);
      }
    };
    const timers = clients.map((_, i) => setInterval(() => write(i), rnd.int(30, 90)));
    cleanup.push(() => timers.forEach(clearInterval));

    let checked = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((r) => setTimeout(r, rnd.int(150, 900)));
      // Everything the server had sent anyone: others' writes and confirming echoes alike.
      for (const r of received) replayNewFrames(r);
      const observed = contents(heard);
      await server.kill("SIGKILL");
      // Read the file the dead server left, before anyone reconnects: the clients would otherwise
      // re-send what they hold and hide a loss.
      const present = contents(storedDoc(server.dataDir, w.id));
      const missing = [...observed].filter((id) => !present.has(id));
      expect(missing, `after kill ${kill + 1}: observed updates missing from storage`).toEqual([]);
      checked += observed.size;
      server = await startServer({ dataDir: server.dataDir, port: server.port, env });
    }

    // Writers stop; every client reconnects by itself and all converge on the same document.
    for (const t of timers) clearInterval(t);
    const fingerprint = (doc: Y.Doc) => [...contents(doc)].sort().join(",");
    // Polled slowly: reading 20 large documents is work that would slow the clients it waits for.
    const deadline = Date.now() + 60_000;
    let converged = false;
    while (!converged && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      const target = fingerprint((clients[0] as SyncClient).doc);
      converged = clients.every((c) => c.provider.synced && fingerprint(c.doc) === target);
    }
    expect(
      converged,
      `all clients converge: ${clients.map((c) => `${c.provider.wsconnected ? "on" : "off"}/${c.provider.synced ? "synced" : "-"}/${contents(c.doc).size}`).join(" ")}`,
    ).toBe(true);
    const final = syncClient(server.wsUrl, w.id, people[1]?.token ?? "", new Y.Doc());
    await waitForSynced(final, 15_000);
    await eventually(() => fingerprint(final.doc) === fingerprint((clients[0] as SyncClient).doc), "server has it all");
    final.destroy();
    expect(checked).toBeGreaterThan(KILLS * 10);
    console.info(
      `fault injection: ${KILLS} kills, ${checked} checks of updates the server had sent (others' writes and echoes), ${contents((clients[0] as SyncClient).doc).size} items at the end`,
    );
  }, 300_000);
});
