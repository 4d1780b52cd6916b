import { boardFromDoc, CARD_KINDS, type ParticipantInfo, type SessionView, type WorkshopJson } from "@oppdag/shared";
import {
  EXAMPLE_CARDS,
  EXAMPLE_CHALLENGES,
  EXAMPLE_GROUPS,
  EXAMPLE_ITEMS,
  EXAMPLE_SCORING,
  EXAMPLE_TITLE,
  type ExampleWorkshopResult,
} from "@oppdag/shared/example";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connected, controlClient, eventually, syncClient, waitForSynced } from "./helpers/clients";
import { api } from "./helpers/factories";
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

async function createExample(language: string) {
  const res = await api<ExampleWorkshopResult>(server.url, "POST", "/workshops/example", { language });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe("POST /api/workshops/example", () => {
  it("creates a filled workshop and returns its facilitator's session", async () => {
    const created = await createExample("nb");
    const id = created.workshop.id;
    expect(created.workshop.title).toBe(EXAMPLE_TITLE.nb);
    expect(created.session.workshop.id).toBe(id);
    expect(created.session.participant.role).toBe("facilitator");
    const { token } = created.session;

    const client = syncClient(server.wsUrl, id, token);
    cleanup.push(() => client.destroy());
    await waitForSynced(client);
    const board = boardFromDoc(client.doc);
    expect(board.cards).toHaveLength(EXAMPLE_CARDS.length);
    expect(new Set(board.cards.map((c) => c.kind))).toEqual(new Set(CARD_KINDS));
    expect(board.zones.map((z) => z.title)).toContain("Styrker");
    expect(board.links.every((l) => l.label !== "")).toBe(true);

    const socket = controlClient(server.url, id, token);
    cleanup.push(() => socket.disconnect());
    let view: SessionView | null = null;
    socket.on("session:state", (v) => {
      view = v;
    });
    await connected(socket);
    await eventually(() => view !== null, "first session state");
    const session = view as unknown as SessionView;
    expect(session.votes).toHaveLength(1);
    expect(session.votes[0]?.status).toBe("revealed");
    expect(session.votes[0]?.id).toBe(created.voteRoundId);
    expect(session.votes[0]?.results?.some((r) => r.count > 0)).toBe(true);
    expect(session.phases.length).toBeGreaterThan(4);
    expect(session.currentPhaseId).toBe(session.phases.at(-1)?.id);

    const people = await api<ParticipantInfo[]>(server.url, "GET", `/workshops/${id}/participants`, undefined, token);
    expect(people.status).toBe(200);
    const list = people.body;
    expect(new Set(list.map((p) => p.actorGroup)).size).toBeGreaterThanOrEqual(5);
    // Every card is credited to someone in the room.
    const ids = new Set(list.map((p) => p.id));
    expect(board.cards.every((c) => ids.has(c.authorId))).toBe(true);

    const exported = await api<WorkshopJson>(server.url, "GET", `/workshops/${id}/export.json`, undefined, token);
    expect(exported.status).toBe(200);
    expect(exported.body.actionItems).toHaveLength(EXAMPLE_ITEMS.length);
    // The schema builds the text fields from a list, so their names are not in its type.
    const first = exported.body.actionItems[0] as unknown as Record<string, string> | undefined;
    expect(first?.goal).toBe(EXAMPLE_ITEMS[0]?.fields.goal.nb);
    expect(first?.responsible).not.toBe("");
    expect(exported.body.actionItems.every((i) => i.provenance.linkIds.length > 0)).toBe(true);
    expect(exported.body.votes[0]?.results.length).toBeGreaterThan(0);
    expect(exported.body.participants.length).toBe(list.length);
  });

  it("opens with its groups in plenary, its scoring revealed and its challenges, all in the exports", async () => {
    const created = await createExample("en");
    const id = created.workshop.id;
    const { token } = created.session;
    const socket = controlClient(server.url, id, token);
    cleanup.push(() => socket.disconnect());
    let view: SessionView | null = null;
    socket.on("session:state", (v) => {
      view = v;
    });
    await connected(socket);
    await eventually(() => view !== null, "first session state");
    const session = view as unknown as SessionView;
    const people = await api<ParticipantInfo[]>(server.url, "GET", `/workshops/${id}/participants`, undefined, token);
    const byId = new Map(people.body.map((p) => [p.id, p]));

    // The groups name people who are in the workshop, and the rapporteur is one of each group's.
    expect(session.groups.status).toBe("plenary");
    expect(session.groups.groups.map((g) => g.name)).toEqual(EXAMPLE_GROUPS.map((g) => g.name.en));
    for (const g of session.groups.groups) {
      const members = Object.entries(session.groups.members).filter(([, gid]) => gid === g.id);
      expect(members.length).toBeGreaterThanOrEqual(3);
      for (const [pid] of members) expect(byId.get(pid)?.role).toBe("participant");
      expect(session.groups.members[g.rapporteurId ?? ""]).toBe(g.id);
      expect(g.summary).not.toBe("");
    }
    expect(session.scoring).toHaveLength(1);
    expect(session.scoring[0]?.status).toBe("revealed");
    expect(session.scoring[0]?.results?.[0]?.groups.length).toBeGreaterThanOrEqual(5);
    expect(people.body.some((p) => p.role === "critic")).toBe(true);

    const md = await api<string>(server.url, "GET", `/workshops/${id}/export.md`, undefined, token);
    expect(md.status).toBe(200);
    expect(md.body).toContain("## Thematic groups (2)");
    expect(md.body).toContain(`### ${EXAMPLE_GROUPS[0]?.name.en}`);
    expect(md.body).toContain("- **Rapporteur:** Jonas Eriksen");
    expect(md.body).toContain("Kari Nordmann");
    expect(md.body).toContain(`### ${EXAMPLE_SCORING.title.en}`);
    expect(md.body).toContain("## Answered challenges (1)");
    expect(md.body).toContain(EXAMPLE_CHALLENGES[0]?.answer?.en);
    const json = await api<WorkshopJson>(server.url, "GET", `/workshops/${id}/export.json`, undefined, token);
    expect(json.body.groups?.groups.map((g) => g.members.length)).toEqual(EXAMPLE_GROUPS.map((g) => g.members.length));
  });

  it("writes the example in the language asked for, English by default", async () => {
    expect((await createExample("sv")).workshop.title).toBe(EXAMPLE_TITLE.sv);
    const res = await api<ExampleWorkshopResult>(server.url, "POST", "/workshops/example", {});
    expect(res.status).toBe(201);
    expect(res.body.workshop.title).toBe(EXAMPLE_TITLE.en);
    const bad = await api(server.url, "POST", "/workshops/example", { language: "de" });
    expect(bad.status).toBe(400);
  });
});
