/** A room with presence changes to send. */
export interface PresenceSource {
  flushPresence(): void;
}

/**
 * Presence at room scale: instead of relaying every cursor move to every client at once (which
 * grows with the square of the room), rooms collect what changed and send it as one frame per
 * client per window. One timer serves every open room, so the cost does not grow with the number
 * of rooms that are quiet.
 */
export class PresenceCoalescer {
  private dirty = new Set<PresenceSource>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly windowMs: number) {}

  /** Schedules `source` to send its presence changes at the end of the current window. */
  mark(source: PresenceSource): void {
    this.dirty.add(source);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  flush(): void {
    this.timer = undefined;
    const due = this.dirty;
    this.dirty = new Set();
    for (const source of due) source.flushPresence();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
  }
}
