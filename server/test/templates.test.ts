import {
  boardFromDoc,
  type CreateWorkshopResult,
  localizeTemplate,
  notesToBlocks,
  type SessionView,
  TEMPLATES,
} from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connected, controlClient, eventually, syncClient, waitForSynced } from "./helpers/clients";
import { api, inviteToken, join } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
const cleanup: Array<() => unknown> = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
afterAll(async () => {
  await server.kill();
});

async function create(body: Record<string, unknown>) {
  const res = await api<CreateWorkshopResult>(server.url, "POST", "/workshops", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** What a participant who joins sees: the board (from sync) and the agenda (from control). */
async function participantView(created: CreateWorkshopResult) {
  const id = created.workshop.id;
  const person = await join(server.url, id, inviteToken(created.invites.participant), "Kari Nordmann", "industry");
  const client = syncClient(server.wsUrl, id, person.token);
  cleanup.push(() => client.destroy());
  await waitForSynced(client);
  const socket = controlClient(server.url, id, person.token);
  cleanup.push(() => socket.disconnect());
  let view: SessionView | null = null;
  socket.on("session:state", (v) => {
    view = v;
  });
  await connected(socket);
  await eventually(() => view !== null, "first session state");
  return { doc: client.doc, session: view as unknown as SessionView };
}

describe("starting a workshop from a template", () => {
  it("writes the template's zones, guide and agenda in the workshop's language", async () => {
    const created = await create({ title: "Næringsstrategi Troms", region: "Troms", language: "nb", template: "swot" });
    const { doc, session } = await participantView(created);

    const expected = localizeTemplate("swot", "nb");
    const board = boardFromDoc(doc);
    expect(board.zones.map((z) => z.title).sort()).toEqual(["Muligheter", "Styrker", "Svakheter", "Trusler"]);
    for (const zone of expected.zones) {
      expect(board.zones.find((z) => z.title === zone.title)).toMatchObject({
        x: zone.x,
        y: zone.y,
        w: zone.w,
        h: zone.h,
        color: zone.color,
      });
    }
    expect(board.cards).toEqual([]);
    expect(notesToBlocks(doc.getXmlFragment("notes"))[0]).toMatchObject({ type: "heading", runs: [{ text: "SWOT" }] });

    expect(session.phases.map((p) => [p.name, p.durationSec / 60])).toEqual(
      expected.phases.map((p) => [p.name, p.minutes]),
    );
    expect(session.phases[0]?.instructions).toBe(expected.phases[0]?.instructions);
    expect(session.currentPhaseId).toBeNull();
  });

  it("writes Swedish content for a Swedish workshop", async () => {
    const created = await create({ title: "Kronoberg – RUS", language: "sv", template: "challenges" });
    const { doc, session } = await participantView(created);
    const titles = boardFromDoc(doc).zones.map((z) => z.title);
    expect(titles).toHaveLength(TEMPLATES.challenges.zones.length);
    expect(titles).toContain("Företagens syn på det offentliga");
    expect(session.phases[0]?.name).toBe("Utmaningarna");
  });

  it("starts empty without a template, or with the blank one", async () => {
    for (const body of [
      { title: "Tom", language: "nb" },
      { title: "Tom", language: "nb", template: "blank" },
    ]) {
      const { doc, session } = await participantView(await create(body));
      expect(boardFromDoc(doc)).toMatchObject({ zones: [], cards: [] });
      expect(doc.getXmlFragment("notes").length).toBe(0);
      expect(session.phases).toEqual([]);
    }
  });

  it("refuses a template it does not know", async () => {
    const res = await api(server.url, "POST", "/workshops", { title: "X", language: "en", template: "kanban" });
    expect(res.status).toBe(400);
  });
});
