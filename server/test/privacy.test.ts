import path from "node:path";
import { addCard, boardFromDoc, CloseCode, type WorkshopJson } from "@oppdag/shared";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmed, connected, controlClient, eventually, rawSync, syncClient, waitForSynced } from "./helpers/clients";
import { api, createWorkshop, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

/** Rows anywhere in the database that still belong to a workshop. */
function rowsOf(dataDir: string, workshopId: string): number {
  const db = new Database(path.join(dataDir, "oppdag.sqlite"), { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get(workshopId) as { n: number }).n;
    return (
      count("SELECT count(*) AS n FROM workshops WHERE id = ?") +
      count("SELECT count(*) AS n FROM invites WHERE workshop_id = ?") +
      count("SELECT count(*) AS n FROM participants WHERE workshop_id = ?") +
      count("SELECT count(*) AS n FROM doc_updates WHERE workshop_id = ?") +
      count("SELECT count(*) AS n FROM session_state WHERE workshop_id = ?")
    );
  } finally {
    db.close();
  }
}

describe("personal data", () => {
  it("a facilitator deletes a workshop with everything in it; everyone is sent out; others are untouched", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const other = await workshopWithPeople(server.url);
    const writer = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(writer);
    addCard(
      writer.doc,
      { kind: "idea", x: 0, y: 0, text: "Snart borte" },
      { id: kari.participant.id, group: "industry" },
    );
    const watching = rawSync(server.wsUrl, workshop.id, facilitator.token);
    const control = controlClient(server.url, workshop.id, kari.token);
    await Promise.all([watching.opened, connected(control)]);
    const disconnected = new Promise((resolve) => control.on("disconnect", resolve));
    await confirmed(writer);
    expect(rowsOf(server.dataDir, workshop.id)).toBeGreaterThan(5);

    expect((await api(server.url, "DELETE", `/workshops/${workshop.id}`, undefined, kari.token)).status).toBe(403);
    expect((await api(server.url, "DELETE", `/workshops/${workshop.id}`, undefined, facilitator.token)).status).toBe(
      204,
    );
    expect((await watching.closed).code).toBe(CloseCode.UnknownWorkshop);
    await disconnected;
    writer.destroy();
    control.disconnect();

    expect((await api(server.url, "GET", `/workshops/${workshop.id}`)).status).toBe(404);
    const again = rawSync(server.wsUrl, workshop.id, kari.token);
    expect((await again.closed).code).toBe(CloseCode.UnknownWorkshop);
    await eventually(() => rowsOf(server.dataDir, workshop.id) === 0, "no row of the workshop is left");
    expect(rowsOf(server.dataDir, other.workshop.id)).toBeGreaterThan(0);
    expect((await api(server.url, "GET", `/workshops/${other.workshop.id}`)).status).toBe(200);
  });

  it("erases a name for good: by its owner or a facilitator; the cards stay with their actor group", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const writer = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(writer);
    addCard(
      writer.doc,
      { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" },
      { id: kari.participant.id, group: "industry" },
    );
    await confirmed(writer);
    writer.destroy();

    const erase = (who: string, token: string) =>
      api(server.url, "POST", `/workshops/${workshop.id}/participants/${who}/erase-name`, undefined, token);
    expect((await erase(kari.participant.id, lars.token)).status).toBe(403);
    expect((await erase(kari.participant.id, kari.token)).status).toBe(204);
    expect((await erase(lars.participant.id, facilitator.token)).status).toBe(204);

    const json = await api<WorkshopJson>(
      server.url,
      "GET",
      `/workshops/${workshop.id}/export.json`,
      undefined,
      facilitator.token,
    );
    const text = JSON.stringify(json.body);
    expect(text).not.toContain("Kari Nordmann");
    expect(text).not.toContain("Lars Ørjasæter");
    expect(json.body.board.cards[0]).toMatchObject({ text: "Kongekrabbe", authorGroup: "industry" });
    const db = new Database(path.join(server.dataDir, "oppdag.sqlite"), { readonly: true });
    const names = db.prepare("SELECT name FROM participants WHERE workshop_id = ?").all(workshop.id) as Array<{
      name: string;
    }>;
    db.close();
    expect(names.map((n) => n.name).sort()).toEqual(["", "", "Fasilitator Åse", "Observatør Øystein"]);
    // Their tokens still work: erasing a name is not removing a person.
    const reader = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(reader);
    expect(boardFromDoc(reader.doc).cards).toHaveLength(1);
    reader.destroy();
  });

  it("deletes workshops nobody has used for the retention period, and keeps the ones in use", async () => {
    const short = await startServer({ env: { RETENTION_DAYS: "0.00003", RETENTION_SWEEP_MS: "250" } });
    try {
      const idle = await createWorkshop(short.url);
      const busy = await workshopWithPeople(short.url);
      const client = syncClient(short.wsUrl, busy.workshop.id, busy.kari.token);
      await waitForSynced(client);
      // 0.00003 days is about 2.6 s.
      await eventually(
        async () => (await api(short.url, "GET", `/workshops/${idle.id}`)).status === 404,
        "the idle workshop is deleted",
        8000,
      );
      expect((await api(short.url, "GET", `/workshops/${busy.workshop.id}`)).status).toBe(200);
      client.destroy();
    } finally {
      await short.kill();
    }
  });
});
