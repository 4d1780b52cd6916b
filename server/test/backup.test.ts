import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { addCard, boardFromDoc } from "@oppdag/shared";
import { afterEach, describe, expect, it } from "vitest";
import { confirmed, syncClient, waitForSynced } from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, "..");
const cli = (script: string, dataDir: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", `src/cli/${script}.ts`, ...args], {
    cwd: serverDir,
    env: { ...process.env, DATA_DIR: dataDir, INIT_CWD: serverDir },
  });

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.kill("SIGKILL");
});

describe("backup and restore", () => {
  it("backs up a running server under writes, and restores it into an empty data directory", async () => {
    const server = await startServer();
    servers.push(server);
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const writer = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(writer);
    const author = { id: kari.participant.id, group: "industry" as const };
    for (let i = 0; i < 50; i++) addCard(writer.doc, { kind: "idea", x: i, y: 0, text: `Før ${i} – æøå` }, author);
    await confirmed(writer);
    const before = boardFromDoc(writer.doc).cards.length;

    // Writes keep coming while the backup runs: the online backup must not block or tear them.
    let n = 0;
    const writing = setInterval(
      () => addCard(writer.doc, { kind: "idea", x: n, y: 1, text: `Under ${n++}` }, author),
      5,
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-backup-")), "copy.sqlite");
    const { stdout } = await cli("backup", server.dataDir, file);
    clearInterval(writing);
    expect(stdout).toContain("Backed up 1 workshop(s)");
    writer.destroy();

    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-restore-"));
    const restored = await cli("restore", emptyDir, file);
    expect(restored.stdout).toContain("Restored");
    const again = await startServer({ dataDir: emptyDir });
    servers.push(again);
    const reader = syncClient(again.wsUrl, workshop.id, lars.token);
    await waitForSynced(reader);
    const cards = boardFromDoc(reader.doc).cards;
    expect(cards.length).toBeGreaterThanOrEqual(before);
    expect(cards.map((c) => c.text)).toContain("Før 49 – æøå");
    reader.destroy();
  });

  it("refuses to restore a file that is not a backup, and changes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-restore-"));
    const junk = path.join(dir, "junk.sqlite");
    fs.writeFileSync(junk, "not a database");
    await expect(cli("restore", dir, junk)).rejects.toMatchObject({ code: 1 });
    expect(fs.existsSync(path.join(dir, "oppdag.sqlite"))).toBe(false);
  });
});
