import type { Logger } from "../lib/logger";
import { Room, type RoomDeps } from "./room";

/** The open documents of this process: loaded on first connect, unloaded when the last client leaves. */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  /** Workshops deleted while this process runs: a late reconnect must not bring one back. */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly log: Logger,
    /** Called when the first room opens: what a live workshop needs soon starts then, not at boot. */
    private onFirstOpen: (() => void) | null = null,
  ) {}

  /** The room for a workshop, creating and loading it if needed. Await room.ready before use. */
  open(workshopId: string): Room {
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = new Room(workshopId, this.deps);
      this.rooms.set(workshopId, room);
      this.onFirstOpen?.();
      this.onFirstOpen = null;
      room.ready.catch((err) => {
        this.log.error({ err, workshopId }, "loading document failed");
        if (this.rooms.get(workshopId) === room) this.rooms.delete(workshopId);
      });
    }
    return room;
  }

  find(workshopId: string): Room | undefined {
    return this.rooms.get(workshopId);
  }

  /** Unloads a room with no clients left. Its last writes finish first (the batcher orders them). */
  releaseIfEmpty(room: Room): void {
    if (room.clients.size > 0 || this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    void room.destroy().catch((err) => this.log.error({ err, workshopId: room.id }, "unloading document failed"));
  }

  markDeleted(workshopId: string): void {
    this.deleted.add(workshopId);
  }

  isDeleted(workshopId: string): boolean {
    return this.deleted.has(workshopId);
  }

  /** Drops a room that was shut down, whoever is still attached. */
  forget(room: Room): void {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    void room.destroy().catch((err) => this.log.error({ err, workshopId: room.id }, "unloading document failed"));
  }

  get size(): number {
    return this.rooms.size;
  }
}
