import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Starts the real server, serving the built client, on a free port with a throwaway database.
 * Tests read E2E_BASE_URL; the returned function stops the server.
 */
export default async function globalSetup() {
  if (!fs.existsSync(path.join(root, "client/dist/index.html"))) {
    throw new Error("client/dist is missing: run `pnpm build` before the end-to-end tests");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: path.join(root, "server"),
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      JOIN_RATE_PER_MINUTE: "1000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    child.stdout?.on("data", (d) => {
      out += d;
      const m = out.match(/"event":"listening","port":(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.E2E_DATA_DIR = dataDir;
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
