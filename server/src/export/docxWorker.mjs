// Plain JS entry for the docx worker thread: registers tsx's loader, then loads the TypeScript.
// (A worker's own entry file is loaded before --import hooks apply, so it cannot be .ts itself.)
import { register } from "tsx/esm/api";

register();
await import("./docxWorker.ts");
