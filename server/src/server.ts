import http from "node:http";
import type { AddressInfo } from "node:net";
import { SessionEvents } from "./auth/sessions";
import type { Config } from "./config";
import { attachControlServer } from "./control/controlServer";
import { SessionService } from "./control/session/service";
import { createApp } from "./http/app";
import type { Logger } from "./lib/logger";
import { openSqliteStorage } from "./storage/sqlite";
import type { Storage } from "./storage/types";
import { singleProcessFanout } from "./sync/fanout";
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
  const rooms = new Rooms(
    {
      store: storage,
      batcher,
      fanout: singleProcessFanout,
      log,
      compactAfterUpdates: config.compactAfterUpdates,
      limits: { maxDocBytes: config.maxDocBytes, maxCardsPerBoard: config.maxCardsPerBoard },
    },
    log,
  );
  const sessionService = new SessionService(storage);
  let control: ReturnType<typeof attachControlServer> | undefined;
  const app = createApp({
    config,
    storage,
    rooms,
    batcher,
    sessionService,
    log,
    onJoined: (workshopId) => void control?.broadcastParticipants(workshopId).catch(() => {}),
    participantList: (workshopId) => (control ? control.participantList(workshopId) : Promise.resolve([])),
  });
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
    allowedOrigins: config.allowedOrigins,
  });
  control = attachControlServer(httpServer, {
    storage,
    sessions,
    sessionService,
    rooms,
    batcher,
    log,
    allowedOrigins: config.allowedOrigins,
    maxClientsPerWorkshop: config.maxClientsPerWorkshop,
    eventsPerSecond: config.controlEventsPerSecond,
  });

  return {
    httpServer,
    rooms,
    async listen(): Promise<number> {
      await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
      return (httpServer.address() as AddressInfo).port;
    },
    /** Graceful stop: refuse new work, write everything pending, tell clients to reconnect quietly. */
    async close(): Promise<void> {
      httpServer.close();
      await batcher.drain();
      sync.closeAll();
      control?.io.disconnectSockets(true);
      await new Promise<void>((resolve) => control?.io.close(() => resolve()) ?? resolve());
      httpServer.closeAllConnections();
      await batcher.drain();
      await storage.close();
    },
  };
}
