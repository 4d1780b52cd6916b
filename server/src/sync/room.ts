import {
  ACTION_ITEMS_KEY,
  type ActorGroup,
  type BoardRights,
  type CloseCode,
  DOC_ID,
  DocKeys,
  type LimitNotice,
} from "@oppdag/shared";
import * as decoding from "lib0/decoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { Logger } from "../lib/logger";
import type { DocStore } from "../storage/types";
import { challengeRefusal } from "./critiqueRule";
import type { Fanout } from "./fanout";
import { awarenessFrame, type ClientFrame, syncStep1Frame, syncStep2Frame, updateFrame } from "./frames";
import type { PresenceCoalescer, PresenceSource } from "./presenceCoalescer";
import { readUpdate } from "./updatePlaces";
import type { BatchSource, WriteBatcher } from "./writeBatcher";
import { writesOutsideZone } from "./zoneRule";

/** One connected client as the room sees it. */
export interface RoomClient {
  readonly participantId: string;
  /** Awareness client ids this connection announced, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** What this person may do to the board right now (role, lock, private round). */
  rights(): BoardRights;
  /** A rule or a limit refused this client's update: tell the person why. */
  refused(code: LimitNotice): void;
  /** Whether the workshop is in anonymous mode right now. */
  anonymous(): boolean;
  /** This client tried to speak for someone else's presence. */
  refusedAwareness(): void;
  send(frame: Uint8Array): void;
  /** Whether frames are piling up unsent to this client (a slow phone, a weak network). */
  backlogged(): boolean;
  close(code: number, reason: string): void;
}

export interface RoomDeps {
  store: DocStore;
  batcher: WriteBatcher;
  fanout: Fanout;
  /** Groups presence changes into one frame per client per window. */
  presenceWindow: PresenceCoalescer;
  log: Logger;
  compactAfterUpdates: number;
  limits: { maxDocBytes: number; maxCardsPerBoard: number };
}

/**
 * New cards an update would add: map entries on the root `cards` map holding a nested map. In a
 * decoded (not yet integrated) update, a root type's child names its parent by the root's name.
 */
function cardsAdded(update: Uint8Array): number {
  let added = 0;
  for (const struct of Y.decodeUpdate(update).structs) {
    if (
      struct instanceof Y.Item &&
      (struct.parent as unknown) === DocKeys.cards &&
      struct.content instanceof Y.ContentType
    )
      added++;
  }
  return added;
}

/**
 * Whether an update puts a new map into the cards map: a new card, or one replacing a card. A
 * replaced key's parent and key are not encoded (both follow from the item it replaces), so a
 * nested map whose parent the update does not name counts too: the client never does that for
 * anything else, and refusing too much here is safe while refusing too little would leak.
 */
function addsCard(update: Uint8Array): boolean {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (!(struct.content instanceof Y.ContentType) || !(struct.content.type instanceof Y.Map)) continue;
    const parent = struct.parent as unknown;
    if (parent === DocKeys.cards || parent === null) return true;
  }
  return false;
}

/** Root maps whose keys are ids that exports, imports and provenance carry. */
const ID_MAPS = new Set<string>([DocKeys.cards, DocKeys.links, DocKeys.zones, ACTION_ITEMS_KEY]);
const ID_MAP_NAMES = [...ID_MAPS].map((name) => Buffer.from(name));

/**
 * Whether an update writes a key that is not a valid id into one of those maps. A V1 update
 * names a root type by its name in plain bytes, so one without any of those names is skipped
 * without decoding.
 */
function writesInvalidId(update: Uint8Array): boolean {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  if (!ID_MAP_NAMES.some((name) => bytes.includes(name))) return false;
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || struct.parentSub === null) continue;
    if (ID_MAPS.has(struct.parent as unknown as string) && !DOC_ID.test(struct.parentSub)) return true;
  }
  return false;
}

const AUTHOR_GROUP = Buffer.from("authorGroup");

/** Whether an update writes a card's or link's actor group (a V1 update names map keys in plain bytes). */
function writesAuthorGroup(update: Uint8Array): boolean {
  return Buffer.from(update.buffer, update.byteOffset, update.byteLength).includes(AUTHOR_GROUP);
}

const FROM_STORAGE = Symbol("storage");

