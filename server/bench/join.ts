/**
 * Joining and coming back (issue 11): how long a client takes to hold the complete document of a
 * 1 MB board when the room is open, when it was idle and is read from storage, and first after a
 * restart; and a reconnect storm, many clients over many workshops after a SIGKILL.
 *
 * Run: `pnpm --filter @oppdag/server bench:join` (`pnpm bench` runs it too). Env: BENCH_JOIN_MB=1,
 * BENCH_JOIN_RUNS=10, BENCH_STORM_CLIENTS=1000, BENCH_STORM_WORKSHOPS=20. Writes .tmp/bench-join.md.
 * Clients are real y-websocket providers with the browser's settings (maxBackoffTime 5 s).
 */
import fs from "node:fs";
import path from "node:path";
import { addCard, boardMaps, syncProtocols } from "@oppdag/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createWorkshop, join } from "../test/helpers/factories";
import { startServer, type TestServer } from "../test/helpers/serverProcess";
import { startBenchServer } from "./roomServers";

const MB = Number(process.env.BENCH_JOIN_MB ?? 1);
const RUNS = Number(process.env.BENCH_JOIN_RUNS ?? 10);
const STORM_CLIENTS = Number(process.env.BENCH_STORM_CLIENTS ?? 1000);
const STORM_WORKSHOPS = Number(process.env.BENCH_STORM_WORKSHOPS ?? 20);
const env = {
  JOIN_RATE_PER_MINUTE: "10000000",
  API_RATE_PER_MINUTE: "10000000",
  MAX_CLIENTS_PER_WORKSHOP: String(Math.max(250, Math.ceil(STORM_CLIENTS / STORM_WORKSHOPS) + 10)),
};

/** A provider as the browser makes it; resolves once it holds the server's whole document. */
function connect(server: TestServer, workshopId: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(`${server.wsUrl}/sync`, workshopId, doc, {
    protocols: syncProtocols(token),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 5000,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return { doc, provider, synced };
}

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return `p50 ${at(0.5).toFixed(0)} ms · max ${at(1).toFixed(0)} ms (n=${s.length})`;
};

/** Cards of realistic text, added until the document's update is `MB` megabytes. */
function fillBoard(doc: Y.Doc, authorId: string): number {
  const text =
    "Kongekrabbe og sporbarhet: IT-selskapene i Tromsø kan levere sanntidsdata om fangst og kvalitet til markedene i Asia. ";
  let cards = 0;
  while (Y.encodeStateAsUpdate(doc).byteLength < MB * 1024 * 1024) {
    doc.transact(() => {
      for (let i = 0; i < 200; i++, cards++)
        addCard(
          doc,
          { kind: "idea", x: (cards % 50) * 220, y: Math.floor(cards / 50) * 140, text: `${cards}: ${text}${text}` },
          { id: authorId, group: "industry" },
        );
    });
  }
  return cards;
}

const rows: string[] = [];

// 0. The y-websocket reference (in memory) with the same board: only its open room compares.
{
  const reference = await startBenchServer("reference", { rooms: 1, clients: 1 });
  const [spec] = await reference.clients(1, 1, 1);
  const url = spec?.url as string;
  const open = (doc = new Y.Doc()) => {
    const provider = new WebsocketProvider(
      url.slice(0, url.lastIndexOf("/")),
      url.slice(url.lastIndexOf("/") + 1),
      doc,
      {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    return { doc, provider, synced: new Promise<void>((resolve) => provider.once("sync", () => resolve())) };
  };
  const writer = open();
  await writer.synced;
  const cards = fillBoard(writer.doc, "bench");
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = now();
    const c = open();
    await c.synced;
    if (boardMaps(c.doc).cards.size !== cards) {
      c.provider.destroy();
      await sleep(200);
      continue; // the writer's last cards were still on their way
    }
    times.push(now() - start);
    c.provider.destroy();
  }
  writer.provider.destroy();
  await reference.stop();
  rows.push(`y-websocket reference, join the same board, room open (in memory): ${stats(times)}`);
}

// 1. A 1 MB board: open room, idle room read from storage, first join after a restart.
{
  let server = await startServer({ bundle: true, env });
  const w = await createWorkshop(server.url, "Stor tavle");
  const people: Array<Awaited<ReturnType<typeof join>>> = [];
  for (let i = 0; i < RUNS * 3 + 1; i++) people.push(await join(server.url, w.id, w.invites.participant, `P${i}`));
  const writer = connect(server, w.id, people[0]?.token as string);
  await writer.synced;
  const cards = fillBoard(writer.doc, people[0]?.participant.id as string);
  const bytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
  // Until the server has every card, the figures would measure a smaller board.
  for (;;) {
    const probe = connect(server, w.id, people[1]?.token as string);
    await probe.synced;
    const complete = boardMaps(probe.doc).cards.size === cards;
    probe.provider.destroy();
    if (complete) break;
    await sleep(200);
  }
  let next = 1;
  const timeJoin = async () => {
    const start = now();
    const c = connect(server, w.id, people[next++]?.token as string);
    await c.synced;
    const ms = now() - start;
    if (boardMaps(c.doc).cards.size !== cards) throw new Error("joined an incomplete board");
    c.provider.destroy();
    return ms;
  };
  const open: number[] = [];
  for (let i = 0; i < RUNS; i++) open.push(await timeJoin());
  writer.provider.destroy();
  // Nobody left: the room unloads, and the next join reads the document from SQLite.
  const idle: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await sleep(300);
    idle.push(await timeJoin());
  }
  const restart: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await server.kill("SIGTERM");
    server = await startServer({ bundle: true, env, dataDir: server.dataDir, port: server.port });
    restart.push(await timeJoin());
  }
  await server.kill("SIGTERM");
  fs.rmSync(server.dataDir, { recursive: true, force: true });
  const board = `${cards} cards, ${(bytes / 1024 / 1024).toFixed(2)} MB`;
  rows.push(`Join a ${board}, room open, connect to complete document: ${stats(open)}`);
  rows.push(`Join a ${board}, room idle, read from storage: ${stats(idle)}`);
  rows.push(`Join a ${board}, first after a restart: ${stats(restart)}`);
}

