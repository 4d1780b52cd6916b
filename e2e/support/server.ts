import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface E2eServer {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the process with a signal and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The real server, serving the built client, as its own process. `port` 0 picks a free one;
 * passing the port and data directory of a stopped server starts it again in its place, as a
 * restart or a deploy does.
 */
export async function startServer(options: { port?: number; dataDir?: string } = {}): Promise<E2eServer> {
  // E2E_CLIENT_DIST lets several people test their own build of the client side by side.
  const clientDist = process.env.E2E_CLIENT_DIST ?? path.join(root, "client/dist");
  if (!fs.existsSync(path.join(clientDist, "index.html"))) {
    throw new Error(`${clientDist} is missing: run \`pnpm build\` before the end-to-end tests`);
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-e2e-"));
  // OPPDAG_TEST_BUNDLE=1 (the README's test command) runs the production bundle, as `pnpm start` does.
  const entry = process.env.OPPDAG_TEST_BUNDLE === "1" ? ["dist/index.mjs"] : ["--import", "tsx", "src/index.ts"];
  const child: ChildProcess = spawn(process.execPath, entry, {
    cwd: path.join(root, "server"),
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      CLIENT_DIST: clientDist,
      LOG_LEVEL: "info",
      JOIN_RATE_PER_MINUTE: "1000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = out.match(/"event":"listening","port":(\d+)/);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      // Keep the pipe flowing unread, or a full pipe would stall the server.
      child.stdout?.resume();
      resolve(Number(m[1]));
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    stop(signal = "SIGTERM") {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      });
    },
  };
}
