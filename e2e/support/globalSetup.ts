import fs from "node:fs";
import { startServer } from "./server";

/**
 * Starts the real server, serving the built client, on a free port with a throwaway database.
 * Tests read E2E_BASE_URL; the returned function stops the server.
 */
export default async function globalSetup() {
  const server = await startServer();
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_DATA_DIR = server.dataDir;
  return async () => {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  };
}
