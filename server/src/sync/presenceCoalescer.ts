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
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs: number) {}

  /**
   * Schedules `source` to send its presence changes: at once (after this turn) when the last
   * flush is a window ago, so a lone move is not held back, else when the window ends.
   */
  mark(source: PresenceSource): void {
    this.dirty.add(source);
    if (this.timer) return;
    const wait = Math.max(0, this.lastFlush + this.windowMs - performance.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastFlush = performance.now();
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