/**
 * One open workshop document. Updates from clients are applied at once (so the next frame in the
 * same turn sees them) but reach other clients, and echo back to their sender, only after the
 * batcher has made them durable.
 */
export class Room implements BatchSource, PresenceSource {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly clients = new Set<RoomClient>();
  readonly ready: Promise<void>;
  isReady = false;
  /**
   * Each participant's actor group as recorded when they joined (syncServer fills it): what a
   * card's or link's `authorGroup` says, whatever a client wrote there.
   */
  readonly authorGroups = new Map<string, ActorGroup>();
  authorGroupsLoaded = false;

  private pending: Uint8Array[] = [];
  /**
   * The whole document as a sync-step-2 frame, for clients that come with nothing: encoded once
   * for everyone joining between two changes (sixty people opening the link at nine o'clock),
   * not once each. Dropped at the next change.
   */
  private wholeDocFrame: Uint8Array | null = null;
  private inFlight = 0;
  private waitingForDurable: Array<() => void> = [];
  private lastSeq = 0;
  private logRows = 0;
  /** Bytes of this document in storage (snapshot and log rows): what the size limit counts. */
  private storedBytes = 0;
  /** Set when the workshop is deleted: frames still in flight are ignored. */
  private shutDown = false;
  private compacting = false;
  private unsubscribeFanout: () => void = () => {};
  /** Presence ids changed since the last presence frame. */
  private presenceChanged = new Set<number>();
  /** Clients that missed presence frames while backlogged: they get the whole state next. */
  private presenceStale = new Set<RoomClient>();