// 2. A reconnect storm: everyone comes back at once after a SIGKILL.
{
  let server = await startServer({ bundle: true, env });
  const per = Math.ceil(STORM_CLIENTS / STORM_WORKSHOPS);
  const clients: Array<ReturnType<typeof connect> & { workshop: number }> = [];
  const workshops: Array<{ id: string; newcomer: string }> = [];
  for (let k = 0; k < STORM_WORKSHOPS; k++) {
    const w = await createWorkshop(server.url, `Storm ${k}`);
    const people = await Promise.all(
      Array.from({ length: per + 1 }, (_, i) => join(server.url, w.id, w.invites.participant, `P${i}`)),
    );
    workshops.push({ id: w.id, newcomer: people[per]?.token as string });
    for (const p of people.slice(0, per)) clients.push({ ...connect(server, w.id, p.token), workshop: k });
  }
  await Promise.all(clients.map((c) => c.synced));
  // A workshop-sized board in each (300 cards), written by its first client.
  for (let k = 0; k < STORM_WORKSHOPS; k++) {
    const first = clients[k * per];
    first?.doc.transact(() => {
      for (let i = 0; i < 300; i++)
        addCard(first.doc, { kind: "idea", x: i, y: 0, text: `Kort ${i}` }, { id: "bench", group: "industry" });
    });
  }
  const seen = () => clients.every((c) => boardMaps(c.doc).cards.size >= 300);
  while (!seen()) await sleep(50);
  const observed = clients.map((c) => new Set(boardMaps(c.doc).cards.keys()));

  await server.kill("SIGKILL");
  const resynced = clients.map(
    (c) =>
      new Promise<void>((resolve) => {
        // 'sync' fires with false when the socket drops, then with true once synced again.
        const onSync = (synced: boolean) => {
          if (!synced) return;
          c.provider.off("sync", onSync);
          resolve();
        };
        c.provider.on("sync", onSync);
      }),
  );
  server = await startServer({ bundle: true, env, dataDir: server.dataDir, port: server.port });
  const listening = now();
  const joiner = connect(server, workshops[0]?.id as string, workshops[0]?.newcomer as string);
  const joinerMs = joiner.synced.then(() => now() - listening);
  await Promise.all(resynced);
  const allMs = now() - listening;
  // Nothing anyone had seen before the kill may be missing from what the restarted server holds.
  let missing = 0;
  for (let k = 0; k < STORM_WORKSHOPS; k++) {
    const fresh = connect(server, workshops[k]?.id as string, workshops[k]?.newcomer as string);
    await fresh.synced;
    const held = new Set(boardMaps(fresh.doc).cards.keys());
    for (let i = k * per; i < (k + 1) * per; i++) for (const id of observed[i] ?? []) if (!held.has(id)) missing++;
    fresh.provider.destroy();
  }
  rows.push(
    `Reconnect storm, ${clients.length} clients over ${STORM_WORKSHOPS} workshops after SIGKILL: all synced ${allMs.toFixed(0)} ms after the restarted server listened; a new joiner meanwhile ${(await joinerMs).toFixed(0)} ms; ${missing} observed cards missing`,
  );
  for (const c of clients) c.provider.destroy();
  joiner.provider.destroy();
  await server.kill("SIGTERM");
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

const report = rows.join("\n");
console.log(report);
const out = path.resolve(import.meta.dirname, "../../.tmp/bench-join.md");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${report}\n`);
process.exit(0);
