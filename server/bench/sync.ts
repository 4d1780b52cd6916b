/**
 * Measures what a live workshop feels: how long a durable commit takes, how long until everyone
 * sees a new card, how long a late joiner waits for a full board, and how long an export takes.
 * Real server process, real y-websocket clients, real SQLite file. Run: `pnpm bench`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  ACTION_TEXT_FIELDS,
  actionItemsMap,
  addActionItem,
  addCard,
  addLink,
  boardFromDoc,
  boardMaps,
  provenanceFrom,
  type SessionView,
} from "@oppdag/shared";
import * as Y from "yjs";
import { openSqliteStorage } from "../src/storage/sqlite";
import {
  type ControlClient,
  connected,
  controlClient,
  type SyncClient,
  syncClient,
  waitForSynced,
} from "../test/helpers/clients";
import { join, workshopWithPeople } from "../test/helpers/factories";
import { startServer } from "../test/helpers/serverProcess";

const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] as number };
}
const fmt = (s: ReturnType<typeof stats>) =>
  `p50 ${s.p50.toFixed(2)} ms · p95 ${s.p95.toFixed(2)} ms · p99 ${s.p99.toFixed(2)} ms · max ${s.max.toFixed(2)} ms (n=${s.n})`;

async function benchCommits(synchronous: "FULL" | "NORMAL") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-bench-"));
  const storage = openSqliteStorage(dir, synchronous);
  const doc = new Y.Doc();
  let last: Uint8Array = new Uint8Array();
  doc.on("update", (update: Uint8Array) => {
    last = update;
  });
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    addCard(doc, { kind: "idea", x: i, y: 0, text: `Idé ${i} – æøå` }, { id: "p", group: "industry" });
    const t = performance.now();
    await storage.appendUpdates([{ workshopId: "bench", update: last }]);
    samples.push(performance.now() - t);
  }
  await storage.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return stats(samples);
}

async function main() {
  // Each y-websocket client in this process registers an exit handler.
  process.setMaxListeners(0);
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);

  log(`SQLite commit, one update per transaction, synchronous=FULL:   ${fmt(await benchCommits("FULL"))}`);
  log(`SQLite commit, one update per transaction, synchronous=NORMAL: ${fmt(await benchCommits("NORMAL"))}`);

  // As in production: the Word worker warms up at start.
  const server = await startServer({ env: { DOCX_WARMUP: "1" } });
  try {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const facilitator = await join(server.url, workshop.id, workshop.invites.facilitator, "Fasilitator", "facilitator");
    const writer = syncClient(server.wsUrl, workshop.id, kari.token);
    const watchers: SyncClient[] = [];
    for (let i = 0; i < WATCHERS; i++) {
      const p = await join(server.url, workshop.id, workshop.invites.participant, `Watcher ${i}`, "research");
      watchers.push(syncClient(server.wsUrl, workshop.id, p.token));
    }
    await Promise.all([writer, ...watchers].map((c) => waitForSynced(c, 20_000)));

    // Time from a card being added to the last of the watchers having it.
    const fanout: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const id = `card-${round}`;
      const seen = Promise.all(
        watchers.map(
          (w) =>
            new Promise<void>((resolve) => {
              const cards = boardMaps(w.doc).cards;
              if (cards.has(id)) return resolve();
              const check = () => {
                if (cards.has(id)) {
                  cards.unobserve(check);
                  resolve();
                }
              };
              cards.observe(check);
            }),
        ),
      );
      const t = performance.now();
      addCard(
        writer.doc,
        { kind: "strength", x: round * 10, y: 0, text: `Styrke ${round}` },
        { id: kari.participant.id, group: "industry" },
        id,
      );
      await seen;
      fanout.push(performance.now() - t);
    }
    log(`New card seen by all ${WATCHERS} other clients (durable write first): ${fmt(stats(fanout))}`);

    // A board of workshop size, then late joiners.
    const ids: string[] = [];
    writer.doc.transact(() => {
      for (let i = 0; i < 300 - ROUNDS; i++)
        ids.push(
          addCard(
            writer.doc,
            { kind: i % 2 ? "opportunity" : "strength", x: i * 20, y: 400, text: `Kort ${i} – æøå` },
            { id: kari.participant.id, group: "industry" },
          ),
        );
    });
    const all = [...boardMaps(writer.doc).cards.keys()];
    writer.doc.transact(() => {
      for (let i = 0; i < 200; i++)
        addLink(
          writer.doc,
          all[i] as string,
          all[(i + 7) % all.length] as string,
          { id: kari.participant.id, group: "industry" },
          `kobling ${i}`,
        );
    });
    await new Promise((r) => setTimeout(r, 500));
    const joins: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const late = syncClient(server.wsUrl, workshop.id, lars.token);
      await waitForSynced(late, 20_000);
      joins.push(performance.now() - t);
      late.destroy();
    }
    log(`Late joiner fully synced (300 cards, 200 links), connect to synced: ${fmt(stats(joins))}`);

    // A plan of workshop-outcome size: 100 action items, every field filled, on 8 focus areas.
    const links = [...boardMaps(writer.doc).links.keys()];
    writer.doc.transact(() => {
      for (let i = 0; i < 100; i++) {
        const id = addActionItem(writer.doc, {
          ...Object.fromEntries(ACTION_TEXT_FIELDS.map((f) => [f, `${f} ${i} – Sámi áčđŋšŧž, æøå, åäö`])),
          focusArea: `Innsatsområde ${i % 8}`,
          provenance: provenanceFrom(boardFromDoc(writer.doc), [links[i] as string]),
        });
        if (i % 2)
          actionItemsMap(writer.doc)
            .get(id)
            ?.set("matrix", { impact: (i % 10) / 10, feasibility: 0.6 });
      }
    });
    await new Promise((r) => setTimeout(r, 500));
    for (const format of ["md", "csv", "json", "docx", "html", "svg"]) {
      const exports: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export.${format}`, {
          headers: { authorization: `Bearer ${facilitator.token}` },
        });
        const body = await res.arrayBuffer();
        if (res.status !== 200 || body.byteLength === 0) throw new Error(`export.${format} failed: ${res.status}`);
        exports.push(performance.now() - t);
      }
      log(`Export .${format.padEnd(4)} over HTTP (300 cards, 200 links, 100 action items): ${fmt(stats(exports))}`);
    }
    // Word files are built in a worker thread: the live workshop must not wait for one.
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const exporting = fetch(`${server.url}/api/workshops/${workshop.id}/export.docx`, {
        headers: { authorization: `Bearer ${facilitator.token}` },
      }).then((r) => r.arrayBuffer());
      await new Promise((r) => setTimeout(r, 20));
      const t = performance.now();
      await fetch(`${server.url}/api/health`).then((r) => r.json());
      waits.push(performance.now() - t);
      await exporting;
    }
    log(`Health check answered while a .docx is being built: ${fmt(stats(waits))}`);

    // Session control: a facilitator's change (lock / unlock) until every participant has it.
    const people: ControlClient[] = [];
    for (let i = 0; i < WATCHERS; i++) {
      const p = await join(server.url, workshop.id, workshop.invites.participant, `Deltaker ${i}`, "industry");
      const socket = controlClient(server.url, workshop.id, p.token);
      await connected(socket);
      people.push(socket);
    }
    const lead = controlClient(server.url, workshop.id, facilitator.token);
    await connected(lead);
    const control: number[] = [];
    for (let round = 0; round < 50; round++) {
      const locked = round % 2 === 0;
      const seen = Promise.all(
        people.map(
          (socket) =>
            new Promise<void>((resolve) => {
              const onState = (view: SessionView) => {
                if (view.locked === locked) {
                  socket.off("session:state", onState);
                  resolve();
                }
              };
              socket.on("session:state", onState);
            }),
        ),
      );
      const t = performance.now();
      await lead.emitWithAck("board:lock", { locked });
      await seen;
      control.push(performance.now() - t);
    }
    log(`Facilitator's change (lock) seen by all ${WATCHERS} participants (saved first): ${fmt(stats(control))}`);
    for (const socket of [lead, ...people]) socket.disconnect();

    for (const c of [writer, ...watchers]) c.destroy();
  } finally {
    await server.kill();
  }
  fs.mkdirSync(path.resolve(import.meta.dirname, "../../.tmp"), { recursive: true });
  fs.writeFileSync(path.resolve(import.meta.dirname, "../../.tmp/bench.txt"), `${lines.join("\n")}\n`);
}

await main();
process.exit(0);
