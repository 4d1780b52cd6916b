import { addActionItem, addCard, addLink, boardMaps, readActionItems } from "@oppdag/shared";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { eventually, type SyncClient, syncClient, waitForSynced } from "./helpers/clients";
import { createWorkshop, join } from "./helpers/factories";
import { seededRandom, testSeed } from "./helpers/random";
import { startServer, type TestServer } from "./helpers/serverProcess";

/**
 * Crash durability, proven by trying it: 20 clients write cards, links, action items and notes
 * without pause while the server is killed with SIGKILL at random moments and restarted. After
 * every restart, everything any client had received from the server must be there; at the end all
 * clients must converge. CI runs 20 kills with a fixed seed; FAULT_KILLS and FAULT_SEED run longer
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

describe(`fault injection (seed ${SEED}, ${KILLS} kills, ${CLIENTS} clients)`, () => {
  it("SIGKILL at random moments loses nothing any client had received, and everyone converges", async () => {
    const rnd = seededRandom(SEED);
    let server: TestServer = await startServer();
    cleanup.push(() => server.kill("SIGKILL"));
    const w = await createWorkshop(server.url, "Feiltest – æøå");
    const people: Array<Awaited<ReturnType<typeof join>>> = [];
    for (let i = 0; i < CLIENTS; i++) people.push(await join(server.url, w.id, w.invites.participant, `Deltaker ${i}`));
    const clients: SyncClient[] = people.map((p) => syncClient(server.wsUrl, w.id, p.token));
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
    const timers = clients.map((_, i) => setInterval(() => write(i), rnd.int(15, 60)));
    cleanup.push(() => timers.forEach(clearInterval));

    let checked = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((r) => setTimeout(r, rnd.int(150, 900)));
      // What each client has from others can only have come through the server: it was observed.
      const observed = new Set<string>();
      clients.forEach((c, i) => {
        for (const id of contents(c.doc)) if (!id.startsWith(`c${i}-`)) observed.add(id);
      });
      await server.kill("SIGKILL");
      server = await startServer({ dataDir: server.dataDir, port: server.port });

      const fresh = syncClient(server.wsUrl, w.id, people[0]?.token ?? "", new Y.Doc());
      await waitForSynced(fresh, 15_000);
      const present = contents(fresh.doc);
      fresh.destroy();
      const missing = [...observed].filter((id) => !present.has(id));
      expect(missing, `after kill ${kill + 1}: observed updates missing`).toEqual([]);
      checked += observed.size;
    }

    // Writers stop; every client reconnects by itself and all converge on the same document.
    for (const t of timers) clearInterval(t);
    const fingerprint = (doc: Y.Doc) => [...contents(doc)].sort().join(",");
    await eventually(
      () =>
        clients.every((c) => c.provider.synced && fingerprint(c.doc) === fingerprint((clients[0] as SyncClient).doc)),
      "all clients converge",
      30_000,
    );
    const final = syncClient(server.wsUrl, w.id, people[1]?.token ?? "", new Y.Doc());
    await waitForSynced(final, 15_000);
    await eventually(() => fingerprint(final.doc) === fingerprint((clients[0] as SyncClient).doc), "server has it all");
    final.destroy();
    expect(checked).toBeGreaterThan(KILLS * 10);
    console.info(
      `fault injection: ${KILLS} kills, ${checked} observed-update checks, ${contents((clients[0] as SyncClient).doc).size} items at the end`,
    );
  }, 300_000);
});
