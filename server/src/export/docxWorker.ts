import { parentPort } from "node:worker_threads";
import type { Report } from "@oppdag/shared";
import { reportToDocx } from "./docx";

/** Runs in a worker thread: builds Word files off the event loop that carries the live workshop. */
parentPort?.on("message", async ({ id, report }: { id: number; report: Report }) => {
  try {
    const buffer = await reportToDocx(report);
    // A copy that owns its memory, so it can be handed over instead of cloned.
    const bytes = new Uint8Array(buffer);
    parentPort?.postMessage({ id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
