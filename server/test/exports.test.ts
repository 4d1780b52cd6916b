import {
  addActionItem,
  addCard,
  addLink,
  boardMaps,
  type CreateWorkshopResult,
  type WorkshopJson,
} from "@oppdag/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { confirmed, connected, controlClient, eventually, syncClient, waitForSynced } from "./helpers/clients";
import { api, inviteToken, join, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

/** Everything but what is bound to one particular export or workshop. */
const content = (j: WorkshopJson) => ({ ...j, exportedAt: "", participants: [] });

const exportJson = (workshopId: string, token: string) =>
  api<WorkshopJson>(server.url, "GET", `/workshops/${workshopId}/export.json`, undefined, token);

/** Imports an export as a new workshop and exports that again, as its facilitator. */
async function reimport(json: WorkshopJson) {
  const imported = await api<CreateWorkshopResult>(server.url, "POST", "/workshops/import", json);
  expect(imported.status).toBe(201);
  const id = imported.body.workshop.id;
  const facilitator = await join(server.url, id, inviteToken(imported.body.invites.facilitator), "Åse", "facilitator");
  return { id, facilitator, second: await exportJson(id, facilitator.token) };
}

describe("JSON export and import", () => {
  it("export → import → export gives the same content, votes included", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const c = syncClient(server.wsUrl, workshop.id, facilitator.token);
    await waitForSynced(c);
    const author = { id: kari.participant.id, group: "industry" as const };
    const s = addCard(c.doc, { kind: "strength", x: 0, y: 0, text: "Kongekrabbe – áčđŋšŧž" }, author);
    const o = addCard(c.doc, { kind: "opportunity", x: 360, y: 0, text: "Sporbar sjømat" }, author);
    addLink(c.doc, s, o, author, "fra hav til bord");
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText("Referat – Småföretag")]);
    boardMaps(c.doc).notes.insert(0, [p]);
    addActionItem(c.doc, { title: "Levende krabbe", partners: "Nofima; UiT" });
    await confirmed(c);

    const f = controlClient(server.url, workshop.id, facilitator.token);
    const k = controlClient(server.url, workshop.id, kari.token);
    await Promise.all([connected(f), connected(k)]);
    // Listen before asking: the new state may arrive before the ack does.
    let roundId = "";
    k.on("session:state", (v) => {
      roundId = v.votes[0]?.id ?? "";
    });
    await f.emitWithAck("vote:start", {
      title: "Prioriter",
      targets: { kinds: ["strength", "opportunity"], links: false, zoneId: null },
      votesPerPerson: 2,
      allowMultiplePerTarget: false,
      anonymous: true,
    });
    await eventually(() => roundId !== "", "round open");
    await k.emitWithAck("vote:cast", { roundId, targetId: o });
    await f.emitWithAck("vote:reveal", { roundId });
    f.disconnect();
    k.disconnect();
    c.destroy();

    const first = await exportJson(workshop.id, facilitator.token);
    expect(first.status).toBe(200);
    expect(first.body.votes[0]?.results[0]).toEqual({ targetId: o, count: 1 });
    expect(first.body.participants.map((x) => x.name)).toContain("Kari Nordmann");

    const { id: newId, facilitator: fac2, second } = await reimport(first.body);
    expect(newId).not.toBe(workshop.id);
    expect(content(second.body)).toEqual(content(first.body));
    const md = await api<string>(server.url, "GET", `/workshops/${newId}/export.md`, undefined, fac2.token);
    expect(md.body).toContain("1. Sporbar sjømat — 1");
    // Every format says the same thing: the action plan is in the Markdown too.
    expect(md.body).toContain("#### a. Levende krabbe");
    expect(md.body).toContain("- **Samarbeidspartnere:** Nofima; UiT");
  });

  it("refuses a malformed import with a clear 400 and creates nothing", async () => {
    const res = await api<{ error: string; message: string }>(server.url, "POST", "/workshops/import", {
      format: "oppdag.workshop",
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_request");
    const junk = await api(server.url, "POST", "/workshops/import", "{not json");
    expect(junk.status).toBe(400);
  });

  it("takes back whatever any participant could write: long text, long author ids, notes nested deep", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const c = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(c);
    const author = { id: "a".repeat(300), group: "industry" as const };
    const long = "Skogsbaserad bioekonomi – skog, sågverk och träförädling. ".repeat(100);
    addCard(c.doc, { kind: "strength", x: 0, y: 0, text: long }, author);
    addActionItem(c.doc, { title: "Tiltak", goal: "m".repeat(12_000) });
    // 3,000 levels: more than the export keeps nested (the rest is flattened, text kept).
    // Built from the top down: Yjs integrates a prebuilt subtree recursively.
    c.doc.transact(() => {
      let parent: Y.XmlFragment = boardMaps(c.doc).notes;
      for (let i = 0; i < 3000; i++) {
        const child = new Y.XmlElement("blockquote");
        parent.insert(parent.length, [child]);
        parent = child;
      }
      parent.insert(0, [new Y.XmlText("djupast")]);
    });
    await confirmed(c);
    c.destroy();

    const first = await exportJson(workshop.id, facilitator.token);
    expect(first.status).toBe(200);
    expect(first.body.board.cards[0]?.text).toBe(long);
    expect(JSON.stringify(first.body.notes)).toContain("djupast");
    const { second } = await reimport(first.body);
    expect(content(second.body)).toEqual(content(first.body));
  });

  it("refuses notes nested too deep for an import with a clear 400, not a crash", async () => {
    let node: unknown = { type: "text", delta: [{ insert: "x" }] };
    for (let i = 0; i < 700; i++) node = { type: "element", name: "blockquote", attrs: {}, children: [node] };
    const { workshop, facilitator } = await workshopWithPeople(server.url);
    const base = await exportJson(workshop.id, facilitator.token);
    const res = await api<{ error: string; message: string }>(server.url, "POST", "/workshops/import", {
      ...base.body,
      notes: [node],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/deep|nested/i);
  });

  it("refuses an import with more cards than a board holds", async () => {
    const { workshop, facilitator } = await workshopWithPeople(server.url);
    const base = await exportJson(workshop.id, facilitator.token);
    const card = (i: number) => ({
      id: `c${i}`,
      kind: "idea" as const,
      text: "",
      x: i,
      y: 0,
      w: 200,
      h: 120,
      color: "yellow" as const,
      authorId: "",
      authorGroup: "industry" as const,
      createdAt: 0,
    });
    const res = await api<{ error: string; message: string }>(server.url, "POST", "/workshops/import", {
      ...base.body,
      board: { ...base.body.board, cards: Array.from({ length: 3001 }, (_, i) => card(i)) },
    });
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ error: "too_many" });
    expect(res.body.message).toContain("3000");
  });
});
