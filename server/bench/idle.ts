/**
 * The idle server (issue 11): how long the production bundle takes to start listening, its RSS
 * when it has just started and once idle, and what each connected client adds, beside the
 * y-websocket reference server measured the same way in the same run.
 *
 * Run: `pnpm --filter @oppdag/server bench:idle` (builds the bundle first; `pnpm bench` runs it
 * last). Env: BENCH_IDLE_RUNS=3 starts per server, BENCH_IDLE_S=15 seconds left idle (V8 gives
 * back the start-up heap after about ten), BENCH_IDLE_CLIENTS=200 clients in one workshop.
 * Both servers run with bench/gcProbe.cjs, so the per-client figures are also taken after a full
 * garbage collection (RSS alone counts the joins' garbage until V8 gets round to it).
 * Writes .tmp/bench-idle.md.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { syncClient, waitForSynced } from "../test/helpers/clients";
import { createWorkshop, join } from "../test/helpers/factories";
import { memoryMb } from "./roomStats";

const RUNS = Number(process.env.BENCH_IDLE_RUNS ?? 3);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 15);
const CLIENTS = Number(process.env.BENCH_IDLE_CLIENTS ?? 200);
const serverDir = path.resolve(import.meta.dirname, "..");

interface Started {
  pid: number;
  port: number;
  startMs: number;
  /** Memory right after a full garbage collection (bench/gcProbe.cjs), in bytes. */
  afterGc(): Promise<{ rss: number; heap: number }>;
  stop(): Promise<void>;
}

/** Spawns `args` and resolves when it logs its listening line, with the time that took. */
function start(kind: "oppdag" | "reference"): Promise<Started> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-idle-"));
  const probe = ["--expose-gc", "--require", path.join(import.meta.dirname, "gcProbe.cjs")];
  const args = [...probe, kind === "oppdag" ? "dist/index.mjs" : path.join(import.meta.dirname, "referenceServer.mjs")];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      API_RATE_PER_MINUTE: "100000",
      JOIN_RATE_PER_MINUTE: "100000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr.on("data", (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const match = out.match(/"event":"listening","port":(\d+)/);
      if (!match) return;
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      resolve({
        pid: child.pid as number,
        port: Number(match[1]),
        startMs: performance.now() - t0,
        afterGc: () =>
          new Promise((done) => {
            const seen = out.length;
            const look = () => {
              const match = out.slice(seen).match(/GC_PROBE (\{.*\})/);
              if (!match) return;
              child.stderr.off("data", look);
              done(JSON.parse(match[1] as string));
            };
            child.stderr.on("data", look);
            child.kill("SIGUSR2");
          }),
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => {
              fs.rmSync(dataDir, { recursive: true, force: true });
              done();
            });
            child.kill("SIGTERM");
          }),
      });
    });
    child.once("exit", (code) => reject(new Error(`${kind} exited with ${code}:\n${out}`)));
  });
}

const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

/**
 * Prepares `CLIENTS` clients for one room (Oppdag's join over HTTP, which the reference has no
 * counterpart of, so it is done before the baseline), then connects them, each synced before the
 * next. Resolves with a function that disconnects them.
 */
async function prepare(kind: "oppdag" | "reference", port: number): Promise<() => Promise<() => void>> {
  const base = `http://127.0.0.1:${port}`;
  const providers: Array<{ destroy(): void }> = [];
  const disconnect = () => {
    for (const p of providers) p.destroy();
  };
  if (kind === "oppdag") {
    const workshop = await createWorkshop(base, "Tomgang i Bodø");
    const people: Array<Awaited<ReturnType<typeof join>>> = [];
    for (let i = 0; i < CLIENTS; i++)
      people.push(await join(base, workshop.id, workshop.invites.participant, `Deltaker ${i}`, "industry"));
    return async () => {
      for (const person of people) {
        const client = syncClient(`ws://127.0.0.1:${port}`, workshop.id, person.token);
        await waitForSynced(client, 30_000);
        providers.push(client);
      }
      return disconnect;
    };
  }
  return async () => {
    for (let i = 0; i < CLIENTS; i++) {
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, "idle", new Y.Doc(), {
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      });
      await new Promise<void>((resolve) => provider.once("sync", () => resolve()));
      providers.push(provider);
    }
    return disconnect;
  };
}

interface Run {
  startMs: number;
  rssStartMb: number;
  rssIdleMb: number;
  perClientKb: number;
  /** What each client adds once garbage is collected: RSS and JavaScript heap, KB. */
  perClientGcKb: number;
  perClientHeapKb: number;
}

async function measure(kind: "oppdag" | "reference"): Promise<Run> {
  const server = await start(kind);
  const rssStartMb = memoryMb(server.pid).rss;
  await sleep(IDLE_S);
  const rssIdleMb = memoryMb(server.pid).rss;
  const connect = await prepare(kind, server.port);
  await sleep(IDLE_S);
  const rssJoinedMb = memoryMb(server.pid).rss;
  const before = await server.afterGc();
  const disconnect = await connect();
  // Idle again, so what is counted is what the clients hold, not the garbage of their joining.
  await sleep(IDLE_S);
  const perClientKb = ((memoryMb(server.pid).rss - rssJoinedMb) * 1024) / CLIENTS;
  const after = await server.afterGc();
  disconnect();
  await server.stop();
  const kb = (bytes: number) => bytes / 1024 / CLIENTS;
  return {
    startMs: server.startMs,
    rssStartMb,
    rssIdleMb,
    perClientKb,
    perClientGcKb: kb(after.rss - before.rss),
    perClientHeapKb: kb(after.heap - before.heap),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const range = (xs: number[], digits = 0) => {
  const lo = Math.min(...xs).toFixed(digits);
  const hi = Math.max(...xs).toFixed(digits);
  return lo === hi ? lo : `${lo}–${hi}`;
};

const rows: string[] = [];
for (const kind of ["oppdag", "reference"] as const) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(kind));
  const col = (pick: (r: Run) => number, digits = 0) =>
    `${median(runs.map(pick)).toFixed(digits)} (${range(runs.map(pick), digits)})`;
  rows.push(
    `| ${kind === "oppdag" ? "Oppdag (dist bundle)" : "y-websocket reference"} | ${col((r) => r.startMs)} | ${col((r) => r.rssStartMb)} | ${col((r) => r.rssIdleMb)} | ${col((r) => r.perClientKb)} | ${col((r) => r.perClientGcKb)} | ${col((r) => r.perClientHeapKb, 1)} |`,
  );
}
const table = [
  `Idle server, ${RUNS} starts each; idle = ${IDLE_S} s after start; clients: ${CLIENTS} synced y-websocket clients in one room (Oppdag's joins over HTTP made before the baseline), RSS once idle again after the last connected.`,
  "",
  "| server | start to listening, ms | RSS at start, MB | RSS idle, MB | per connected client, KB | per client after a full GC: RSS, KB | heap, KB |",
  "|---|---|---|---|---|---|---|",
  ...rows,
].join("\n");
console.log(table);
const out = path.resolve(import.meta.dirname, "../../.tmp/bench-idle.md");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${table}\n`);
process.exit(0);
