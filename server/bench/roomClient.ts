/**
 * One simulated participant for the room bench, speaking raw y-protocols over `ws`: the sync
 * handshake, Y.Map edits and presence. No provider, no Awareness instance and, for readers, no
 * Y.Doc: hundreds of these share one thread, and the same code talks to Oppdag and to the
 * y-websocket reference server.
 */
import { SyncMessageType } from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { type Histogram, now } from "./roomStats";

/** Who one client is and where it connects. */
export interface ClientSpec {
  /** Unique across the run: names its edit key and its presence id. */
  index: number;
  url: string;
  /** Oppdag's subprotocols carrying the token; none for the reference server. */
  protocols: string[];
  /** The participant id presence must carry on Oppdag (anything on the reference). */
  participantId: string;
  editor: boolean;
}

/** The measured window, in `now()` time, shared by every client of a run. */
export interface Window {
  from: number;
  to: number;
}

/** What every client of a thread records into. */
export interface Recorder {
  window: Window;
  editLatency: Histogram;
  cursorLatency: Histogram;
  /** Edit key (see editKey) → readers that received it in time. */
  receipts: Map<number, number>;
  /** Keys of the edits sent inside the window. */
  sent: number[];
  /** Pointer moves sent inside the window. */
  moves: number;
  closes: Map<number, number>;
}

/** The map every edit goes into (not one of the board's id-checked maps). */
const MAP = "bench";
/** Presence ids are our own, so two clients never claim the same one (Oppdag refuses that). */
const PRESENCE_ID_BASE = 1000;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * What an edit writes. The editor travels in the value: a key's later writes are encoded relative
 * to the earlier one, without the key, so a reader decoding the update alone cannot see it.
 */
interface Edit {
  e: number;
  s: number;
  t: number;
}

/** One number per edit, so receipts can be counted in a Map across threads. */
export const editKey = (editor: number, seq: number) => editor * 1_000_000 + seq;
export const editorOf = (key: number) => Math.floor(key / 1_000_000);

function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Sync);
  encoding.writeVarUint(enc, kind);
  encoding.writeVarUint8Array(enc, payload);
  return encoding.toUint8Array(enc);
}

/** One presence state as y-protocols/awareness encodes it, built without an Awareness instance. */
function presenceFrame(id: number, clock: number, state: string): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, id);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, state);
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, SyncMessageType.Awareness);
  encoding.writeVarUint8Array(enc, encoding.toUint8Array(update));
  return encoding.toUint8Array(enc);
}

export class LoadClient {
  /** Awareness frames received inside the window. */
  presenceFrames = 0;
  synced = false;
  private ws: WebSocket | null = null;
  /** Only editors keep a document: they need Yjs to write valid updates. */
  private readonly doc: Y.Doc | null;
  private readonly presenceId: number;
  private presenceClock = 0;
  private editSeq = 0;
  /** Highest edit seen per editor, so an update seen twice (sync step 2 and relay) counts once. */
  private readonly lastSeen = new Map<number, number>();
  /** The edit and the pointer timer. */
  private timers: Array<NodeJS.Timeout | undefined> = [];

  constructor(
    readonly spec: ClientSpec,
    private readonly rec: Recorder,
  ) {
    this.presenceId = PRESENCE_ID_BASE + spec.index;
    this.doc = spec.editor ? new Y.Doc() : null;
    this.doc?.on("update", (update: Uint8Array) => this.ws?.send(syncFrame(syncProtocol.messageYjsUpdate, update)));
  }

