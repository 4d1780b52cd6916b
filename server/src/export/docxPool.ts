import { Worker } from "node:worker_threads";
import { buildReport, type Report } from "@oppdag/shared";

/**
 * Builds Word files in one worker thread. The docx library spends about 300 ms of pure CPU on a
 * large workshop (see BENCHMARKS.md); on the main thread that would freeze every live board on
 * this process for as long. The worker starts on first use, and again if it dies.
 */
export class DocxPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

  render(report: Report): Promise<Buffer> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, report });
    });
  }

  /** Starts the worker and builds one empty document, so the first real export is not a cold one. */
  warm(): void {
    void this.render(
      buildReport({
        workshop: { title: "warm-up", region: null, language: "en" },
        board: { cards: [], links: [], zones: [] },
        actionItems: [],
        notes: [],
        votes: [],
        participants: [],
        anonymous: false,
        exportedAt: new Date(),
      }),
    ).catch(() => {});
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The server runs TypeScript through tsx; the worker's JS entry registers tsx, then loads the TS.
    const worker = new Worker(new URL("./docxWorker.mjs", import.meta.url));
    worker.unref();
    worker.on("message", (msg: { id: number; bytes?: Uint8Array; error?: string }) => {
      const waiting = this.pending.get(msg.id);
      if (!waiting) return;
      this.pending.delete(msg.id);
      if (msg.bytes) waiting.resolve(Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength));
      else waiting.reject(new Error(msg.error ?? "docx worker failed"));
    });
    const fail = (err: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
      this.worker = null;
    };
    worker.on("error", fail);
    worker.on("exit", (code) => code !== 0 && fail(new Error(`docx worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}
