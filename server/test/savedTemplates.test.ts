import { addZone, boardFromDoc, type CreateWorkshopResult, type SavedTemplate, type SessionView } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { eventually, waitForSynced } from "./helpers/clients";
import { api, inviteToken, join } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// A facilitator saves a workshop's zones and agenda as a template; the next workshop created from
// it starts with the same zones, phases and phase actions, and none of the first one's content.

const live = liveServer();
const { sync, person } = live;

async function create(body: Record<string, unknown>) {
  const res = await api<CreateWorkshopResult>(live.server().url, "POST", "/workshops", {
    title: "Havbruk 2030",
    language: "nb",
    ...body,
  });
  return res;
}

describe("saved templates", () => {
  it("saves zones and agenda with their actions, and starts a new workshop from them", async () => {
    const base = live.server().url;
    const made = await create({ template: "challenges" });
    expect(made.status).toBe(201);
    const id = made.body.workshop.id;
    const facilitator = await join(base, id, inviteToken(made.body.invites.facilitator), "Åse", "facilitator");
    const kari = await join(base, id, inviteToken(made.body.invites.participant), "Kari", "industry");
    const fs = sync(id, facilitator.token);
    await waitForSynced(fs);
    addZone(fs.doc, { title: "Havbruk", x: 0, y: 1400, w: 600, h: 400 });
    await eventually(async () => {
      const again = sync(id, kari.token);
      await waitForSynced(again);
      return boardFromDoc(again.doc).zones.some((z) => z.title === "Havbruk");
    }, "the new zone is stored");

    // Only a facilitator may save; a name is required and control characters are refused.
    const path = `/workshops/${id}/templates`;
    expect((await api(base, "POST", path, { name: "Mal" }, kari.token)).status).toBe(403);
    expect((await api(base, "POST", path, { name: "Mal" })).status).toBe(401);
    expect((await api(base, "POST", path, { name: "   " }, facilitator.token)).status).toBe(400);
    expect((await api(base, "POST", path, { name: "Mal\u0007" }, facilitator.token)).status).toBe(400);

    const saved = await api<SavedTemplate>(
      base,
      "POST",
      path,
      { name: "Troms-verksted <b>2026</b>", summary: "Fem utfordringer og havbruk" },
      facilitator.token,
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: "Troms-verksted <b>2026</b>", language: "nb" });
    expect(saved.body.zones).toHaveLength(7);
    expect(saved.body.phases.find((p) => p.name === "Det vi ser")?.actions).toEqual({ groups: true });

    const listed = await api<SavedTemplate[]>(base, "GET", "/templates");
    expect(listed.body.map((t) => t.id)).toContain(saved.body.id);

    const second = await create({ savedTemplateId: saved.body.id });
    expect(second.status).toBe(201);
    const id2 = second.body.workshop.id;
    const f2 = await join(base, id2, inviteToken(second.body.invites.facilitator), "Åse", "facilitator");
    const s2 = sync(id2, f2.token);
    await waitForSynced(s2);
    const board = boardFromDoc(s2.doc);
    expect(board.zones.map((z) => z.title)).toEqual(saved.body.zones.map((z) => z.title));
    expect(board.cards).toEqual([]);
    const view: SessionView = (await person(id2, f2.token)).view();
    expect(view.phases.map((p) => p.name)).toEqual(saved.body.phases.map((p) => p.name));
    expect(view.phases.find((p) => p.name === "Stemmerunde")?.actions?.vote?.votesPerPerson).toBe(3);
  });

  it("refuses an unknown template without creating a workshop", async () => {
    const res = await create({ savedTemplateId: "doesnotexist0000" });
    expect(res.status).toBe(404);
    expect((await create({ savedTemplateId: "../../etc" })).status).toBe(400);
  });
});
