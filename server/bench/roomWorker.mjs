// Plain JS entry for the room bench's generator threads: registers tsx's loader, then loads the
// TypeScript (as src/export/docxWorker.mjs does: a worker's entry cannot be .ts itself).
import { register } from "tsx/esm/api";

register();
await import("./roomWorker.ts");
