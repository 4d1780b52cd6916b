// Compiles the server for production: one ESM bundle of our code (the shared package included,
// which ships as TypeScript) and one for the Word worker. Packages from node_modules stay
// external, so native modules and single-instance libraries (yjs) load as they are.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const pkg = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
const external = [
  ...Object.keys(pkg(root).dependencies ?? {}),
  ...Object.keys(pkg(path.resolve(root, "../shared")).dependencies ?? {}),
].filter((name) => !name.startsWith("@oppdag/"));

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
  external: [...external, ...external.map((name) => `${name}/*`)],
  sourcemap: true,
  logLevel: "warning",
});
console.log("server built into dist/");
