import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestServer {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** Output so far, for assertions on logs. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real server as its own process on a free port, with its own data directory: from
 * source through tsx, or with `bundle` as production runs it (`dist/`, built by `pnpm build`).
 * OPPDAG_TEST_BUNDLE=1 (set by the README's test command) makes every test server the bundle.
 */
export async function startServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    port?: number;
    bundle?: boolean;
    nodeArgs?: string[];
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-test-"));
  const bundle = options.bundle ?? process.env.OPPDAG_TEST_BUNDLE === "1";
  const args = [...(options.nodeArgs ?? []), ...(bundle ? ["dist/index.mjs"] : ["--import", "tsx", "src/index.ts"])];
  if (bundle && !fs.existsSync(path.join(serverDir, "dist/index.mjs"))) {
    throw new Error("no server bundle: run `pnpm --filter @oppdag/server build` first");
  }
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      // Dozens of short-lived test servers need not each warm up a Word worker.
      DOCX_WARMUP: "0",
      JOIN_RATE_PER_MINUTE: "10000",
      API_RATE_PER_MINUTE: "100000",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    const onData = () => {
      const match = out.match(/"event":"listening","port":(\d+)/);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    process: child,
    output: () => out,
    kill(signal = "SIGTERM") {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}