  constructor(
    readonly id: string,
    private readonly deps: RoomDeps,
  ) {
    // The room is the authority; its own awareness state stays empty.
    this.awareness.setLocalState(null);
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const client = origin as RoomClient | undefined;
      if (client && typeof client === "object" && "awarenessIds" in client) {
        for (const id of added) client.awarenessIds.add(id);
        for (const id of removed) client.awarenessIds.delete(id);
      }
      for (const id of changed) this.presenceChanged.add(id);
      this.deps.presenceWindow.mark(this);
    });
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    const { updates, lastSeq } = await this.deps.batcher.after(() => this.deps.store.loadDoc(this.id));
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, update);
    }, FROM_STORAGE);
    this.lastSeq = lastSeq;
    this.logRows = updates.length;
    this.storedBytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
    this.unsubscribeFanout = this.deps.fanout.subscribe(this.id, (frame) => this.broadcast(frame));
    this.isReady = true;
  }

  /** Greets a new client the way y-websocket servers do: our state vector, then everyone's presence. */
  addClient(client: RoomClient): void {
    this.clients.add(client);
    client.send(syncStep1Frame(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) client.send(awarenessFrame(this.awareness, states));
  }

  removeClient(client: RoomClient): void {
    this.clients.delete(client);
    this.presenceStale.delete(client);
    if (client.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...client.awarenessIds], null);
    }
  }

  /** Handles one decoded frame. Throws if the Yjs payload cannot be applied. */
  handle(client: RoomClient, frame: ClientFrame): void {
    if (this.shutDown) return;
    switch (frame.type) {
      case "sync-step-1":
        // Answer from durable state only: whatever this client sees must survive a crash.
        this.whenDurable(() => client.send(this.syncStep2For(frame.stateVector)));
        return;
      case "update": {
        // Refused updates are neither applied, stored nor relayed; the writer is told why.
        const refusal = this.writeRefusal(client, frame.update) ?? this.limitRefusal(frame.update);
        if (refusal) {
          client.refused(refusal);
          return;
        }
        Y.applyUpdate(this.doc, frame.update, client);
        // Stored and relayed as received: re-encoding what Yjs applied would cost a second pass
        // over every update (the room keeps no "update" listener, so Yjs encodes nothing).
        this.queue(frame.update);
        if (writesAuthorGroup(frame.update)) this.recordAuthorGroups();
        return;
      }
      case "awareness":
        if (!this.ownsAwareness(client, frame.update)) {
          client.refusedAwareness();
          return;
        }
        awarenessProtocol.applyAwarenessUpdate(this.awareness, frame.update, client);
        return;
      case "query-awareness":
        client.send(awarenessFrame(this.awareness, [...this.awareness.getStates().keys()]));
        return;
    }
  }

  /**
   * A connection may only speak for itself: its presence states must carry its own participant id,
   * and it may not touch a presence id another connection announced. Otherwise anyone could move
   * someone else's cursor or show a false name.
   */
  private ownsAwareness(client: RoomClient, update: Uint8Array): boolean {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder); // clock
      const state = JSON.parse(decoding.readVarString(decoder)) as { user?: { id?: unknown; name?: unknown } } | null;
      for (const other of this.clients) {
        if (other !== client && other.awarenessIds.has(clientId)) return false;
      }
      if (state?.user && state.user.id !== client.participantId) return false;
      // An anonymous workshop shows no names, so presence may not carry one.
      if (state?.user?.name && client.anonymous()) return false;
    }
    return true;
  }

  /**
   * Whether this update may not be kept: the person may only read, adds a public card during a
   * private round, or names a card, link, zone or item by something that is not an id.
   */
  private writeRefusal(client: RoomClient, update: Uint8Array): LimitNotice | null {
    const rights = client.rights();
    // A critical friend may not edit the board, but may change their own challenges (below).
    if (!rights.edit && !rights.ownCardsOnly) return "read_only";
    // Only decoded while a private round runs, so the hot path pays nothing for it.
    if (rights.newCards !== "public" && addsCard(update)) return "private_round";
    if (writesInvalidId(update)) return "invalid_content";
    // The rules below need the update read against the document: read once, only for people under one.
    if (!rights.onlyInZone && rights.kinds !== "challenges" && !rights.ownCardsOnly) return null;
    const reading = readUpdate(this.doc, update);
    if (rights.onlyInZone && writesOutsideZone(this.doc, reading, rights.onlyInZone)) return "outside_zone";
    return challengeRefusal(this.doc, reading, rights, client.participantId);
  }

  /**
   * Whether an update would break a limit. The card count is only decoded near the limit, so the
   * hot path pays nothing for it; the size counts stored bytes, which compaction keeps close to
   * the document's real size.
   */
  private limitRefusal(update: Uint8Array): LimitNotice | null {
    const { maxDocBytes, maxCardsPerBoard } = this.deps.limits;
    if (this.storedBytes + update.byteLength > maxDocBytes) {
      this.compact();
      return "document_full";
    }
    const cards = this.doc.getMap(DocKeys.cards).size;
    if (cards + 50 >= maxCardsPerBoard && cards + cardsAdded(update) > maxCardsPerBoard) return "board_full";
    return null;
  }

  /**
   * Puts the recorded actor group on every card and link whose author the room knows and whose
   * group says otherwise, as one server change behind the client's. A client cannot credit its
   * cards to another group; a card restored by undo keeps its author's group. Only run for an
   * update that wrote a group, so typing pays nothing for it.
   */
  private recordAuthorGroups(): void {
    const fixes: Array<[Y.Map<unknown>, ActorGroup]> = [];
    for (const key of [DocKeys.cards, DocKeys.links]) {
      this.doc.getMap<unknown>(key).forEach((entry) => {
        if (!(entry instanceof Y.Map)) return;
        const recorded = this.authorGroups.get(entry.get("authorId") as string);
        if (recorded && entry.get("authorGroup") !== recorded) fixes.push([entry, recorded]);
      });
    }
    if (fixes.length === 0) return;
    this.transactAsServer(() => {
      for (const [entry, group] of fixes) entry.set("authorGroup", group);
    });
  }

  /** Applies a change made by the server itself (it goes through the same durable path). */
  transactAsServer(fn: (doc: Y.Doc) => void): void {
    const before = Y.encodeStateVector(this.doc);
    this.doc.transact(() => fn(this.doc), "server");
    this.queue(Y.encodeStateAsUpdate(this.doc, before));
  }

  private syncStep2For(stateVector: Uint8Array): Uint8Array {
    // An empty state vector is the single byte 0: no clients known.
    if (stateVector.byteLength !== 1 || stateVector[0] !== 0) return syncStep2Frame(this.doc, stateVector);
    this.wholeDocFrame ??= syncStep2Frame(this.doc, stateVector);
    return this.wholeDocFrame;
  }

  private queue(update: Uint8Array): void {
    this.wholeDocFrame = null;
    this.pending.push(update);
    this.deps.batcher.enqueue(this);
  }

  takePending(): Uint8Array {
    const merged = this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Y.mergeUpdates(this.pending);
    this.pending = [];
    this.inFlight++;
    return merged;
  }

  onDurable(update: Uint8Array, seq: number): void {
    this.inFlight--;
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.logRows++;
    this.storedBytes += update.byteLength;
    const frame = updateFrame(update);
    // One frame per client per turn, the sender included: the echo is its confirmation.
    this.broadcast(frame);
    this.deps.fanout.publish(this.id, frame);
    this.releaseWaiters();
    if (this.logRows >= this.deps.compactAfterUpdates) this.compact();
  }

  onWriteFailed(err: unknown): void {
    this.inFlight--;
    this.deps.log.error({ err, workshopId: this.id }, "storage write failed; dropping room so clients resync");
    // The in-memory doc now holds state that is not durable: nobody may see it. Closing makes
    // every client reconnect and resend what it has to a freshly loaded room.
    for (const client of this.clients) client.close(1011, "storage error");
    this.clients.clear();
    this.waitingForDurable = [];
  }

  /** Runs fn once nothing applied to the document is still waiting to be written. */
  whenDurable(fn: () => void): void {
    if (this.pending.length === 0 && this.inFlight === 0) fn();
    else this.waitingForDurable.push(fn);
  }

  private releaseWaiters(): void {
    if (this.pending.length > 0 || this.inFlight > 0 || this.waitingForDurable.length === 0) return;
    const waiting = this.waitingForDurable;
    this.waitingForDurable = [];
    for (const fn of waiting) fn();
  }

  broadcast(frame: Uint8Array): void {
    for (const client of this.clients) client.send(frame);
  }

  /**
   * Sends what changed in presence since the last window as one frame, encoded once, to every
   * client. A backlogged client is skipped rather than queued behind (so document updates never
   * wait behind cursors) and gets the latest state of everyone once it has caught up.
   */
  flushPresence(): void {
    if (this.shutDown || this.clients.size === 0) this.presenceChanged.clear();
    if (this.presenceChanged.size === 0) return;
    const changed = [...this.presenceChanged];
    const frame = awarenessFrame(this.awareness, changed);
    this.presenceChanged.clear();
    // A client's own state coming back is ignored by y-protocols: with five people in a room and
    // one pointer moving per window, not sending it saves a fifth of the room's presence writes.
    const onlyOwn = (client: RoomClient) => changed.every((id) => client.awarenessIds.has(id));
    let whole: Uint8Array | null = null;
    for (const client of this.clients) {
      if (client.backlogged()) {
        this.presenceStale.add(client);
      } else if (this.presenceStale.delete(client)) {
        // Every id ever seen here (but the room's own), so states removed meanwhile arrive as removals.
        whole ??= awarenessFrame(
          this.awareness,
          [...this.awareness.meta.keys()].filter((id) => id !== this.awareness.clientID),
        );
        client.send(whole);
      } else if (!onlyOwn(client)) {
        client.send(frame);
      }
    }
  }

  /** Replaces the update log with one snapshot, in one transaction, behind all queued writes. */
  private compact(): void {
    if (this.compacting) return;
    this.compacting = true;
    void this.deps.batcher
      .after(async () => {
        // Every row up to lastSeq is already applied to this doc, so the snapshot covers them.
        const through = this.lastSeq;
        const before = this.storedBytes;
        const snapshot = Y.encodeStateAsUpdate(this.doc);
        await this.deps.store.compactDoc(this.id, snapshot, through);
        this.logRows = 1;
        // Rows written while the snapshot was being stored stay in the log on top of it.
        this.storedBytes = snapshot.byteLength + (this.storedBytes - before);
      })
      .catch((err) => this.deps.log.error({ err, workshopId: this.id }, "compaction failed"))
      .finally(() => {
        this.compacting = false;
      });
  }

  /** Resolves once this room's writes are durable; then frees the document. */
  async destroy(): Promise<void> {
    await this.deps.batcher.drain();
    this.unsubscribeFanout();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Refuses everything from now on and closes every client. */
  shutdown(code: CloseCode | number, reason: string): void {
    this.shutDown = true;
    this.closeAll(code, reason);
    this.clients.clear();
  }

  closeAll(code: CloseCode | number, reason: string): void {
    for (const client of this.clients) client.close(code, reason);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
