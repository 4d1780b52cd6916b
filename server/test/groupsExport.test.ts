import { addZone, type CreateWorkshopResult, EXPORT_LABELS, type SessionView, type WorkshopJson } from "@oppdag/shared";
import { HOSTILE_TEXT } from "@oppdag/shared/fixtures";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { confirmed, eventually, waitForSynced } from "./helpers/clients";
import { api, inviteToken, join, workshopWithPeople } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// Thematic groups in every export, read from stored state: name, zone, members, rapporteur and
// summary, hostile text escaped per format, and back again through a JSON import.

const live = liveServer();
const l = EXPORT_LABELS.nb;
const SUMMARY = `Sensorer på kassene og én åpen standard.\n${HOSTILE_TEXT}`;

/** A workshop whose two groups worked and are back in plenary; one group's name is hostile. */
async function workshopWithGroups() {
  const url = live.server().url;
  const people = await workshopWithPeople(url);
  const { workshop, facilitator, kari, lars } = people;
  const per = await join(url, workshop.id, workshop.invites.participant, "Per Forsker", "research");
  const fs = live.sync(workshop.id, facilitator.token);
  await waitForSynced(fs);
  const sea = addZone(fs.doc, { title: "Havnæring", x: 0, y: 0, w: 600, h: 400 });
  await confirmed(fs);

  const f = await live.person(workshop.id, facilitator.token);
  const k = await live.person(workshop.id, kari.token);
  const ok = { ok: true };
  expect(
    await f.ask("groups:setup", {
      groups: [
        { name: "Fra hav til bord", zoneId: sea },
        { name: HOSTILE_TEXT, zoneId: null },
      ],
      split: "balanced",
    }),
  ).toEqual(ok);
  const [sea1, other] = f.view().groups.groups.map((g) => g.id) as [string, string];
  expect(await f.ask("group:move", { participantId: kari.participant.id, groupId: sea1 })).toEqual(ok);
  expect(await f.ask("group:move", { participantId: lars.participant.id, groupId: sea1 })).toEqual(ok);
  expect(await f.ask("group:move", { participantId: per.participant.id, groupId: other })).toEqual(ok);
  expect(await f.ask("group:rapporteur", { groupId: sea1, participantId: kari.participant.id })).toEqual(ok);
  expect(await f.ask("groups:start", { durationSec: 600, restrictToZone: false })).toEqual(ok);
  // The rapporteur writes the summary, as in the room.
  expect(await k.ask("group:summary", { groupId: sea1, text: SUMMARY })).toEqual(ok);
  expect(await f.ask("groups:end", {})).toEqual(ok);
  await eventually(() => f.view().groups.status === "plenary", "back in plenary");
  return { ...people, per, f, sea };
}

