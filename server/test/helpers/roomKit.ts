import { addCard, type BoardRights, boardMaps, cardText, type LimitNotice } from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { Logger } from "../../src/lib/logger";
import type { Fanout } from "../../src/sync/fanout";
import { PresenceCoalescer } from "../../src/sync/presenceCoalescer";
import { Room, type RoomClient, type RoomDeps } from "../../src/sync/room";
import { WriteBatcher } from "../../src/sync/writeBatcher";
import { MemoryDocStore } from "./memoryDocStore";

/** A room over an in-memory store, with fake clients that record what they are sent: for Room's unit tests. */
export const FULL: BoardRights = { edit: true, newCards: "public" };
export const READ_ONLY: BoardRights = { edit: false, newCards: "none" };
export const PRIVATE_ROUND: BoardRights = { edit: true, newCards: "private" };

export const silent = { error() {}, warn() {}, info() {}, debug() {} } as unknown as Logger;

/** A fan-out that records what the room publishes and can deliver frames from "other instances". */
export function recordingFanout() {
  const published: Uint8Array[] = [];
  const listeners = new Map<string, (frame: Uint8Array) => void>();
  const fanout: Fanout = {
    publish: (_id, frame) => published.push(frame),
    subscribe(id, onFrame) {
      listeners.set(id, onFrame);
      return () => listeners.delete(id);
    },
  };
  return { fanout, published, deliver: (id: string, frame: Uint8Array) => listeners.get(id)?.(frame) };
}

export function setup(overrides: Partial<Pick<RoomDeps, "compactAfterUpdates" | "limits">> = {}) {
  const store = new MemoryDocStore();
  const batcher = new WriteBatcher(store);
  const { fanout, published, deliver } = recordingFanout();
  // A long window: tests end it themselves with `presenceWindow.flush()`.
  const presenceWindow = new PresenceCoalescer(60_000);
  const deps: RoomDeps = {
    store,
    batcher,
    fanout,
    presenceWindow,
    log: silent,
    compactAfterUpdates: 1000,
    limits: { maxDocBytes: 10_000_000, maxCardsPerBoard: 100_000 },
    ...overrides,
  };
  /** A loaded room, as the sync server uses it (it adds clients only once the room is ready). */
  const open = async (id = "w1") => {
    const room = new Room(id, deps);
    await room.ready;
    return room;
  };
  return { store, batcher, published, deliver, deps, open, presenceWindow };
}

/** A connection as the room sees it, recording everything the room does to it. */
export function fakeClient(participantId: string, rights: BoardRights = FULL) {
  const c = {
    participantId,
    awarenessIds: new Set<number>(),
    currentRights: rights,
    isAnonymous: false,
    isBacklogged: false,
    sent: [] as Uint8Array[],
    refusals: [] as LimitNotice[],
    awarenessRefusals: 0,
    closed: [] as Array<{ code: number; reason: string }>,
    rights: () => c.currentRights,
    refused: (code: LimitNotice) => void c.refusals.push(code),
    anonymous: () => c.isAnonymous,
    refusedAwareness: () => void c.awarenessRefusals++,
    send: (frame: Uint8Array) => void c.sent.push(frame),
    backlogged: () => c.isBacklogged,
    close: (code: number, reason: string) => void c.closed.push({ code, reason }),
  };
  return c satisfies RoomClient;
}
export type FakeClient = ReturnType<typeof fakeClient>;

/** Adds a client and forgets its greeting (the room's step 1), so tests see only what follows. */
export function join(room: Room, client: FakeClient): FakeClient {
  room.addClient(client);
  client.sent.length = 0;
  return client;
}

export type ServerFrame =
  | { type: "sync-step-1" | "sync-step-2" | "update"; payload: Uint8Array }
  | { type: "awareness"; payload: Uint8Array };

export function decode(frame: Uint8Array): ServerFrame {
  const dec = decoding.createDecoder(frame);
  const type = decoding.readVarUint(dec);
  if (type === 1) return { type: "awareness", payload: decoding.readVarUint8Array(dec) };
  const sub = decoding.readVarUint(dec);
  const payload = decoding.readVarUint8Array(dec);
  return { type: (["sync-step-1", "sync-step-2", "update"] as const)[sub] ?? "update", payload };
}
export const kinds = (c: FakeClient) => c.sent.map((f) => decode(f).type);

/** The document a client would build from the sync frames it received. */
export function seenBy(c: FakeClient): Y.Doc {
  const doc = new Y.Doc();
  for (const f of c.sent.map(decode))
    if (f.type !== "sync-step-1" && f.type !== "awareness") Y.applyUpdate(doc, f.payload);
  return doc;
}
export const cardTexts = (doc: Y.Doc) => [...boardMaps(doc).cards.keys()].map((id) => cardText(doc, id)?.toString());

/** What a client sends when someone adds a card in its document. */
export function cardUpdate(text: string, doc = new Y.Doc()): { update: Uint8Array; id: string } {
  const before = Y.encodeStateVector(doc);
  const id = addCard(doc, { kind: "idea", x: 0, y: 0, text }, { id: "p", group: "industry" });
  return { update: Y.encodeStateAsUpdate(doc, before), id };
}

export const update = (u: Uint8Array) => ({ type: "update", update: u }) as const;
export const step1 = (doc = new Y.Doc()) => ({ type: "sync-step-1", stateVector: Y.encodeStateVector(doc) }) as const;
