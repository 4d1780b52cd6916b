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

    const first = await api<WorkshopJson>(
      server.url,
      "GET",
      `/workshops/${workshop.id}/export.json`,
      undefined,
      facilitator.token,
    );
    expect(first.status).toBe(200);
    expect(first.body.votes[0]?.results[0]).toEqual({ targetId: o, count: 1 });
    expect(first.body.participants.map((x) => x.name)).toContain("Kari Nordmann");

    const imported = await api<CreateWorkshopResult>(server.url, "POST", "/workshops/import", first.body);
    expect(imported.status).toBe(201);
    const newId = imported.body.workshop.id;
    expect(newId).not.toBe(workshop.id);
    const fac2 = await join(server.url, newId, inviteToken(imported.body.invites.facilitator), "Åse", "facilitator");
    const second = await api<WorkshopJson>(server.url, "GET", `/workshops/${newId}/export.json`, undefined, fac2.token);
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
});