async function download(workshopId: string, format: string, token: string) {
  const res = await fetch(`${live.server().url}/api/workshops/${workshopId}/export.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("thematic groups in the exports", () => {
  it("Markdown and the print page list each group with zone, members, rapporteur and summary, escaped", async () => {
    const { workshop, facilitator } = await workshopWithGroups();
    const md = (await download(workshop.id, "md", facilitator.token)).toString("utf8");
    expect(md).toContain(`## ${l.thematicGroups} (2)`);
    expect(md).toContain("### Fra hav til bord");
    expect(md).toContain(`- **${l.groupZone}:** Havnæring`);
    expect(md).toContain(`- **${l.members}** (2): Næringsliv (1): Kari Nordmann; FoU og utdanning (1): Lars Ørjasæter`);
    expect(md).toContain(`- **${l.rapporteur}:** Kari Nordmann`);
    expect(md).toContain(`- **${l.groupSummary}:** Sensorer på kassene og én åpen standard.\\\n  \\=HYPERLINK`);
    expect(md).toContain(`- **${l.groupZone}:** ${l.noZone}`);
    expect(md).toContain(`- **${l.members}** (1): FoU og utdanning (1): Per Forsker`);
    // The hostile group name is a heading's text, not markup.
    expect(md).toContain("### \\=HYPERLINK(");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).not.toMatch(/[^\\]<script/);

    const html = (await download(workshop.id, "html", facilitator.token)).toString("utf8");
    expect(html).toContain(`<h2>${l.thematicGroups} (2)</h2>`);
    expect(html).toContain("Sensorer på kassene og én åpen standard.<br>");
    expect(html).not.toContain("<script");
  });

  it("Word has a heading and a table per group, the hostile text verbatim", async () => {
    const { workshop, facilitator } = await workshopWithGroups();
    const docx = await download(workshop.id, "docx", facilitator.token);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of ["Fra hav til bord", "Havnæring", "Kari Nordmann", "Per Forsker", l.rapporteur])
      expect(text).toContain(expected);
    expect(text).toContain("Sensorer på kassene og én åpen standard.");
    expect(text).toContain(HOSTILE_TEXT);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain(`<h1>${l.thematicGroups} (2)</h1>`);
    expect(html).toContain("<h2>Fra hav til bord</h2>");
    expect(html).not.toContain("<script");
  });

  it("the CSV has the groups as a table after the plan, a formula in a name made text", async () => {
    const { workshop, facilitator } = await workshopWithGroups();
    // Commas asked for: a Norwegian workshop's CSV has semicolons unless someone asks otherwise.
    const csv = (await download(workshop.id, "csv?separator=comma", facilitator.token)).toString("utf8");
    // Read as the bytes are: the plan, one empty row, then the groups' header and rows.
    const header = [l.thematicGroup, l.groupZone, l.members, l.rapporteur, l.groupSummary].join(",");
    expect(csv).toContain(`\r\n\r\n${header}\r\n`);
    const groups = csv.slice(csv.indexOf(header) + header.length + 2);
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    expect(groups).toBe(
      [
        `Fra hav til bord,Havnæring,"Næringsliv (1): Kari Nordmann; FoU og utdanning (1): Lars Ørjasæter",Kari Nordmann,${quoted(SUMMARY)}`,
        // A name that starts a formula is made text.
        `${quoted(`'${HOSTILE_TEXT}`)},${l.noZone},FoU og utdanning (1): Per Forsker,,`,
        "",
      ].join("\r\n"),
    );
  });

  it("separates a Norwegian CSV with semicolons by default, and refuses a separator it does not know", async () => {
    const { workshop, facilitator } = await workshopWithGroups();
    const csv = (await download(workshop.id, "csv", facilitator.token)).toString("utf8");
    const header = [l.thematicGroup, l.groupZone, l.members, l.rapporteur, l.groupSummary].join(";");
    expect(csv).toContain(`\r\n\r\n${header}\r\n`);
    expect(
      csv
        .split("\r\n")[0]
        ?.replace(/^\uFEFF/, "")
        .split(";")[1],
    ).toBe(l.fields.title);
    const tabs = (await download(workshop.id, "csv?separator=tab", facilitator.token)).toString("utf8");
    expect(tabs).toContain(`\r\n\r\n${header.replaceAll(";", "\t")}\r\n`);
    const res = await fetch(`${live.server().url}/api/workshops/${workshop.id}/export.csv?separator=pipe`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(
      /separator must be one of semicolon, comma, tab/,
    );
  });

  it("an anonymous workshop's exports show actor groups and counts, not who was in which group", async () => {
    const { workshop, facilitator, kari, f } = await workshopWithGroups();
    expect(await f.ask("anonymous:set", { active: true })).toEqual({ ok: true });
    expect(await f.ask("exports:allow", { allowed: true })).toEqual({ ok: true });
    const md = (await download(workshop.id, "md", facilitator.token)).toString("utf8");
    expect(md).toContain(`- **${l.members}** (2): Næringsliv (1); FoU og utdanning (1)`);
    expect(md).toContain(`- **${l.rapporteur}:** Næringsliv`);
    const names = ["Kari Nordmann", "Lars Ørjasæter", "Per Forsker"];
    for (const name of names) expect(md).not.toContain(name);
    for (const format of ["csv", "html", "docx", "json"]) {
      const body = await download(workshop.id, format, kari.token);
      const text = format === "docx" ? (await mammoth.extractRawText({ buffer: body })).value : body.toString("utf8");
      expect(text, format).toContain("Fra hav til bord");
      for (const name of names) expect(text, format).not.toContain(name);
    }
  });

  it("the JSON carries the groups, and an import brings them back", async () => {
    const { workshop, facilitator, kari, sea } = await workshopWithGroups();
    const first = await api<WorkshopJson>(
      live.server().url,
      "GET",
      `/workshops/${workshop.id}/export.json`,
      undefined,
      facilitator.token,
    );
    const groups = first.body.groups;
    expect(groups?.status).toBe("plenary");
    expect(groups?.groups[0]).toMatchObject({ name: "Fra hav til bord", zoneId: sea, summary: SUMMARY });
    expect(groups?.groups[0]?.rapporteurId).toBe(kari.participant.id);
    expect(groups?.groups[0]?.members.map((m) => [m.name, m.actorGroup])).toEqual([
      ["Kari Nordmann", "industry"],
      ["Lars Ørjasæter", "research"],
    ]);

    const imported = await api<CreateWorkshopResult>(live.server().url, "POST", "/workshops/import", first.body);
    expect(imported.status).toBe(201);
    const id = imported.body.workshop.id;
    const fac = await join(live.server().url, id, inviteToken(imported.body.invites.facilitator), "Åse", "facilitator");
    const view: SessionView = (await live.person(id, fac.token)).view();
    expect(view.groups.status).toBe("plenary");
    expect(view.groups.groups.map((g) => [g.id, g.name, g.zoneId, g.summary, g.rapporteurId])).toEqual(
      groups?.groups.map((g) => [g.id, g.name, g.zoneId, g.summary, g.rapporteurId]),
    );
    expect(view.groups.groups.every((g) => g.timer.status === "idle")).toBe(true);
    // Nobody comes along in an import: the groups are there, their members are not in the new workshop.
    const second = await api<WorkshopJson>(
      live.server().url,
      "GET",
      `/workshops/${id}/export.json`,
      undefined,
      fac.token,
    );
    const withoutPeople = (j: WorkshopJson) => j.groups?.groups.map(({ members: _, rapporteurId: __, ...g }) => g);
    expect(withoutPeople(second.body)).toEqual(withoutPeople(first.body));
    expect(second.body.groups?.groups.every((g) => g.members.length === 0)).toBe(true);
  });
});
