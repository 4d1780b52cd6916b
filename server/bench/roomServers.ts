/**
 * The two servers the room bench compares, each as its own process, and the clients of a
 * scenario for each: Oppdag's join through the HTTP API first, the reference server's need only
 * a room name.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SYNC_PATH, syncProtocols } from "@oppdag/shared";
import { createWorkshop, join } from "../test/helpers/factories";
import { startServer } from "../test/helpers/serverProcess";
import type { ClientSpec } from "./roomClient";

export type ServerKind = "oppdag" | "reference";

export interface BenchServer {
  kind: ServerKind;
  pid: number;
  /** Output so far (Oppdag logs a line per refused presence, which the report counts). */
  output(): string;
  /** Creates `rooms` rooms of `clients` clients, the first `editors` of each writing. */
  clients(rooms: number, clients: number, editors: number): Promise<ClientSpec[]>;
  /** A plain HTTP URL the server answers at once: what a load balancer's health check asks. */
  healthUrl: string;
  stop(): Promise<void>;
}

export interface RoomShape {
  rooms: number;
  clients: number;
}

export function startBenchServer(kind: ServerKind, shape: RoomShape): Promise<BenchServer> {
  return kind === "oppdag" ? startOppdag(shape) : startReference();
}

/** Runs `task` for 0..n-1, `lanes` at a time. */
async function pool(n: number, lanes: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, n) }, lane));
}

async function startOppdag(shape: RoomShape): Promise<BenchServer> {
  // As production runs it: the compiled bundle, not TypeScript compiled by tsx at start.
  const server = await startServer({
    bundle: true,
    // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
    nodeArgs: process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean),
    env: {
      PRESENCE_WINDOW_MS: process.env.PRESENCE_WINDOW_MS ?? "50",
      DOCX_WARMUP: "0",
      // Setting up a thousand workshops is not an attack; the capacity limits must fit the scenario.
      API_RATE_PER_MINUTE: "10000000",
      JOIN_RATE_PER_MINUTE: "10000000",
      MAX_OPEN_WORKSHOPS: String(Math.max(200, shape.rooms + 10)),
      MAX_CLIENTS_PER_WORKSHOP: String(Math.max(250, shape.clients + 10)),
    },
  });
  return {
    kind: "oppdag",
    pid: server.process.pid as number,
    healthUrl: `${server.url}/api/health`,
    output: server.output,
    async clients(rooms, clients, editors) {
      const specs: ClientSpec[] = [];
      await pool(rooms, 8, async (room) => {
        const workshop = await createWorkshop(server.url, `Benk ${room}`);
        for (let i = 0; i < clients; i++) {
          const p = await join(server.url, workshop.id, workshop.invites.participant, `Deltaker ${i}`, "industry");
          specs.push({
            index: room * clients + i,
            url: `${server.wsUrl}${SYNC_PATH}/${workshop.id}`,
            protocols: syncProtocols(p.token),
            participantId: p.participant.id,
            editor: i < editors,
          });
        }
      });
      return specs.sort((a, b) => a.index - b.index);
    },
    async stop() {
      await server.kill();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    },
  };
}

/** @y/websocket-server in memory, through bench/referenceServer.mjs (plain JavaScript, as it ships). */
async function startReference(): Promise<BenchServer> {
  const env = { ...process.env };
  // Its persistence and webhook switches stay off: the reference is measured in memory.
  delete env.YPERSISTENCE;
  delete env.CALLBACK_URL;
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "referenceServer.mjs")], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    out += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`reference server did not start:\n${out}`)), 20_000);
    child.stdout.on("data", () => {
      const match = out.match(/"event":"listening","port":(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`reference server exited with ${code}:\n${out}`));
    });
  });
  return {
    kind: "reference",
    pid: child.pid as number,
    // It answers any plain GET with "okay".
    healthUrl: `http://127.0.0.1:${port}/`,
    output: () => out,
    async clients(rooms, clients, editors) {
      return Array.from({ length: rooms * clients }, (_, index) => ({
        index,
        url: `ws://127.0.0.1:${port}/bench-${Math.floor(index / clients)}`,
        protocols: [],
        participantId: `p${index}`,
        editor: index % clients < editors,
      }));
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