  /** Opens the socket; resolves once the server's sync step 2 has arrived. */
  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      // A zero mask lets ws skip masking its own frames; the server unmasks them the same either way.
      const ws = new WebSocket(this.spec.url, this.spec.protocols, { generateMask: (mask) => mask.fill(0) });
      this.ws = ws;
      const timer = setTimeout(() => reject(new Error("not synced in time")), timeoutMs);
      ws.on("open", () => ws.send(syncFrame(syncProtocol.messageYjsSyncStep1, EMPTY_STATE_VECTOR)));
      ws.on("message", (data: Buffer) => {
        this.receive(data);
        if (this.synced) {
          clearTimeout(timer);
          resolve();
        }
      });
      ws.on("close", (code) => {
        this.rec.closes.set(code, (this.rec.closes.get(code) ?? 0) + 1);
        clearTimeout(timer);
        reject(new Error(`closed with ${code}`));
      });
      ws.on("error", () => {});
    });
  }

  /**
   * Starts editing and moving the pointer, each at its own random phase so sends do not bunch up.
   * Sends are scheduled against the clock, not `setInterval`, which restarts its period whenever it
   * fires late: on a busy machine the offered load would quietly fall below the nominal rate.
   */
  start(editHz: number, pointerHz: number): void {
    const every = (slot: number, hz: number, fn: () => void) => {
      const period = 1000 / hz;
      let due = now() + Math.random() * period;
      const tick = () => {
        fn();
        // Late by less than a period: the next send comes sooner. Later: one send now, never a burst.
        due = Math.max(due + period, now());
        this.timers[slot] = setTimeout(tick, due - now());
      };
      this.timers[slot] = setTimeout(tick, due - now());
    };
    if (this.doc && editHz > 0) every(0, editHz, () => this.edit());
    if (pointerHz > 0) every(1, pointerHz, () => this.movePointer());
  }

  stop(): void {
    for (const t of this.timers) if (t) clearTimeout(t);
    this.timers = [];
  }

  close(): void {
    this.stop();
    this.ws?.removeAllListeners("close");
    this.ws?.terminate();
    this.doc?.destroy();
  }

  private edit(): void {
    const seq = ++this.editSeq;
    const t = now();
    if (t >= this.rec.window.from && t < this.rec.window.to) this.rec.sent.push(editKey(this.spec.index, seq));
    // The Y.Map write makes Yjs emit the update, which the listener above sends.
    this.doc?.getMap(MAP).set(`e${this.spec.index}`, { e: this.spec.index, s: seq, t } satisfies Edit);
  }

  private movePointer(): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    const t = now();
    if (t >= this.rec.window.from && t < this.rec.window.to) this.rec.moves++;
    // The send time comes first, so receivers read it without parsing the whole state.
    const state = JSON.stringify({
      t,
      user: { id: this.spec.participantId, name: `Bench ${this.spec.index}`, color: "#3366cc" },
      cursor: { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 1200) },
    });
    this.ws.send(presenceFrame(this.presenceId, ++this.presenceClock, state));
  }

  private receive(data: Buffer): void {
    const at = now();
    const dec = decoding.createDecoder(data);
    const type = decoding.readVarUint(dec);
    if (type === SyncMessageType.Sync) {
      const kind = decoding.readVarUint(dec);
      const payload = decoding.readVarUint8Array(dec);
      if (kind === syncProtocol.messageYjsSyncStep1) {
        const update = this.doc ? Y.encodeStateAsUpdate(this.doc, payload) : EMPTY_UPDATE;
        this.ws?.send(syncFrame(syncProtocol.messageYjsSyncStep2, update));
        return;
      }
      if (kind === syncProtocol.messageYjsSyncStep2) this.synced = true;
      this.readEdits(payload, at);
    } else if (type === SyncMessageType.Awareness) {
      if (at >= this.rec.window.from && at < this.rec.window.to) {
        this.presenceFrames++;
        this.readPresence(decoding.readVarUint8Array(dec), at);
      }
    }
  }

  /** Every edit in an update (Oppdag merges a turn's updates into one), timed against its send time. */
  private readEdits(update: Uint8Array, at: number): void {
    const { from, to } = this.rec.window;
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
      const value = struct.content.arr[0] as Edit | undefined;
      if (!value || value.e === this.spec.index || value.s <= (this.lastSeen.get(value.e) ?? 0)) continue;
      this.lastSeen.set(value.e, value.s);
      if (value.t < from || value.t >= to) continue;
      this.rec.editLatency.record(at - value.t);
      const key = editKey(value.e, value.s);
      this.rec.receipts.set(key, (this.rec.receipts.get(key) ?? 0) + 1);
    }
  }

  /** Cursor latency for every other client's state in an awareness frame (one or many states). */
  private readPresence(update: Uint8Array, at: number): void {
    const dec = decoding.createDecoder(update);
    const count = decoding.readVarUint(dec);
    for (let i = 0; i < count; i++) {
      const id = decoding.readVarUint(dec);
      decoding.readVarUint(dec); // clock
      const state = decoding.readVarString(dec);
      // `{"t":<number>,...`: parseFloat stops at the comma; removals ("null") carry no time.
      if (id === this.presenceId || !state.startsWith('{"t":')) continue;
      this.rec.cursorLatency.record(at - Number.parseFloat(state.slice(5)));
    }
  }
}
