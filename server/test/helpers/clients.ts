import type { ClientToServerEvents, ServerToClientEvents } from "@oppdag/shared";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** Every frame a recording client received, as raw bytes. */
export type FrameLog = Buffer[];

function recordingWebSocket(log: FrameLog) {
  return class RecordingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on("message", (data: Buffer | ArrayBuffer) => log.push(Buffer.from(data as ArrayBuffer)));
    }
  };
}

/** A real y-websocket client, as the browser uses it, over the ws package. */
export function syncClient(
  wsUrl: string,
  workshopId: string,
  token: string,
  doc = new Y.Doc(),
  frames?: FrameLog,
): SyncClient {
  const provider = new WebsocketProvider(`${wsUrl}/sync`, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: (frames ? recordingWebSocket(frames) : WebSocket) as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one test process would sync around the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function waitForSynced(client: SyncClient, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("not synced in time")), timeoutMs);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls until the predicate holds; fails with the message after the timeout. */
export async function eventually(
  predicate: () => boolean | Promise<boolean>,
  message: string,
  timeoutMs = 5000,
): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function controlClient(url: string, workshopId: string, token: string): ControlClient {
  return io(url, { auth: { token, workshopId }, transports: ["websocket"], reconnection: false, forceNew: true });
}

export function connected(socket: ControlClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", (err) => reject(err));
  });
}

/** Opens a raw websocket to the sync endpoint and resolves with its close code. */
export function rawSync(wsUrl: string, workshopId: string, token?: string) {
  const ws = new WebSocket(`${wsUrl}/sync/${workshopId}${token ? `?token=${token}` : ""}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", reject);
  });
  return { ws, opened, closed };
}
