import { describe, expect, it } from "vitest";
import { MemoryDocStore, nextTurn } from "../../test/helpers/memoryDocStore";
import { WriteBatcher } from "./writeBatcher";

/** A room as the batcher sees it: updates waiting, and what it was told about them. */
function source(id: string) {
  const s = {
    id,
    pending: [] as Uint8Array[],
    taken: 0,
    durable: [] as Array<{ update: Uint8Array; seq: number }>,
    failed: [] as unknown[],
    takePending(): Uint8Array {
      s.taken++;
      const merged = Uint8Array.from(s.pending.flatMap((u) => [...u]));
      s.pending = [];
      return merged;
    },
    onDurable(update: Uint8Array, seq: number) {
      s.durable.push({ update, seq });
    },
    onWriteFailed(err: unknown) {
      s.failed.push(err);
    },
  };
  return s;
}

function write(batcher: WriteBatcher, s: ReturnType<typeof source>, ...bytes: number[]) {
  s.pending.push(Uint8Array.from(bytes));
  batcher.enqueue(s);
}

describe("WriteBatcher", () => {
  it("writes every room's updates of one turn in one transaction, at the end of the turn", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const b = source("b");
    write(batcher, a, 1);
    write(batcher, b, 2);
    write(batcher, a, 3);
    // Nothing is taken or written within the turn: later frames of it join the batch.
    expect(a.taken).toBe(0);
    expect(store.transactions).toHaveLength(0);
    await nextTurn();
    expect(store.transactions).toHaveLength(1);
    expect(store.transactions[0]).toEqual([
      { workshopId: "a", update: Uint8Array.from([1, 3]) },
      { workshopId: "b", update: Uint8Array.from([2]) },
    ]);
    // One merged update per room per turn, however many frames it had.
    expect(a.taken).toBe(1);
    expect(b.taken).toBe(1);
  });

  it("keeps frames handled in separate callbacks of one turn in one batch", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const b = source("b");
    // Two socket messages of one poll phase: each its own callback, with microtasks run in between.
    await new Promise<void>((resolve) => {
      setImmediate(() => write(batcher, a, 1));
      setImmediate(() => {
        write(batcher, b, 2);
        resolve();
      });
    });
    await nextTurn();
    expect(store.transactions).toHaveLength(1);
    expect(store.transactions[0]?.map((row) => row.workshopId)).toEqual(["a", "b"]);
  });

  it("tells a room its update is durable only after the store's write resolved", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const release = store.holdWrites();
    write(batcher, a, 7);
    await nextTurn();
    expect(store.transactions).toHaveLength(1); // the write has started ...
    expect(a.durable).toEqual([]); // ... but is not done: nothing may be relayed or echoed yet
    release();
    await batcher.drain();
    expect(a.durable).toEqual([{ update: Uint8Array.from([7]), seq: 1 }]);
    expect(store.stored("a")).toEqual([Uint8Array.from([7])]);
  });

  it("commits batches strictly in order: the next turn's batch waits for the previous write", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const release = store.holdWrites();
    write(batcher, a, 1);
    await nextTurn();
    write(batcher, a, 2);
    await nextTurn();
    // The second batch is taken from the room, but not handed to the store while the first is open.
    expect(a.taken).toBe(2);
    expect(store.transactions).toHaveLength(1);
    release();
    await batcher.drain();
    expect(store.transactions).toHaveLength(2);
    expect(a.durable.map((d) => [...d.update])).toEqual([[1], [2]]);
    expect(a.durable.map((d) => d.seq)).toEqual([1, 2]);
  });

  it("runs `after` work once every write queued before it is durable, and before later ones", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const order: string[] = [];
    const release = store.holdWrites();
    write(batcher, a, 1);
    await nextTurn();
    const load = batcher.after(async () => {
      order.push(`load sees ${store.stored("a").length} row(s)`);
      return "loaded";
    });
    write(batcher, a, 2);
    await nextTurn();
    expect(order).toEqual([]);
    release();
    expect(await load).toBe("loaded");
    await batcher.drain();
    // The load ran after the first write and before the second.
    expect(order).toEqual(["load sees 1 row(s)"]);
    expect(store.stored("a")).toHaveLength(2);
  });

  it("reports a failed write to every room in the batch, relays nothing, and keeps writing later batches", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    const b = source("b");
    const boom = new Error("disk full");
    store.failNextWrite = boom;
    write(batcher, a, 1);
    write(batcher, b, 2);
    await batcher.drain();
    expect(a.failed).toEqual([boom]);
    expect(b.failed).toEqual([boom]);
    expect(a.durable).toEqual([]);
    expect(b.durable).toEqual([]);
    expect(store.stored("a")).toEqual([]);

    write(batcher, a, 3);
    await batcher.drain();
    expect(a.durable).toEqual([{ update: Uint8Array.from([3]), seq: 1 }]);
  });

  it("drain writes what is queued in this turn at once and resolves when it is durable", async () => {
    const store = new MemoryDocStore();
    const batcher = new WriteBatcher(store);
    const a = source("a");
    write(batcher, a, 5);
    await batcher.drain();
    expect(a.durable).toHaveLength(1);
    expect(store.transactions).toHaveLength(1);
    // The turn's scheduled flush finds nothing left and writes no empty transaction.
    await nextTurn();
    expect(store.transactions).toHaveLength(1);
  });
});
