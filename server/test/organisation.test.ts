import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JoinResult, ParticipantInfo, WorkshopJson } from "@oppdag/shared";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteStorage } from "../src/storage/sqlite";
import { controlClient, eventually } from "./helpers/clients";
import { api, createWorkshop, join } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// Participants give their organisation when they join (optional): it shows beside their name in
// the participant list and the exports, is hidden with the names in an anonymous workshop, and is
// erased with the name.

const live = liveServer();

async function room() {
  const base = live.server().url;
  const w = await createWorkshop(base);
  const facilitator = await join(base, w.id, w.invites.facilitator, "Fasilitator Åse", "facilitator");
  const joined = await api<JoinResult>(base, "POST", `/workshops/${w.id}/join`, {
    invite: w.invites.participant,
    name: "Kari Nordmann",
    actorGroup: "industry",
    organisation: "  Nofima  ",
  });
  expect(joined.status).toBe(201);
  const kari = joined.body;
  const lars = await join(base, w.id, w.invites.participant, "Lars Ørjasæter", "research");
  return { id: w.id, invites: w.invites, facilitator, kari, lars };
}

/** The participant list as one person's control socket last received it. */
function listSeenBy(workshopId: string, token: string) {
  const socket = controlClient(live.server().url, workshopId, token);
  live.cleanup.push(() => socket.disconnect());
  let list: ParticipantInfo[] = [];
  socket.on("participants:changed", (next) => {
    list = next;
  });
  return () => list;
}

describe("organisations", () => {
  it("shows the organisation beside the name, trimmed, in the list and in every export of names", async () => {
    const { id, facilitator, kari, lars } = await room();
    expect(kari.participant.organisation).toBe("Nofima");
    expect(lars.participant.organisation).toBe("");

    const base = live.server().url;
    const md = await fetch(`${base}/api/workshops/${id}/export.md`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    }).then((r) => r.text());
    expect(md).toContain("Kari Nordmann (Nofima)");
    expect(md).toContain("Lars Ørjasæter");
    expect(md).not.toContain("Lars Ørjasæter (");
    const json = await api<WorkshopJson>(base, "GET", `/workshops/${id}/export.json`, undefined, facilitator.token);
    expect(json.body.participants.find((p) => p.name === "Kari Nordmann")?.organisation).toBe("Nofima");
  });

  it("hides organisations with the names in an anonymous workshop, and erases them with the name", async () => {
    const { id, facilitator, kari, lars } = await room();
    const f = await live.person(id, facilitator.token);
    expect(await f.ask("anonymous:set", { active: true })).toEqual({ ok: true });
    const seen = listSeenBy(id, lars.token);
    await eventually(() => seen().length >= 3, "lars has the list");
    const kariSeen = seen().find((p) => p.id === kari.participant.id);
    expect(kariSeen).toMatchObject({ name: "", organisation: "" });

    const base = live.server().url;
    const erased = await api(
      base,
      "POST",
      `/workshops/${id}/participants/${kari.participant.id}/erase-name`,
      undefined,
      kari.token,
    );
    expect(erased.status).toBe(204);
    const db = new Database(path.join(live.server().dataDir, "oppdag.sqlite"), { readonly: true });
    const row = db.prepare("SELECT name, organisation FROM participants WHERE id = ?").get(kari.participant.id);
    db.close();
    expect(row).toEqual({ name: "", organisation: "" });
  });

  it("refuses an organisation that is too long or holds control characters, and takes none at all", async () => {
    const { id, invites } = await room();
    const base = live.server().url;
    const tryJoin = (organisation: unknown) =>
      api(base, "POST", `/workshops/${id}/join`, {
        invite: invites.participant,
        name: "Per",
        actorGroup: "public",
        organisation,
      });
    expect((await tryJoin("x".repeat(81))).status).toBe(400);
    expect((await tryJoin("Nofima\u0007")).status).toBe(400);
    expect((await tryJoin(42)).status).toBe(400);
    expect((await tryJoin("")).status).toBe(201);
    expect((await tryJoin(undefined)).status).toBe(201);
  });
});

describe("a store from before organisations", () => {
  it("gains the column on open and reads earlier participants as having none", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-org-"));
    const first = openSqliteStorage(dir);
    await first.close();
    // The participants table as the first releases made it.
    const db = new Database(path.join(dir, "oppdag.sqlite"));
    db.exec("ALTER TABLE participants DROP COLUMN organisation");
    db.exec(
      "INSERT INTO workshops (id, title, region, language, created_at) VALUES ('w1', 'Troms', NULL, 'nb', '2026-01-01')",
    );
    db.exec(
      "INSERT INTO participants (id, workshop_id, token_hash, name, actor_group, role, created_at) VALUES ('p1', 'w1', 'h', 'Kari', 'industry', 'participant', '2026-01-01')",
    );
    db.close();
    const storage = openSqliteStorage(dir);
    try {
      expect(await storage.listParticipants("w1")).toEqual([
        expect.objectContaining({ name: "Kari", organisation: "" }),
      ]);
    } finally {
      await storage.close();
    }
  });
});
