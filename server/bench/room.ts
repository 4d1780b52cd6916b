/**
 * Rooms at scale, Oppdag against the y-websocket reference server in the same run with the same
 * load generator (issue 11): a full plenary, a workshop room with fast pointers, and many small
 * workshops. Each server runs as its own process; the clients run in worker threads of this one.
 *
 * Run: `pnpm --filter @oppdag/server bench:room` (`pnpm bench` runs it after bench/sync.ts). Env:
 * - BENCH_ROOM_SCENARIOS=full,workshop,many and BENCH_ROOM_SERVERS=oppdag,reference pick what runs;
 * - BENCH_WARMUP_S=3, BENCH_MEASURE_S=15, BENCH_GRACE_S=5 (late edits still counted), BENCH_WORKERS=2;
 * - BENCH_<FULL|WORKSHOP|MANY>_<ROOMS|CLIENTS|EDITORS|EDIT_HZ|POINTER_HZ> change a scenario;
 * - PRESENCE_WINDOW_MS (50) and SQLITE_SYNCHRONOUS (FULL) go to Oppdag; BENCH_SERVER_NODE_ARGS
 *   ("--cpu-prof --cpu-prof-dir=/tmp/prof") are node flags for its process.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { editorOf } from "./roomClient";
import { describe, type Outcome, RoomReport, type Scenario } from "./roomReport";
import { type BenchServer, type ServerKind, startBenchServer } from "./roomServers";
import { cpuSeconds, Histogram, memoryMb, now } from "./roomStats";
import type { FromWorker, ToWorker, WorkerInput, WorkerResult } from "./roomWorker";

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
};
const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(",").map((s) => s.trim());

const WARMUP_S = num("BENCH_WARMUP_S", 3);
const MEASURE_S = num("BENCH_MEASURE_S", 15);
/** How long after the window an edit sent inside it may still arrive (the load goes on meanwhile). */
const GRACE_S = num("BENCH_GRACE_S", 5);
const WORKERS = Math.max(1, num("BENCH_WORKERS", 2));
const SERVERS = list("BENCH_ROOM_SERVERS", "oppdag,reference") as ServerKind[];

/**
 * Asks the server's health URL every 200 ms until `until`, one request at a time, and returns the
 * round trips: how long a load balancer's check (or any HTTP request) waits behind the room's work.
 */
async function probeHealth(url: string, until: number): Promise<Histogram> {
  const trips = new Histogram();
  while (now() < until) {
    const start = now();
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
      trips.record(now() - start);
    } catch {
      trips.lost++;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 200 - (now() - start))));
  }
  return trips;
}

/** A scenario with issue 11's defaults, each figure overridable as BENCH_<ID>_<FIGURE>. */
function scenario(id: string, title: string, d: Omit<Scenario, "id" | "title">): Scenario {
  const env = (figure: string, fallback: number) => num(`BENCH_${id.toUpperCase()}_${figure}`, fallback);
  const clients = env("CLIENTS", d.clients);
  return {
    id,
    title,
    rooms: env("ROOMS", d.rooms),
    clients,
    editors: Math.min(clients, env("EDITORS", d.editors)),
    editHz: env("EDIT_HZ", d.editHz),
    pointerHz: env("POINTER_HZ", d.pointerHz),
  };
}

const SCENARIOS: Scenario[] = [
  scenario("full", "full room", { rooms: 1, clients: 200, editors: 30, editHz: 2, pointerHz: 10 }),
  scenario("workshop", "workshop room", { rooms: 1, clients: 60, editors: 10, editHz: 2, pointerHz: 30 }),
  scenario("many", "many rooms", { rooms: 1000, clients: 5, editors: 5, editHz: 1, pointerHz: 1 }),
].filter((s) => list("BENCH_ROOM_SCENARIOS", "full,workshop,many").includes(s.id));

function spawnWorker(input: WorkerInput): { worker: Worker; ready: Promise<FromWorker & { type: "ready" }> } {
  const worker = new Worker(new URL("./roomWorker.mjs", import.meta.url), { workerData: input });
  const ready = new Promise<FromWorker & { type: "ready" }>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (msg: FromWorker) => (msg.type === "ready" ? resolve(msg) : reject(new Error("no ready"))));
  });
  return { worker, ready };
}

