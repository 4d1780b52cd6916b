import http from "node:http";
import type { AddressInfo } from "node:net";
import { SessionEvents } from "./auth/sessions";
import { deleteWorkshop } from "./commands/deleteWorkshop";
import type { Config } from "./config";
import { attachControlServer } from "./control/controlServer";
import { DocxPool } from "./export/docxPool";
import { createApp } from "./http/app";
import type { Logger } from "./lib/logger";
import { Presence } from "./session/presence";
import { SessionService } from "./session/service";
import { openSqliteStorage } from "./storage/sqlite";
import type { Storage } from "./storage/types";
import { singleProcessFanout } from "./sync/fanout";
import { PresenceCoalescer } from "./sync/presenceCoalescer";
import { Rooms } from "./sync/rooms";
import { attachSyncServer } from "./sync/syncServer";
import { WriteBatcher } from "./sync/writeBatcher";

/** Wires storage, the sync and control channels and the HTTP API into one server. */
export function createServer(
  config: Config,
  log: Logger,
  storage: Storage = openSqliteStorage(config.dataDir, config.sqliteSynchronous),
) {
  const sessions = new SessionEvents();
  const batcher = new WriteBatcher(storage);
  const presenceWindow = new PresenceCoalescer(config.presenceWindowMs);
  const docx = new DocxPool();
  const rooms = new Rooms(
    {
      store: storage,
      batcher,
      fanout: singleProcessFanout,
      presenceWindow,
      log,
      compactAfterUpdates: config.compactAfterUpdates,
      limits: { maxDocBytes: config.maxDocBytes, maxCardsPerBoard: config.maxCardsPerBoard },
    },
    log,
    // The Word worker (about 30 MB) starts once someone is in a workshop, so the first export of
    // the day is warm while an idle server stays small.
    () => {
      if (config.docxWarmup) docx.warm();
    },
  );
  const sessionService = new SessionService(storage);
  const presence = new Presence();
  const removeWorkshop = (workshopId: string, why: string) =>
    deleteWorkshop({ storage, rooms, batcher, sessions, sessionService, log }, workshopId, why);
  let retention: ReturnType<typeof setInterval> | undefined;
  const app = createApp({ config, docx, storage, rooms, batcher, sessionService, sessions, presence, log });
  const httpServer = http.createServer(app);
  const sync = attachSyncServer(httpServer, {
    storage,
    rooms,
    sessions,
    sessionService,
    log,
    maxMessageBytes: config.maxMessageBytes,
    maxClientsPerWorkshop: config.maxClientsPerWorkshop,
    maxOpenWorkshops: config.maxOpenWorkshops,
    origins: config.origins,
  });
  const control = attachControlServer(httpServer, {
    storage,
    sessions,
    sessionService,
    presence,
    rooms,
    batcher,
    log,
    origins: config.origins,
    maxClientsPerWorkshop: config.maxClientsPerWorkshop,
    eventsPerSecond: config.controlEventsPerSecond,
  });

  return {
    async listen(): Promise<number> {
      await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
      retention = startRetention(config, storage, rooms, removeWorkshop, log);
      return (httpServer.address() as AddressInfo).port;
    },
    /** Graceful stop: refuse new work, write everything pending, tell clients to reconnect quietly. */
    async close(): Promise<void> {
      if (retention) clearInterval(retention);
      void docx.close();
      httpServer.close();
      await batcher.drain();
      sync.closeAll();
      presenceWindow.stop();
      control.io.disconnectSockets(true);
      await new Promise<void>((resolve) => control.io.close(() => resolve()));
      httpServer.closeAllConnections();
      await batcher.drain();
      await storage.close();
    },
  };
}

/**
 * Deletes workshops nobody has used for the retention period (personal data is kept no longer
 * than needed). Runs at start and then regularly; open workshops are in use, so they stay.
 */
function startRetention(
  config: Config,
  storage: Storage,
  rooms: Rooms,
  remove: (workshopId: string, why: string) => Promise<void>,
  log: Logger,
): ReturnType<typeof setInterval> | undefined {
  if (config.retentionDays <= 0) return undefined;
  const sweep = async () => {
    const before = new Date(Date.now() - config.retentionDays * 86_400_000).toISOString();
    for (const workshopId of await storage.listInactiveWorkshops(before)) {
      if (rooms.find(workshopId)) continue;
      await remove(workshopId, `unused for ${config.retentionDays} days`);
    }
  };
  const run = () => void sweep().catch((err) => log.error({ err }, "retention sweep failed"));
  run();
  const timer = setInterval(run, config.retentionSweepMs);
  timer.unref();
  return timer;
}
