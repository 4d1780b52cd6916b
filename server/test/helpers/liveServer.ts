import { afterAll, afterEach, beforeAll } from "vitest";
import { controlPerson, type FrameLog, type SyncClient, syncClient } from "./clients";
import { startServer, type TestServer } from "./serverProcess";

/**
 * One real server process for a test file, and the clients its tests open, closed after each test:
 * `sync` (a y-websocket client, optionally recording every frame) and `person` (the control channel).
 */
export function liveServer() {
  let server: TestServer | undefined;
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.kill();
  });
  const running = (): TestServer => {
    if (!server) throw new Error("the server is not started yet");
    return server;
  };
  return {
    server: running,
    cleanup,
    sync(workshopId: string, token: string, frames?: FrameLog): SyncClient {
      const c = syncClient(running().wsUrl, workshopId, token, undefined, frames);
      cleanup.push(() => c.destroy());
      return c;
    },
    person: (workshopId: string, token: string) => controlPerson(running().url, workshopId, token, cleanup),
  };
}
