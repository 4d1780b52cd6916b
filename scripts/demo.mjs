// `pnpm demo [en|nb|sv]`: sets up like the README's first command where needed (install, build),
// starts the app, creates the example workshop and prints its facilitator link. A server already
// answering on the port is used as it is.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT && process.env.PORT !== "0" ? process.env.PORT : "3000";
const local = `http://localhost:${port}`;
const publicUrl = (process.env.PUBLIC_URL ?? local).replace(/\/$/, "");
const LANGUAGES = ["en", "nb", "sv"];

/** The language asked for, else the shell's (nb_NO.UTF-8 → nb; no and nn mean bokmål too), else English. */
function language() {
  const asked = process.argv[2] ?? process.env.DEMO_LANGUAGE;
  if (asked) {
    if (!LANGUAGES.includes(asked)) fail(`unknown language "${asked}": use one of ${LANGUAGES.join(", ")}`);
    return asked;
  }
  const base = (process.env.LC_ALL || process.env.LANG || "").toLowerCase().slice(0, 2);
  if (["nb", "nn", "no"].includes(base)) return "nb";
  return base === "sv" ? "sv" : "en";
}

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function run(command, args) {
  console.log(`› ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed`);
}

/** Newest modification time of any file below the given directories. */
function newest(dirs) {
  let latest = 0;
  const stack = dirs.map((d) => path.join(root, d));
  while (stack.length > 0) {
    const dir = stack.pop();
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") stack.push(full);
      } else latest = Math.max(latest, fs.statSync(full).mtimeMs);
    }
  }
  return latest;
}

/** The build `pnpm start` would make, unless one newer than every source file is there already. */
function needsBuild() {
  const outputs = [path.join(root, "client/dist/index.html"), path.join(root, "server/dist/index.mjs")];
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return newest(["client/src", "client/index.html", "server/src", "shared/src"]) > built;
}

async function healthy() {
  try {
    return (await fetch(`${local}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function waitForServer(child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail("the server stopped while starting (see above)");
    if (await healthy()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`the server did not answer on ${local} within 30 s`);
}

if (!fs.existsSync(path.join(root, "node_modules/.modules.yaml"))) run("pnpm", ["install"]);

let server = null;
if (await healthy()) {
  console.log(`› using the server already running on ${local}`);
} else {
  if (needsBuild()) run("pnpm", ["build"]);
  console.log(`› starting the app on ${local}`);
  server = spawn(process.execPath, ["dist/index.mjs"], {
    cwd: path.join(root, "server"),
    // The server logs one JSON line per request; the demo shows warnings only, unless asked.
    env: { ...process.env, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    stdio: "inherit",
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
  await waitForServer(server);
}

const res = await fetch(`${local}/api/workshops/example`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ language: language() }),
});
if (res.status !== 201) {
  server?.kill("SIGTERM");
  fail(`creating the example failed (${res.status}): ${await res.text()}`);
}
const example = await res.json();
console.log(`
  ${example.workshop.title}

  Facilitator link (open it, type your name, and you run the workshop):
    ${publicUrl}${example.invites.facilitator}

  Participant link (for a second browser or a phone on the same network):
    ${publicUrl}${example.invites.participant}

  Or open ${publicUrl} and press the example button for another one.${server ? " Ctrl+C stops the app." : ""}
`);
