// Compiles the server for production: one ESM bundle per entry, holding our code, the shared
// package (which ships as TypeScript) and the packages they use. One file parses and links in
// a fraction of the time Node takes to resolve and compile the hundreds of small files express,
// socket.io and zod are made of: start to listening went from about 650 to 430 ms, RSS at start
// from 87 to 78 MB (BENCHMARKS.md). Only native modules stay external. Whitespace and syntax are
// minified, names are not, so stack traces still read.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
/** Native addons: loaded from node_modules as they are. */
const external = ["better-sqlite3"];

fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    index: "src/index.ts",
    docxWorker: "src/export/docxWorker.ts",
    backup: "src/cli/backup.ts",
    restore: "src/cli/restore.ts",
  },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external,
  // CommonJS packages inside an ESM bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __oppdagRequire } from 'node:module'; const require = __oppdagRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: "warning",
});
console.log("server built into dist/");
