/**
 * A load-generator thread for the room bench: connects its share of the clients, runs the load
 * when told, and reports what it measured, including its own event-loop delay, so that a
 * saturated generator shows in the results instead of passing for a slow server.
 */
import { type EventLoopUtilization, monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { type ClientSpec, LoadClient, type Recorder } from "./roomClient";
import { Histogram, now } from "./roomStats";

export interface WorkerInput {
  clients: ClientSpec[];
  editHz: number;
  pointerHz: number;
  connectTimeoutMs: number;
  /** Connections opened at once, so a thousand handshakes do not all time out together. */
  connectConcurrency: number;
}

export type ToWorker = { type: "run"; from: number; to: number; stopAt: number };

export type FromWorker =
  | { type: "ready"; connected: number[]; failed: number; error?: string }
  | { type: "result"; result: WorkerResult };

export interface WorkerResult {
  sent: number[];
  moves: number;
  receipts: Array<[number, number]>;
  editLatency: { counts: Uint32Array; lost: number };
  cursorLatency: { counts: Uint32Array; lost: number };
  /** Presence frames each client received inside the window. */
  presenceFrames: number[];
  closes: Array<[number, number]>;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Share of the window this thread was busy, 0..1: near 1, the generator is the bottleneck. */
  utilization: number;
}

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error("roomWorker runs as a worker thread");

const rec: Recorder = {
  window: { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY },
  editLatency: new Histogram(),
  cursorLatency: new Histogram(),
  receipts: new Map(),
  sent: [],
  moves: 0,
  closes: new Map(),
};
const clients = input.clients.map((spec) => new LoadClient(spec, rec));

async function connectAll(): Promise<{ failed: number; error?: string }> {
  let next = 0;
  let failed = 0;
  let error: string | undefined;
  const lane = async () => {
    while (next < clients.length) {
      const client = clients[next++] as LoadClient;
      await client.connect(input.connectTimeoutMs).catch((err: Error) => {
        failed++;
        error ??= err.message;
      });
    }
  };
  await Promise.all(Array.from({ length: input.connectConcurrency }, lane));
  return { failed, error };
}

function run(msg: ToWorker) {
  rec.window = { from: msg.from, to: msg.to };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  for (const c of clients) if (c.synced) c.start(input.editHz, input.pointerHz);
  // The delay is sampled inside the window only: connecting and warming up are not the load.
  let busy: EventLoopUtilization | undefined;
  setTimeout(
    () => {
      loop.enable();
      busy = performance.eventLoopUtilization();
    },
    Math.max(0, msg.from - now()),
  );
  setTimeout(
    () => {
      loop.disable();
      busy = performance.eventLoopUtilization(busy);
    },
    Math.max(0, msg.to - now()),
  );
  setTimeout(() => {
    for (const c of clients) c.close();
    const result: WorkerResult = {
      sent: rec.sent,
      moves: rec.moves,
      receipts: [...rec.receipts],
      editLatency: { counts: rec.editLatency.counts, lost: 0 },
      cursorLatency: { counts: rec.cursorLatency.counts, lost: 0 },
      presenceFrames: clients.filter((c) => c.synced).map((c) => c.presenceFrames),
      closes: [...rec.closes],
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      loopDelayMaxMs: loop.max / 1e6,
      utilization: busy?.utilization ?? Number.NaN,
    };
    port?.postMessage({ type: "result", result } satisfies FromWorker);
  }, msg.stopAt - now());
}

port.on("message", (msg: ToWorker) => {
  if (msg.type === "run") run(msg);
});

const { failed, error } = await connectAll();
const connected = clients.filter((c) => c.synced).map((c) => c.spec.index);
port.postMessage({ type: "ready", connected, failed, error } satisfies FromWorker);
