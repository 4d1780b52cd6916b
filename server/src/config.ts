import path from "node:path";
import { fileURLToPath } from "node:url";
import { Limits } from "@oppdag/shared";
import { normaliseOrigin, type OriginPolicy } from "./auth/origin";

/** Everything the server reads from the environment, parsed once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where the built client lives; served with client-side routing. */
  clientDist: string;
  /** SQLite `synchronous` pragma: FULL survives power loss, NORMAL survives only a process crash. */
  sqliteSynchronous: "FULL" | "NORMAL";
  logLevel: string;
  maxMessageBytes: number;
  joinsPerMinutePerIp: number;
  apiRequestsPerMinutePerIp: number;
  /** Presence (cursors, selections) is sent to each client at most once per this window. */
  presenceWindowMs: number;
  /** Rows in a document's update log that trigger a background compaction. */
  compactAfterUpdates: number;
  /** The browser origins allowed to open sockets: PUBLIC_URL's and ALLOWED_ORIGINS. */
  origins: OriginPolicy;
  /** People connected to one workshop at once (per channel). */
  maxClientsPerWorkshop: number;
  /** Workshops open in this process at once. */
  maxOpenWorkshops: number;
  /** Stored size of one workshop's document, in bytes (the log is compacted regularly). */
  maxDocBytes: number;
  /** Cards on one board. */
  maxCardsPerBoard: number;
  /** Control-channel events one connection may send per second (bursts up to twice that). */
  controlEventsPerSecond: number;
  /** Workshops unused this long are deleted with everything in them; 0 keeps them forever. */
  retentionDays: number;
  retentionSweepMs: number;
  /** Start the Word worker when the first workshop opens, so the first export is fast (tests switch it off). */
  docxWarmup: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** A non-negative number, fractions allowed (tests use a retention of a second). */
function nonNegative(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const sync = (env.SQLITE_SYNCHRONOUS ?? "FULL").toUpperCase();
  if (sync !== "FULL" && sync !== "NORMAL") throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${sync}"`);
  return {
    port: int(env.PORT, 3000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    // Unset: <repo>/data, wherever the command was started from. Set: relative to the working directory.
    dataDir: env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.resolve(here, "../../data"),
    clientDist: path.resolve(env.CLIENT_DIST ?? path.join(here, "../../client/dist")),
    sqliteSynchronous: sync,
    logLevel: env.LOG_LEVEL ?? "info",
    maxMessageBytes: int(env.MAX_MESSAGE_BYTES, Limits.maxMessageBytes, "MAX_MESSAGE_BYTES"),
    joinsPerMinutePerIp: int(env.JOIN_RATE_PER_MINUTE, 30, "JOIN_RATE_PER_MINUTE"),
    apiRequestsPerMinutePerIp: int(env.API_RATE_PER_MINUTE, 600, "API_RATE_PER_MINUTE"),
    presenceWindowMs: int(env.PRESENCE_WINDOW_MS, 50, "PRESENCE_WINDOW_MS"),
    compactAfterUpdates: int(env.COMPACT_AFTER_UPDATES, 500, "COMPACT_AFTER_UPDATES"),
    maxClientsPerWorkshop: int(env.MAX_CLIENTS_PER_WORKSHOP, 250, "MAX_CLIENTS_PER_WORKSHOP"),
    maxOpenWorkshops: int(env.MAX_OPEN_WORKSHOPS, 200, "MAX_OPEN_WORKSHOPS"),
    maxDocBytes: int(env.MAX_DOC_BYTES, 64 * 1024 * 1024, "MAX_DOC_BYTES"),
    maxCardsPerBoard: int(env.MAX_CARDS_PER_BOARD, 3000, "MAX_CARDS_PER_BOARD"),
    controlEventsPerSecond: int(env.CONTROL_EVENTS_PER_SECOND, 40, "CONTROL_EVENTS_PER_SECOND"),
    retentionDays: nonNegative(env.RETENTION_DAYS, 365, "RETENTION_DAYS"),
    docxWarmup: env.DOCX_WARMUP !== "0",
    retentionSweepMs: int(env.RETENTION_SWEEP_MS, 3_600_000, "RETENTION_SWEEP_MS"),
    origins: {
      publicOrigin: env.PUBLIC_URL ? origin(env.PUBLIC_URL, "PUBLIC_URL") : null,
      allowed: (env.ALLOWED_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean)
        .map((o) => origin(o, "ALLOWED_ORIGINS")),
    },
  };
}

function origin(value: string, name: string): string {
  const normalised = normaliseOrigin(value);
  if (!normalised) throw new Error(`${name} must hold http(s) URLs, got "${value}"`);
  return normalised;
}
