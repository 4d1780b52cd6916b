import { addCard, addZone, boardFromDoc, type GroupsView, updateCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { eventually, type FrameLog, forgedUpdate, handled, sendRaw, waitForSynced } from "./helpers/clients";
import { join, workshopWithPeople } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// Thematic groups at protocol level: who is in which group is the server's, moves count at once,
// and while the groups keep to their zones the sync channel refuses a card changed outside one's
// own zone, however the client was written.

const live = liveServer();
const { sync, person } = live;

const groupsOf = (view: { groups: GroupsView }) => view.groups;

/** Two zones side by side, Kari (industry) and Lars (research) plus two more, facilitator and observer. */
async function roomWithZones() {
  const people = await workshopWithPeople(live.server().url);
  const { workshop, facilitator, kari, lars, observer } = people;
  const ingrid = await join(live.server().url, workshop.id, workshop.invites.participant, "Ingrid Havbruk", "industry");
  const per = await join(live.server().url, workshop.id, workshop.invites.participant, "Per Forsker", "research");
  const f = await person(workshop.id, facilitator.token);
  const k = await person(workshop.id, kari.token);
  const l = await person(workshop.id, lars.token);
  const o = await person(workshop.id, observer.token);
  const fs = sync(workshop.id, facilitator.token);
  const ks = sync(workshop.id, kari.token);
  const larsFrames: FrameLog = [];
  const ls = sync(workshop.id, lars.token, larsFrames);
  await Promise.all([waitForSynced(fs), waitForSynced(ks), waitForSynced(ls)]);
  const bio = addZone(fs.doc, { title: "Bioøkonomi", x: 0, y: 0, w: 600, h: 400 });
  const sea = addZone(fs.doc, { title: "Havnæring", x: 800, y: 0, w: 600, h: 400 });
  await eventually(() => boardFromDoc(ks.doc).zones.length === 2 && boardFromDoc(ls.doc).zones.length === 2, "zones");
  return { ...people, ingrid, per, f, k, l, o, fs, ks, ls, larsFrames, bio, sea };
}

describe("thematic groups", () => {
  it("splits participants balanced by actor group; facilitators and observers stay out; only a facilitator may", async () => {
    const { kari, lars, ingrid, per, facilitator, observer, f, k, bio, sea } = await roomWithZones();
    expect(
      await k.ask("groups:setup", { groups: [{ name: "Bioøkonomi", zoneId: bio }], split: "balanced" }),
    ).toMatchObject({ ok: false, error: "forbidden" });

    const setup = await f.ask("groups:setup", {
      groups: [
        { name: "Bioøkonomi", zoneId: bio },
        { name: "Havnæring", zoneId: sea },
      ],
      split: "balanced",
    });
    expect(setup).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).groups.length === 2, "kari sees the groups");
    const { members, groups } = groupsOf(k.view());
    expect(Object.keys(members).sort()).toEqual([kari, lars, ingrid, per].map((p) => p.participant.id).sort());
    expect(members[facilitator.participant.id]).toBeUndefined();
    expect(members[observer.participant.id]).toBeUndefined();
    // Two industry, two research: each group gets one of each.
    for (const g of groups) {
      const inIt = [kari, lars, ingrid, per].filter((p) => members[p.participant.id] === g.id);
      expect(inIt.map((p) => p.participant.actorGroup).sort()).toEqual(["industry", "research"]);
    }
    expect(groups.map((g) => g.zoneId)).toEqual([bio, sea]);
  });

  it("keeps a participant to their group's zone while the rule is on; a move counts at once", async () => {
    const { kari, lars, f, k, ks, ls, larsFrames, fs, facilitator, bio, sea } = await roomWithZones();
    expect(
      await f.ask("groups:setup", {
        groups: [
          { name: "Bioøkonomi", zoneId: bio },
          { name: "Havnæring", zoneId: sea },
        ],
        split: "balanced",
      }),
    ).toEqual({ ok: true });
    const [g1, g2] = groupsOf(f.view()).groups.map((g) => g.id) as [string, string];
    await f.ask("group:move", { participantId: kari.participant.id, groupId: g1 });
    await f.ask("group:move", { participantId: lars.participant.id, groupId: g2 });
    // A card of Lars's in the sea zone, before the rule starts.
    const larsCard = addCard(
      ls.doc,
      { kind: "strength", x: 900, y: 100, text: "Sjømat" },
      {
        id: lars.participant.id,
        group: "research",
      },
    );
    await eventually(() => boardFromDoc(ks.doc).cards.some((c) => c.id === larsCard), "kari has Lars's card");

    expect(await f.ask("groups:start", { durationSec: 900, restrictToZone: true })).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).status === "working", "kari's group works");
    expect(groupsOf(k.view()).groups.every((g) => g.timer.status === "running")).toBe(true);

    const author = { id: kari.participant.id, group: "industry" as const };
    const framesBefore = larsFrames.length;
    // Refused: a new card in the other group's zone, moving her own card there, touching Lars's card.
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (d) => addCard(d, { kind: "idea", x: 950, y: 150, text: "Utenfor" }, author)),
    );
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (d) => updateCard(d, larsCard, { x: 910 })),
    );
    await handled(ks);
    await eventually(() => k.notices.filter((n) => n === "outside_zone").length >= 1, "kari is told");
    expect(boardFromDoc(fs.doc).cards.map((c) => c.text)).toEqual(["Sjømat"]);
    expect(boardFromDoc(fs.doc).cards[0]?.x).toBe(900);

    // Accepted: a card inside her own zone.
    const inside = addCard(ks.doc, { kind: "idea", x: 100, y: 100, text: "Tang og tare" }, author);
    await eventually(() => boardFromDoc(ls.doc).cards.some((c) => c.id === inside), "lars gets Kari's card");
    // Moving it out of her zone is refused too.
    sendRaw(
      ks,
      forgedUpdate(ks.doc, (d) => updateCard(d, inside, { x: 1000 })),
    );
    await handled(ks);
    expect(boardFromDoc(fs.doc).cards.find((c) => c.id === inside)?.x).toBe(100);
    expect(larsFrames.length).toBeGreaterThan(framesBefore);

    // Moved to the sea group, Kari may now write there at once, and no longer in the bio zone.
    expect(await f.ask("group:move", { participantId: kari.participant.id, groupId: g2 })).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).members[kari.participant.id] === g2, "kari is moved");
    const moved = addCard(ks.doc, { kind: "opportunity", x: 1000, y: 200, text: "Havvind" }, author);
    await eventually(() => boardFromDoc(fs.doc).cards.some((c) => c.id === moved), "the server keeps it");

    // The facilitator is never restricted; back in plenary nobody is.
    const anywhere = addCard(
      fs.doc,
      { kind: "question", x: 2000, y: 0, text: "Hvem eier dette?" },
      {
        id: facilitator.participant.id,
        group: "facilitator",
      },
    );
    await eventually(() => boardFromDoc(ks.doc).cards.some((c) => c.id === anywhere), "facilitator's card");
    expect(await f.ask("groups:end", {})).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).status === "plenary", "plenary");
    const free = addCard(ks.doc, { kind: "idea", x: 2200, y: 600, text: "Fritt" }, author);
    await eventually(() => boardFromDoc(fs.doc).cards.some((c) => c.id === free), "free again");
  });

  it("lets only the rapporteur (or a facilitator) write a group's summary, and shows it to everyone", async () => {
    const { kari, lars, f, k, l, o, bio, sea } = await roomWithZones();
    await f.ask("groups:setup", {
      groups: [
        { name: "Bioøkonomi", zoneId: bio },
        { name: "Havnæring", zoneId: sea },
      ],
      split: "balanced",
    });
    const [g1] = groupsOf(f.view()).groups.map((g) => g.id) as [string, string];
    await f.ask("group:move", { participantId: kari.participant.id, groupId: g1 });
    await f.ask("group:move", { participantId: lars.participant.id, groupId: g1 });
    expect(await f.ask("group:rapporteur", { groupId: g1, participantId: kari.participant.id })).toEqual({ ok: true });
    // Someone outside the group cannot be its rapporteur.
    const outsider = Object.entries(groupsOf(f.view()).members).find(([, g]) => g !== g1)?.[0];
    expect(await f.ask("group:rapporteur", { groupId: g1, participantId: outsider })).toMatchObject({ ok: false });

    expect(await l.ask("group:summary", { groupId: g1, text: "Lars skriver" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await o.ask("group:summary", { groupId: g1, text: "Observatør" })).toMatchObject({ ok: false });
    const summary = "Tang, tare og <script>alert(1)</script> krabbe: tre spor videre.";
    expect(await k.ask("group:summary", { groupId: g1, text: summary })).toEqual({ ok: true });
    await eventually(
      () => groupsOf(o.view()).groups.find((g) => g.id === g1)?.summary === summary,
      "observer reads it",
    );

    // Moving the rapporteur out of the group leaves it without one, so its members may write.
    await f.ask("group:move", { participantId: kari.participant.id, groupId: null });
    await eventually(() => groupsOf(l.view()).groups.find((g) => g.id === g1)?.rapporteurId === null, "no rapporteur");
    expect(await l.ask("group:summary", { groupId: g1, text: "Lars tar over" })).toEqual({ ok: true });
    expect(await f.ask("group:summary", { groupId: g1, text: "Fasilitator retter" })).toEqual({ ok: true });
    expect(await f.ask("group:summary", { groupId: g1, text: "x".repeat(5000) })).toMatchObject({
      ok: false,
      error: "invalid_request",
    });
  });

  it("gives each group its own timer, a message to all, and the group being presented", async () => {
    const { f, k, bio, sea } = await roomWithZones();
    await f.ask("groups:setup", {
      groups: [
        { name: "Bioøkonomi", zoneId: bio },
        { name: "Havnæring", zoneId: sea },
      ],
      split: "random",
    });
    const [g1, g2] = groupsOf(f.view()).groups.map((g) => g.id) as [string, string];
    await f.ask("groups:start", { durationSec: 600 });
    expect(await f.ask("group:extend", { groupId: g1, seconds: 120 })).toEqual({ ok: true });
    await eventually(() => {
      const [a, b] = groupsOf(k.view()).groups;
      return !!a && !!b && (a.timer.endsAt ?? 0) - (b.timer.endsAt ?? 0) >= 119_000;
    }, "the first group has two more minutes");
    expect(await f.ask("groups:message", { text: "Fem minutter igjen – velg én idé" })).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).message?.text === "Fem minutter igjen – velg én idé", "message");
    await f.ask("groups:end", {});
    expect(await f.ask("group:present", { groupId: g2 })).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).presentingId === g2, "presenting");
    expect(await f.ask("group:present", { groupId: "nope" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await f.ask("groups:clear", {})).toEqual({ ok: true });
    await eventually(() => groupsOf(k.view()).groups.length === 0, "cleared");
  });

  it("places a participant who joins while the groups work in the smallest group at once", async () => {
    const { workshop, f, bio, sea } = await roomWithZones();
    await f.ask("groups:setup", {
      groups: [
        { name: "Bioøkonomi", zoneId: bio },
        { name: "Havnæring", zoneId: sea },
      ],
      split: "balanced",
    });
    await f.ask("groups:start", { durationSec: 600 });
    const sigrun = await join(live.server().url, workshop.id, workshop.invites.participant, "Sigrun Sen", "civil");
    const critic = await join(live.server().url, workshop.id, workshop.invites.critic, "Aino Mäkelä", "external");
    await eventually(() => !!groupsOf(f.view()).members[sigrun.participant.id], "the latecomer is placed");
    const { members } = groupsOf(f.view());
    const sizes = groupsOf(f.view()).groups.map((g) => Object.values(members).filter((id) => id === g.id).length);
    expect(sizes.sort()).toEqual([2, 3]);
    // A critical friend is an outside voice, never dealt into a group.
    expect(members[critic.participant.id]).toBeUndefined();
  });
});
