/**
 * `pnpm backup [file]`: copies the database with SQLite's online backup API, page by page, so it
 * is safe while the server runs and takes writes. The copy is checked before it is reported.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config";

const config = loadConfig();
const source = path.join(config.dataDir, "oppdag.sqlite");
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}. Set DATA_DIR to the server's data directory.`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
// pnpm runs scripts in the package folder; a path typed by the user is relative to where they typed it.
const cwd = process.env.INIT_CWD ?? process.cwd();
const target = process.argv[2]
  ? path.resolve(cwd, process.argv[2])
  : path.join(config.dataDir, "backups", `oppdag-${stamp}.sqlite`);
fs.mkdirSync(path.dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true });
const started = Date.now();
await db.backup(target);
db.close();

const copy = new Database(target, { readonly: true });
const integrity = copy.pragma("integrity_check", { simple: true });
const workshops = copy.prepare("SELECT count(*) AS n FROM workshops").get() as { n: number };
copy.close();
if (integrity !== "ok") {
  console.error(`Backup at ${target} failed its integrity check: ${integrity}`);
  process.exit(1);
}
console.log(
  `Backed up ${workshops.n} workshop(s) to ${target} (${fs.statSync(target).size} bytes, ${Date.now() - started} ms).`,
);
