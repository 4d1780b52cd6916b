import {
  type ClientToServerEvents,
  type LimitNotice,
  type ServerToClientEvents,
  type SessionView,
  SyncMessageType,
  syncProtocols,
} from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every frame this client received, in order (what `confirmed` and `handled` read). */
  frames: FrameLog;
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
  frames: FrameLog = [],
  /** The previous release's clients sent the token in the URL; the server still takes it. */
  options: { legacyTokenInUrl?: boolean } = {},
): SyncClient {
  const provider = new WebsocketProvider(`${wsUrl}/sync`, workshopId, doc, {
    ...(options.legacyTokenInUrl ? { params: { token } } : { protocols: syncProtocols(token) }),
    WebSocketPolyfill: recordingWebSocket(frames) as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one test process would sync around the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    frames,
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

/** Characters a websocket subprotocol may hold (RFC 6455: an HTTP token). */
const SUBPROTOCOL = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Opens a raw websocket to the sync endpoint and resolves with its close code. The token goes as a
 * subprotocol, as the browser sends it; junk no header can carry goes in the URL, the old way.
 */
export function rawSync(wsUrl: string, workshopId: string, token?: string) {
  const ws =
    token && !SUBPROTOCOL.test(token)
      ? new WebSocket(`${wsUrl}/sync/${workshopId}?token=${encodeURIComponent(token)}`)
      : new WebSocket(`${wsUrl}/sync/${workshopId}`, token ? syncProtocols(token) : []);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", reject);
  });
  return { ws, opened, closed };
}

/*
 * Waiting for facts, not time. The server relays and echoes an update only after it is durable, and
 * it handles each connection's frames in order, so a test can always wait for a reply instead of
 * sleeping:
 * - `confirmed`: everything in a client's document came back from the server (its own updates
 *   echoed after commit, everyone else's relayed). Use after writing.
 * - `roundTrip`: a sync step 1 answered by a step 2. The server answers only after it has handled
 *   every earlier frame on that connection and written everything applied so far, and it relays
 *   a durable update to every client before it answers. So after `roundTrip(offender)` and then
 *   `roundTrip(observer)`, anything the offender's frames would have made the server send the
 *   observer has arrived: the place to assert that nothing forbidden did.
 * - `handled`: the server has handled every frame this client sent so far (an awareness probe is
 *   echoed at once), without waiting for anything to be written.
 */

/** The sync updates (step 2 and updates) a client received, replayed into a document of their own. */
const heardDocs = new WeakMap<FrameLog, { doc: Y.Doc; read: number }>();

function heard(frames: FrameLog): Y.Doc {
  let h = heardDocs.get(frames);
  if (!h) {
    h = { doc: new Y.Doc(), read: 0 };
    heardDocs.set(frames, h);
  }
  for (; h.read < frames.length; h.read++) {
    const decoder = decoding.createDecoder(new Uint8Array(frames[h.read] as Buffer));
    if (decoding.readVarUint(decoder) !== 0) continue; // awareness
    const subType = decoding.readVarUint(decoder);
    if (subType === 1 || subType === 2) Y.applyUpdate(h.doc, decoding.readVarUint8Array(decoder));
  }
  return h.doc;
}

/** Whether the server has sent this client back everything its document holds. */
export function isConfirmed(client: SyncClient): boolean {
  return Y.equalSnapshots(Y.snapshot(heard(client.frames)), Y.snapshot(client.doc));
}

/** Resolves once the server has echoed or relayed everything in the client's document: it is stored. */
export function confirmed(client: SyncClient, timeoutMs = 5000): Promise<void> {
  return eventually(() => isConfirmed(client), "the server confirms everything in this client's document", timeoutMs);
}

/**
 * Sends a sync step 1 on this connection and resolves on the server's step 2 (see above); rejects
 * if the connection closes first.
 */
export function roundTrip(target: SyncClient | WebSocket, timeoutMs = 5000): Promise<void> {
  const ws = "provider" in target ? (target.provider.ws as unknown as WebSocket | null) : target;
  if (!ws) return Promise.reject(new Error("round trip: not connected"));
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0); // sync
  encoding.writeVarUint(enc, 0); // step 1
  encoding.writeVarUint8Array(enc, Y.encodeStateVector("provider" in target ? target.doc : new Y.Doc()));
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      ws.off("message", onMessage);
      ws.off("close", onClose);
      if (err) reject(err);
      else resolve();
    };
    const onMessage = (data: Buffer | ArrayBuffer) => {
      const bytes = new Uint8Array(data as ArrayBuffer);
      if (bytes[0] === 0 && bytes[1] === 1) done();
    };
    const onClose = () => done(new Error("round trip: connection closed"));
    const timer = setTimeout(() => done(new Error("round trip: no answer in time")), timeoutMs);
    ws.on("message", onMessage);
    ws.on("close", onClose);
    ws.send(encoding.toUint8Array(enc));
  });
}

