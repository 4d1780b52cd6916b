import type { DocStore } from "../../src/storage/types";

/**
 * An in-memory DocStore for unit tests of the sync code. Every `appendUpdates` call is recorded as
 * one transaction. `holdWrites()` and `holdLoads()` make writes (and compactions) or loads wait, as
 * a slow disk would, until the returned release is called, so a test can look at what happens
 * before they resolve; `failNextWrite` makes the next write throw.
 */
export class MemoryDocStore implements DocStore {
  readonly rows = new Map<string, Array<{ seq: number; update: Uint8Array }>>();
  /** The batch of every write, in order: one entry per transaction. */
  readonly transactions: Array<ReadonlyArray<{ workshopId: string; update: Uint8Array }>> = [];
  readonly compactions: Array<{ workshopId: string; throughSeq: number }> = [];
  failNextWrite: Error | null = null;
  private seq = 0;
  private gates = { writes: Promise.resolve(), loads: Promise.resolve() };

  /** Writes wait from now until the returned function is called. */
  holdWrites(): () => void {
    return this.hold("writes");
  }

  /** Loads wait from now until the returned function is called. */
  holdLoads(): () => void {
    return this.hold("loads");
  }

  private hold(kind: "writes" | "loads"): () => void {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.gates[kind] = gate;
    return () => {
      if (this.gates[kind] === gate) this.gates[kind] = Promise.resolve();
      release();
    };
  }

  async loadDoc(workshopId: string) {
    await this.gates.loads;
    const rows = this.rows.get(workshopId) ?? [];
    return { updates: rows.map((r) => r.update), lastSeq: rows.at(-1)?.seq ?? 0 };
  }

  async appendUpdates(batch: ReadonlyArray<{ workshopId: string; update: Uint8Array }>) {
    this.transactions.push(batch);
    await this.gates.writes;
    const failure = this.failNextWrite;
    if (failure) {
      this.failNextWrite = null;
      throw failure;
    }
    const seqs = new Map<string, number>();
    for (const { workshopId, update } of batch) {
      const seq = ++this.seq;
      const rows = this.rows.get(workshopId) ?? [];
      rows.push({ seq, update });
      this.rows.set(workshopId, rows);
      seqs.set(workshopId, seq);
    }
    return seqs;
  }

  async compactDoc(workshopId: string, snapshot: Uint8Array, throughSeq: number) {
    await this.gates.writes;
    this.compactions.push({ workshopId, throughSeq });
    const kept = (this.rows.get(workshopId) ?? []).filter((r) => r.seq > throughSeq);
    this.rows.set(workshopId, [{ seq: throughSeq, update: snapshot }, ...kept]);
  }

  async countUpdates(workshopId: string) {
    return this.rows.get(workshopId)?.length ?? 0;
  }

  /** What is stored for a document, in order. */
  stored(workshopId: string): Uint8Array[] {
    return (this.rows.get(workshopId) ?? []).map((r) => r.update);
  }
}

/** Lets the current event-loop turn end (the batcher flushes in `setImmediate`) and promises settle. */
export async function nextTurn(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}
