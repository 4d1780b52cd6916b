import { loadConfig } from "./config";
import { createLogger } from "./lib/logger";
import { createServer } from "./server";

const config = loadConfig();
const log = createLogger(config.logLevel);
const server = createServer(config, log);
const port = await server.listen();
// Tests and scripts read this line to find the port when PORT=0.
log.info({ event: "listening", port, dataDir: config.dataDir }, `Oppdag listening on http://localhost:${port}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await server.close();
    process.exit(0);
  } catch (err) {
    log.error({ err }, "shutdown failed");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