/** Whether a frame is an awareness update carrying `probe` for this awareness id. */
function carriesProbe(frame: Buffer, clientId: number, probe: string): boolean {
  const decoder = decoding.createDecoder(new Uint8Array(frame));
  if (decoding.readVarUint(decoder) !== 1) return false;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  for (let n = decoding.readVarUint(update); n > 0; n--) {
    const id = decoding.readVarUint(update);
    decoding.readVarUint(update); // clock
    const state = JSON.parse(decoding.readVarString(update)) as { probe?: unknown } | null;
    if (id === clientId && state?.probe === probe) return true;
  }
  return false;
}

let probes = 0;

/** Resolves once the server has handled every frame this client sent so far (nothing need be written). */
export async function handled(client: SyncClient, timeoutMs = 5000): Promise<void> {
  const probe = `probe-${++probes}`;
  const from = client.frames.length;
  client.provider.awareness.setLocalStateField("probe", probe);
  // The server sends nobody their own presence back, but answers a presence query with everyone's
  // state at once: the answer comes after every frame sent before it, and carries the probe.
  const query = encoding.createEncoder();
  encoding.writeVarUint(query, SyncMessageType.QueryAwareness);
  client.provider.ws?.send(encoding.toUint8Array(query));
  await eventually(
    () => client.frames.slice(from).some((f) => carriesProbe(f, client.doc.clientID, probe)),
    "the server answers this client's presence query with its probe",
    timeoutMs,
  );
}

/**
 * A person on the control channel: the latest session view, every event and notice received, and
 * `ask` for an acknowledged request. `cleanup` gets the disconnect.
 */
export async function controlPerson(url: string, workshopId: string, token: string, cleanup: Array<() => unknown>) {
  const socket = controlClient(url, workshopId, token);
  cleanup.push(() => socket.disconnect());
  const received: string[] = [];
  const notices: LimitNotice[] = [];
  let view: SessionView | null = null;
  socket.onAny((_event, ...args) => received.push(JSON.stringify(args)));
  socket.on("session:state", (v) => {
    view = v;
  });
  socket.on("session:notice", ({ code }) => notices.push(code));
  await connected(socket);
  await eventually(() => view !== null, "first session state");
  return {
    socket,
    received,
    notices,
    view: () => view as unknown as SessionView,
    ask: (event: Parameters<ControlClient["emitWithAck"]>[0], payload: unknown) =>
      (socket.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; error?: string }>)(event, payload),
  };
}

/**
 * A Yjs update made outside the client's own document (so the client's later edits do not depend
 * on it): `change` runs on a copy of `base`, and only what it adds is encoded.
 */
export function forgedUpdate(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  change(copy);
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}

/** Sends a raw y-websocket update frame on a client's own connection. */
export function sendRaw(client: SyncClient, update: Uint8Array): void {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Sync);
  syncProtocol.writeUpdate(enc, update);
  (client.provider.ws as unknown as WebSocket).send(encoding.toUint8Array(enc));
}
