import {
  addActionItem,
  addCard,
  addLink,
  boardFromDoc,
  provenanceFrom,
  provenanceScores,
  type ScoreRoundView,
  type SessionView,
  WorkshopJson,
} from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlClient,
  confirmed,
  connected,
  controlClient,
  eventually,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { api, inviteToken, join, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

/** A control client that remembers the latest session view and every payload it received. */
async function person(s: TestServer, workshopId: string, token: string) {
  const socket = controlClient(s.url, workshopId, token);
  cleanup.push(() => socket.disconnect());
  const received: string[] = [];
  let view: SessionView | null = null;
  socket.onAny((_event, ...args) => received.push(JSON.stringify(args)));
  socket.on("session:state", (v) => {
    view = v;
  });
  await connected(socket);
  await eventually(() => view !== null, "first session state");
  return {
    received,
    view: () => view as unknown as SessionView,
    round: () => (view as unknown as SessionView).scoring.at(-1) as ScoreRoundView,
    ask: <E extends Parameters<ControlClient["emitWithAck"]>[0]>(event: E, payload: unknown) =>
      (socket.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; error?: string }>)(event, payload),
  };
}

const criteria = [{ name: "Markedspotensial" }, { name: "Gjennomførbarhet" }];

/** A workshop with two opportunities and a link on the board. */
async function boardWithTargets(s: TestServer) {
  const people = await workshopWithPeople(s.url);
  const { workshop, facilitator } = people;
  const fs = syncClient(s.wsUrl, workshop.id, facilitator.token);
  await waitForSynced(fs);
  const author = { id: facilitator.participant.id, group: "facilitator" } as const;
  const a = addCard(fs.doc, { kind: "opportunity", x: 0, y: 0, text: "Sporbar sjømat til Asia" }, author);
  const b = addCard(fs.doc, { kind: "opportunity", x: 300, y: 0, text: "Grønn skipsfart" }, author);
  const s1 = addCard(fs.doc, { kind: "strength", x: 0, y: 300, text: "Kongekrabbe" }, author);
  const link = addLink(fs.doc, s1, a, author) as string;
  const item = addActionItem(fs.doc, { title: "Sporbarhet fra hav til bord" });
  await confirmed(fs);
  fs.destroy();
  return { ...people, a, b, link, item };
}

