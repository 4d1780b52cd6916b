/**
 * `pnpm restore <file>`: puts a backup back as the server's database. Stop the server first. The
 * backup is checked before anything is touched, and the current database is kept beside it.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config";

const file = process.argv[2];
if (!file) {
  console.error("Usage: pnpm restore <backup file>");
  process.exit(1);
}
// pnpm runs scripts in the package folder; a path typed by the user is relative to where they typed it.
const backup = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const config = loadConfig();
const target = path.join(config.dataDir, "oppdag.sqlite");

try {
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  const integrity = db.pragma("integrity_check", { simple: true });
  db.prepare("SELECT count(*) FROM workshops").get();
  db.close();
  if (integrity !== "ok") throw new Error(`integrity check: ${integrity}`);
} catch (err) {
  console.error(
    `${backup} is not a usable Oppdag backup (${err instanceof Error ? err.message : err}). Nothing changed.`,
  );
  process.exit(1);
}

fs.mkdirSync(config.dataDir, { recursive: true });
if (fs.existsSync(target)) {
  // Fold the write-ahead log into the current file, then keep that file, in case the restore was a mistake.
  const current = new Database(target);
  current.pragma("wal_checkpoint(TRUNCATE)");
  current.close();
  const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  fs.renameSync(target, kept);
  console.log(`The current database is kept at ${kept}.`);
}
for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
fs.copyFileSync(backup, target);
console.log(`Restored ${backup} to ${target}. Start the server again.`);