async function measure(server: BenchServer, s: Scenario): Promise<Outcome> {
  const setupStart = now();
  const specs = await server.clients(s.rooms, s.clients, s.editors);
  const setupS = (now() - setupStart) / 1000;
  // Round robin, so each thread has readers and editors of every room.
  const shares = Array.from({ length: WORKERS }, (_, w) => specs.filter((_, i) => i % WORKERS === w));
  const workers = shares.map((clients) =>
    spawnWorker({
      clients,
      editHz: s.editHz,
      pointerHz: s.pointerHz,
      connectTimeoutMs: 30_000,
      connectConcurrency: 50,
    }),
  );
  try {
    const ready = await Promise.all(workers.map((w) => w.ready));
    console.log(
      `  ${specs.length} clients set up in ${setupS.toFixed(1)} s, synced ${((now() - setupStart) / 1000 - setupS).toFixed(1)} s later`,
    );
    const connectedPerRoom = new Map<number, number>();
    for (const r of ready)
      for (const index of r.connected) {
        const room = Math.floor(index / s.clients);
        connectedPerRoom.set(room, (connectedPerRoom.get(room) ?? 0) + 1);
      }

    const from = now() + WARMUP_S * 1000;
    const to = from + MEASURE_S * 1000;
    const stopAt = to + GRACE_S * 1000;
    const results = Promise.all(
      workers.map(
        ({ worker }) =>
          new Promise<WorkerResult>((resolve, reject) => {
            worker.on("message", (msg: FromWorker) => msg.type === "result" && resolve(msg.result));
            worker.once("error", reject);
          }),
      ),
    );
    for (const { worker } of workers) worker.postMessage({ type: "run", from, to, stopAt } satisfies ToWorker);

    await sleepUntil(from);
    const cpuFrom = cpuSeconds(server.pid);
    const health = probeHealth(server.healthUrl, to);
    const generatorFrom = process.cpuUsage();
    await sleepUntil(to);
    const cpuTo = cpuSeconds(server.pid);
    const healthRoundTrips = await health;
    const generator = process.cpuUsage(generatorFrom);
    const memory = memoryMb(server.pid);
    const measured = (to - from) / 1000;

    const all = await results;
    const edit = new Histogram();
    const cursor = new Histogram();
    const receipts = new Map<number, number>();
    const closes = new Map<number, number>();
    const frames: number[] = [];
    for (const r of all) {
      edit.merge(r.editLatency);
      cursor.merge(r.cursorLatency);
      for (const [key, n] of r.receipts) receipts.set(key, (receipts.get(key) ?? 0) + n);
      for (const [code, n] of r.closes) closes.set(code, (closes.get(code) ?? 0) + n);
      frames.push(...r.presenceFrames);
    }
    // Every (edit, other client of its room) pair that did not arrive counts as slower than any that did.
    let complete = 0;
    let sent = 0;
    for (const r of all)
      for (const key of r.sent) {
        const readers = (connectedPerRoom.get(Math.floor(editorOf(key) / s.clients)) ?? 1) - 1;
        const got = receipts.get(key) ?? 0;
        sent++;
        edit.lost += Math.max(0, readers - got);
        if (got >= readers) complete++;
      }
    const connected = ready.reduce((n, r) => n + r.connected.length, 0);
    return {
      connected,
      failed: ready.reduce((n, r) => n + r.failed, 0),
      editsPerS: sent / measured,
      movesPerS: all.reduce((n, r) => n + r.moves, 0) / measured,
      firstError: ready.find((r) => r.error)?.error,
      deliveredToAll: sent === 0 ? Number.NaN : complete / sent,
      edit,
      cursor,
      framesMean: frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length) / measured,
      framesMax: Math.max(0, ...frames) / measured,
      cpuPercent: ((cpuTo - cpuFrom) / measured) * 100,
      rssMb: memory.rss,
      peakRssMb: memory.peak,
      health: healthRoundTrips,
      loopP99Ms: Math.max(...all.map((r) => r.loopDelayP99Ms)),
      loopMaxMs: Math.max(...all.map((r) => r.loopDelayMaxMs)),
      utilization: Math.max(...all.map((r) => r.utilization)),
      generatorCpuPercent: ((generator.user + generator.system) / 1e6 / measured) * 100,
      closes,
      refusedPresence: server.output().split("presence for someone else refused").length - 1,
    };
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));

/** The env vars this run was given, so the report says how to repeat it. */
const command = () =>
  [
    ...Object.entries(process.env)
      .filter(([k]) => /^(BENCH_|PRESENCE_WINDOW_MS$|SQLITE_SYNCHRONOUS$)/.test(k))
      .map(([k, v]) => `${k}=${v}`),
    "pnpm --filter @oppdag/server bench:room",
  ].join(" ");

async function main() {
  const report = new RoomReport(GRACE_S);
  for (const s of SCENARIOS) {
    const outcomes = new Map<ServerKind, Outcome>();
    for (const kind of SERVERS) {
      console.log(`${describe(s)}: ${kind}…`);
      const server = await startBenchServer(kind, s);
      try {
        const o = await measure(server, s);
        outcomes.set(kind, o);
        report.add(s, kind, o, outcomes.size === 1);
        console.log(`  ${report.figures(o).join(" · ")}`);
      } finally {
        await server.stop();
      }
    }
    const a = outcomes.get("oppdag");
    const b = outcomes.get("reference");
    if (a && b) report.addRatio(a, b);
  }
  const cpu = os.cpus();
  const markdown = report.markdown([
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, node ${process.version}, ${new Date().toISOString()}`,
    `command: \`${command()}\``,
    `warm-up ${WARMUP_S} s, measured ${MEASURE_S} s, edits may arrive until ${GRACE_S} s after; ${WORKERS} generator threads; ` +
      `Oppdag PRESENCE_WINDOW_MS=${process.env.PRESENCE_WINDOW_MS ?? 50}, SQLITE_SYNCHRONOUS=${process.env.SQLITE_SYNCHRONOUS ?? "FULL"}`,
    "Edit percentiles count edits that never arrived as slower than any that did. CPU is % of one core.",
  ]);
  console.log(`\n${markdown}`);
  const out = path.resolve(import.meta.dirname, "../../.tmp/bench-room.md");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, markdown);
}

await main();
process.exit(0);