describe("multi-criteria scoring", () => {
  it("keeps scores hidden until the reveal, refuses them once closed, and splits results by actor group", async () => {
    const { workshop, facilitator, kari, lars, observer, a, b, link } = await boardWithTargets(server);
    // Kari joined as industry and Lars as research; Per joins from the public sector.
    const per = await join(server.url, workshop.id, workshop.invites.participant, "Per Sámi-Ánde", "public");
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    const l = await person(server, workshop.id, lars.token);
    const p = await person(server, workshop.id, per.token);
    const o = await person(server, workshop.id, observer.token);

    expect(
      await k.ask("score:start", { targets: { kinds: ["opportunity"], links: false, zoneId: null }, criteria }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await f.ask("score:start", { targets: { kinds: ["opportunity"], links: false, zoneId: null }, criteria: [] }),
    ).toMatchObject({ ok: false, error: "invalid_request" });
    expect(
      await f.ask("score:start", {
        title: "Prioritering",
        targets: { kinds: ["opportunity"], links: true, zoneId: null },
        criteria,
      }),
    ).toEqual({ ok: true });
    await eventually(() => k.view().scoring.length === 1, "round visible");
    const round = k.round();
    expect(round.targetIds.sort()).toEqual([a, b, link].sort());
    expect(round.criteria).toEqual([
      { id: "c1", name: "Markedspotensial" },
      { id: "c2", name: "Gjennomførbarhet" },
    ]);
    const score = (who: typeof k, targetId: string, criterionId: string, value: number | null) =>
      who.ask("score:set", { roundId: round.id, targetId, criterionId, score: value });

    expect(await score(k, a, "c1", 5)).toEqual({ ok: true });
    expect(await score(k, a, "c2", 4)).toEqual({ ok: true });
    expect(await score(k, b, "c1", 2)).toEqual({ ok: true });
    expect(await score(k, b, "c1", 1)).toEqual({ ok: true }); // changed her mind
    expect(await score(l, a, "c1", 4)).toEqual({ ok: true });
    expect(await score(l, a, "c2", 5)).toEqual({ ok: true });
    expect(await score(p, a, "c1", 2)).toEqual({ ok: true });
    expect(await score(p, a, "c2", 2)).toEqual({ ok: true });
    expect(await score(p, b, "c2", 3)).toEqual({ ok: true });
    expect(await score(p, b, "c2", null)).toEqual({ ok: true }); // took it back
    // Refusals: off the scale, not a target, not a criterion, an observer, the facilitator.
    expect(await score(k, a, "c1", 6)).toMatchObject({ ok: false, error: "invalid_request" });
    expect(await score(k, a, "c1", 2.5)).toMatchObject({ ok: false, error: "invalid_request" });
    expect(await score(k, "nope", "c1", 3)).toMatchObject({ ok: false, error: "invalid_request" });
    expect(await score(k, a, "c9", 3)).toMatchObject({ ok: false, error: "invalid_request" });
    expect(await score(o, a, "c1", 3)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await score(f, a, "c1", 3)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await k.ask("score:reveal", { roundId: round.id })).toMatchObject({ ok: false, error: "forbidden" });

    await eventually(() => f.round().scorerCount === 3, "scorer count");
    // Each sees only their own scores; nobody sees results before the reveal.
    expect(k.round().myScores).toEqual({ [a]: { c1: 5, c2: 4 }, [b]: { c1: 1 } });
    expect(p.round().myScores).toEqual({ [a]: { c1: 2, c2: 2 } });
    expect(f.round().myScores).toEqual({});
    for (const who of [f, k, l, p, o]) expect(who.round().results).toBeNull();
    // Nothing Lars received carries Kari's scores (her 4 on c2 of a is unique).
    expect(l.received.join("\n")).not.toContain(`"c2":4`);
    expect(o.received.join("\n")).not.toContain(`"c1":5`);

    expect(await f.ask("score:close", { roundId: round.id })).toEqual({ ok: true });
    expect(await score(l, b, "c1", 3)).toMatchObject({ ok: false, error: "conflict" });
    expect(await f.ask("score:reveal", { roundId: round.id })).toEqual({ ok: true });
    await eventually(() => o.round().results !== null, "results revealed to observers too");
    const results = o.round().results ?? [];
    expect(results.map((r) => r.targetId)).toEqual([a, b, link]);
    const [ra, rb, rl] = results;
    expect(ra?.overall).toMatchObject({ count: 6, min: 2, max: 5 });
    expect(ra?.overall?.mean).toBeCloseTo(22 / 6);
    expect(ra?.criteria[0]).toMatchObject({
      criterionId: "c1",
      stat: { count: 3, min: 2, max: 5 },
      groups: [
        { group: "industry", count: 1, mean: 5 },
        { group: "research", count: 1, mean: 4 },
        { group: "public", count: 1, mean: 2 },
      ],
    });
    expect(ra?.groups).toEqual([
      { group: "industry", count: 2, mean: 4.5 },
      { group: "research", count: 2, mean: 4.5 },
      { group: "public", count: 2, mean: 2 },
    ]);
    expect(rb?.overall).toMatchObject({ count: 1, mean: 1 });
    expect(rl?.overall).toBeNull();
    // Results name nobody.
    expect(JSON.stringify(results)).not.toContain(kari.participant.id);
    // What each person scored stays theirs after the reveal too.
    expect(l.round().myScores).toEqual({ [a]: { c1: 4, c2: 5 } });

    // An action item made from A keeps A's scores (as the results view makes it), and every export
    // has the score table.
    const fs = syncClient(server.wsUrl, workshop.id, facilitator.token);
    cleanup.push(() => fs.destroy());
    await waitForSynced(fs);
    const provenance = provenanceFrom(boardFromDoc(fs.doc), [a]);
    const scores = provenanceScores(o.round(), ra as NonNullable<typeof ra>);
    addActionItem(fs.doc, { title: "Sporbar sjømat", provenance: { ...provenance, scores: [scores] } });
    await confirmed(fs);
    const get = (ext: string) =>
      api<string>(server.url, "GET", `/workshops/${workshop.id}/export.${ext}`, undefined, facilitator.token);
    const md = (await get("md")).body;
    expect(md).toContain("## Poeng\n\n### Prioritering\n\n");
    expect(md).toContain(
      "| Vurdert | Snitt | Spenn | Antall poeng | Markedspotensial | Gjennomførbarhet | Næringsliv | FoU og utdanning | Offentlig sektor |",
    );
    expect(md).toContain("| Sporbar sjømat til Asia | 3,7 | 2–5 | 6 | 3,7 | 3,7 | 4,5 | 4,5 | 2,0 |");
    expect(md).toContain(
      "- **Poeng:** Prioritering: Markedspotensial 3,7 (2–5, Næringsliv 5,0, FoU og utdanning 4,0, Offentlig sektor 2,0)",
    );
    const csv = (await get("csv")).body;
    // Who scored, by actor group: one of each in this room.
    expect(md).toContain("## Deltakelse etter aktørgruppe");
    expect(md).toMatch(/\| Næringsliv \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| 1 \|/);
    // A Norwegian CSV: semicolons between cells, decimal commas in them.
    expect(csv.split("\r\n")[0]?.split(";")).toContain("Poeng");
    expect(csv).toContain("Prioritering: Markedspotensial 3,7");
    expect((await get("html")).body).toContain('<table class="scores">');
    const docx = await fetch(`${server.url}/api/workshops/${workshop.id}/export.docx`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(docx.status).toBe(200);
    const json = (
      await api<WorkshopJson>(server.url, "GET", `/workshops/${workshop.id}/export.json`, undefined, facilitator.token)
    ).body;
    expect(json.scoring?.[0]?.results[0]?.groups).toEqual(ra?.groups);
    expect(JSON.stringify(json.scoring)).not.toContain(kari.participant.id);
    const made = json.actionItems.find((item) => item.provenance.scores);
    expect(made?.provenance.scores?.[0]?.criteria[0]?.name).toBe("Markedspotensial");
    // What an import reads keeps the scores.
    expect(WorkshopJson.parse(json).actionItems.find((item) => item.id === made?.id)?.provenance.scores).toEqual([
      scores,
    ]);
    // The export imports again, the item's scores with it.
    const imported = await api<{ workshop: { id: string }; invites: { facilitator: string } }>(
      server.url,
      "POST",
      "/workshops/import",
      json,
    );
    expect(imported.status).toBe(201);
    const copy = imported.body.workshop.id;
    const again = await join(server.url, copy, inviteToken(imported.body.invites.facilitator), "Åse", "facilitator");
    const json2 = await api<WorkshopJson>(server.url, "GET", `/workshops/${copy}/export.json`, undefined, again.token);
    expect(json2.body.scoring).toEqual(json.scoring);
  });

  it("scores action items, and a round survives a SIGKILL with every score", async () => {
    let s = await startServer();
    cleanup.push(() => s.kill("SIGKILL"));
    const { workshop, facilitator, kari, lars, a, b, item } = await boardWithTargets(s);
    const f = await person(s, workshop.id, facilitator.token);
    const k = await person(s, workshop.id, kari.token);
    await f.ask("score:start", {
      targets: { kinds: ["opportunity"], links: false, zoneId: null, actionItems: true },
      criteria,
    });
    await eventually(() => k.view().scoring.length === 1, "round open");
    const ids = k.round().targetIds;
    expect([...ids.slice(0, 2)].sort()).toEqual([a, b].sort());
    expect(ids[2]).toBe(item);
    const roundId = k.round().id;
    expect(await k.ask("score:set", { roundId, targetId: a, criterionId: "c1", score: 5 })).toEqual({ ok: true });

    await s.kill("SIGKILL");
    s = await startServer({ dataDir: s.dataDir });
    const k2 = await person(s, workshop.id, kari.token);
    const l2 = await person(s, workshop.id, lars.token);
    const f2 = await person(s, workshop.id, facilitator.token);
    expect(k2.round().status).toBe("open");
    expect(k2.round().myScores).toEqual({ [a]: { c1: 5 } });
    expect(f2.round().scorerCount).toBe(1);
    expect(await l2.ask("score:set", { roundId, targetId: a, criterionId: "c1", score: 2 })).toEqual({ ok: true });
    await f2.ask("score:reveal", { roundId });
    await eventually(() => k2.round().results !== null, "revealed after restart");
    expect(k2.round().results?.[0]?.criteria[0]).toMatchObject({
      stat: { count: 2, mean: 3.5, min: 2, max: 5 },
      groups: [
        { group: "industry", count: 1, mean: 5 },
        { group: "research", count: 1, mean: 2 },
      ],
    });
  });
});
