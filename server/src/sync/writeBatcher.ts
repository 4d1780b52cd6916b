import { metrics } from "../observability/metrics";
import type { DocStore } from "../storage/types";

/** What the batcher needs from a room. */
export interface BatchSource {
  readonly id: string;
  /** Hands over this turn's updates, merged into one. */
  takePending(): Uint8Array;
  /** Called once the update taken is durable: now it may be relayed and echoed. */
  onDurable(update: Uint8Array, seq: number): void;
  onWriteFailed(err: unknown): void;
}

/**
 * Groups every room's updates of one event-loop turn into one storage transaction, never waiting
 * longer than the turn. Batches commit strictly in order, and loads queue behind them, so a room
 * reloaded right after another unloaded always sees the last write.
 */
export class WriteBatcher {
  private dirty = new Set<BatchSource>();
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly store: DocStore) {}

  enqueue(source: BatchSource): void {
    this.dirty.add(source);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Runs fn after every write queued so far is durable, before any queued later. */
  after<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.chain.then(fn);
    this.chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves when everything queued has been written (used on shutdown). */
  async drain(): Promise<void> {
    if (this.scheduled) this.flush();
    await this.chain;
  }

  private flush(): void {
    this.scheduled = false;
    const sources = [...this.dirty];
    this.dirty.clear();
    if (sources.length === 0) return;
    const batch = sources.map((s) => ({ source: s, update: s.takePending() }));
    void this.after(async () => {
      let seqs: Map<string, number>;
      const timer = metrics.storageWriteSeconds.startTimer();
      try {
        seqs = await this.store.appendUpdates(batch.map((b) => ({ workshopId: b.source.id, update: b.update })));
        timer();
        metrics.updates.inc(batch.length);
      } catch (err) {
        metrics.errors.inc({ where: "storage" });
        for (const b of batch) b.source.onWriteFailed(err);
        return;
      }
      for (const b of batch) b.source.onDurable(b.update, seqs.get(b.source.id) ?? 0);
    });
  }
}
