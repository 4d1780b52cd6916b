import { addCard, boardFromDoc, boardMaps, remainingMs, type SessionView } from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlClient,
  confirmed,
  connected,
  controlClient,
  eventually,
  type FrameLog,
  roundTrip,
  type SyncClient,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { api, workshopWithPeople } from "./helpers/factories";
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
async function person(base: TestServer, workshopId: string, token: string) {
  const socket = controlClient(base.url, workshopId, token);
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
    socket,
    received,
    view: () => view as unknown as SessionView,
    ask: <E extends Parameters<ControlClient["emitWithAck"]>[0]>(event: E, payload: unknown) =>
      (socket.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; error?: string }>)(event, payload),
  };
}

function sync(workshopId: string, token: string, frames?: FrameLog): SyncClient {
  const c = syncClient(server.wsUrl, workshopId, token, undefined, frames);
  cleanup.push(() => c.destroy());
  return c;
}

const phases = [
  { id: "brief", name: "Briefing", durationSec: 300, instructions: "Lytt" },
  { id: "disc", name: "Oppdagelse", durationSec: 900, instructions: "Skriv styrker og muligheter" },
];

describe("session control authority", () => {
  it("refuses facilitator actions from a participant", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    expect(await f.ask("phases:set", { phases })).toEqual({ ok: true });
    const refusals = await Promise.all([
      k.ask("phases:set", { phases }),
      k.ask("phase:start", { phaseId: "brief" }),
      k.ask("phase:next", {}),
      k.ask("timer:pause", {}),
      k.ask("timer:extend", { seconds: 60 }),
      k.ask("board:lock", { locked: true }),
      k.ask("private:set", { active: true }),
      k.ask("vote:start", {
        targets: { kinds: ["idea"], links: false, zoneId: null },
        votesPerPerson: 3,
        allowMultiplePerTarget: false,
        anonymous: true,
      }),
      k.ask("participant:setRole", { participantId: lars.participant.id, role: "facilitator" }),
      k.ask("anonymous:set", { active: true }),
      k.ask("follow:set", { active: true }),
      k.ask("spotlight:set", { cardId: null }),
      k.ask("hands:clear", {}),
    ]);
    for (const r of refusals) expect(r).toMatchObject({ ok: false, error: "forbidden" });
    expect(k.view().locked).toBe(false);
    expect(k.view().currentPhaseId).toBeNull();
  });

  it("runs phases with a timer in server time, and late joiners see the time left", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    await f.ask("phases:set", { phases });
    expect(await f.ask("phase:start", { phaseId: "disc" })).toEqual({ ok: true });
    await eventually(() => f.view().currentPhaseId === "disc", "phase started");
    const k = await person(server, workshop.id, kari.token);
    expect(k.view().phases[1]?.instructions).toBe("Skriv styrker og muligheter");
    const left = remainingMs(k.view().timer, Date.now());
    expect(left).toBeGreaterThan(890_000);
    expect(left).toBeLessThanOrEqual(900_000);
    await f.ask("timer:pause", {});
    await eventually(() => k.view().timer.status === "paused", "paused");
    await f.ask("timer:extend", { seconds: 60 });
    await eventually(() => k.view().timer.remainingMs > 950_000, "extended");
    expect(await f.ask("phase:next", {})).toMatchObject({ ok: false, error: "conflict" });
  });

  it("a locked board drops participants' updates but applies the facilitator's", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const fs = sync(workshop.id, facilitator.token);
    const ks = sync(workshop.id, kari.token);
    await Promise.all([waitForSynced(fs), waitForSynced(ks)]);
    await f.ask("board:lock", { locked: true });
    addCard(
      ks.doc,
      { kind: "idea", x: 0, y: 0, text: "sneaked in while locked" },
      { id: kari.participant.id, group: "industry" },
    );
    // Kari's update is handled (and would have been relayed) before the facilitator writes.
    await roundTrip(ks);
    addCard(
      fs.doc,
      { kind: "idea", x: 0, y: 0, text: "facilitator's" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    await eventually(() => boardMaps(ks.doc).cards.size === 2, "kari receives the facilitator's card");
    // The facilitator's echo follows anything the server sent them before it.
    await confirmed(fs);
    expect(boardFromDoc(fs.doc).cards.map((c) => c.text)).toEqual(["facilitator's"]);
    await f.ask("board:lock", { locked: false });
    const fresh = sync(workshop.id, facilitator.token);
    await waitForSynced(fresh);
    await eventually(() => boardMaps(fresh.doc).cards.size >= 1, "fresh client synced");
    expect(boardFromDoc(fresh.doc).cards.map((c) => c.text)).not.toContain("sneaked in while locked");
  });

  it("a private card never crosses the wire to anyone else before the reveal", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    const l = await person(server, workshop.id, lars.token);
    const larsFrames: FrameLog = [];
    const facFrames: FrameLog = [];
    const ls = sync(workshop.id, lars.token, larsFrames);
    const fs = sync(workshop.id, facilitator.token, facFrames);
    await Promise.all([waitForSynced(ls), waitForSynced(fs)]);

    await f.ask("private:set", { active: true });
    await eventually(() => k.view().privateRound, "private round on");
    const secret = "Hemmelig idé: kongekrabbe-ørken";
    expect(await k.ask("draft:upsert", { id: "draftkari0001", kind: "idea", text: secret, x: 10, y: 20 })).toEqual({
      ok: true,
    });
    await eventually(() => f.view().draftCounts?.[kari.participant.id] === 1, "facilitator sees one hidden card");
    expect(k.view().myDrafts).toHaveLength(1);
    expect(l.view().myDrafts).toHaveLength(0);
    expect(l.view().draftCounts).toBeNull();
    // The draft's broadcast has reached the facilitator, so it was sent to Lars too. A reply on each
    // of their connections, asked for now, follows everything the server sent them before.
    await Promise.all([
      l.socket.emitWithAck("time:ping"),
      f.socket.emitWithAck("time:ping"),
      roundTrip(ls),
      roundTrip(fs),
    ]);

    const wire = (frames: FrameLog, messages: string[]) => Buffer.concat([...frames, Buffer.from(messages.join("\n"))]);
    expect(wire(larsFrames, l.received).includes(Buffer.from(secret))).toBe(false);
    expect(wire(facFrames, f.received).includes(Buffer.from(secret))).toBe(false);
    expect(boardMaps(ls.doc).cards.size).toBe(0);

    // A reconnecting author gets their drafts back.
    k.socket.disconnect();
    const again = await person(server, workshop.id, kari.token);
    expect(again.view().myDrafts[0]?.text).toBe(secret);

    await f.ask("private:set", { active: false });
    await eventually(() => boardFromDoc(ls.doc).cards.some((c) => c.text === secret), "revealed card reaches lars");
    expect(boardFromDoc(ls.doc).cards.find((c) => c.text === secret)?.authorGroup).toBe("industry");
    await eventually(() => again.view().myDrafts.length === 0 && !again.view().privateRound, "drafts cleared");
  });

  it("keeps ballots secret until the reveal, enforces the rules, then ranks the results", async () => {
    const { workshop, facilitator, kari, lars, observer } = await workshopWithPeople(server.url);
    const fs = sync(workshop.id, facilitator.token);
    await waitForSynced(fs);
    const a = addCard(
      fs.doc,
      { kind: "idea", x: 0, y: 0, text: "A" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    const b = addCard(
      fs.doc,
      { kind: "idea", x: 300, y: 0, text: "B" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    addCard(
      fs.doc,
      { kind: "question", x: 600, y: 0, text: "not a target" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    await confirmed(fs);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    const l = await person(server, workshop.id, lars.token);
    const o = await person(server, workshop.id, observer.token);
    expect(
      await f.ask("vote:start", {
        title: "Prioriter",
        targets: { kinds: ["idea"], links: false, zoneId: null },
        votesPerPerson: 2,
        allowMultiplePerTarget: true,
        anonymous: true,
      }),
    ).toEqual({ ok: true });
    await eventually(() => k.view().votes.length === 1, "round visible");
    const round = k.view().votes[0] as SessionView["votes"][number];
    expect(round.targetIds.sort()).toEqual([a, b].sort());

    expect(await k.ask("vote:cast", { roundId: round.id, targetId: b })).toEqual({ ok: true });
    expect(await k.ask("vote:cast", { roundId: round.id, targetId: b })).toEqual({ ok: true });
    expect(await k.ask("vote:cast", { roundId: round.id, targetId: a })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await l.ask("vote:cast", { roundId: round.id, targetId: a })).toEqual({ ok: true });
    expect(await l.ask("vote:cast", { roundId: round.id, targetId: "nope" })).toMatchObject({ ok: false });
    expect(await o.ask("vote:cast", { roundId: round.id, targetId: a })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await k.ask("vote:retract", { roundId: round.id, targetId: b })).toEqual({ ok: true });
    expect(await k.ask("vote:cast", { roundId: round.id, targetId: a })).toEqual({ ok: true });
    expect(await k.ask("vote:reveal", { roundId: round.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await k.ask("vote:close", { roundId: round.id })).toMatchObject({ ok: false, error: "forbidden" });

    await eventually(() => l.view().votes[0]?.voterCount === 2, "voter count updates");
    // Nobody sees anyone else's ballot before the reveal, facilitators included.
    expect(l.view().votes[0]?.myBallot).toEqual({ [a]: 1 });
    expect(k.view().votes[0]?.myBallot).toEqual({ [a]: 1, [b]: 1 });
    expect(f.view().votes[0]?.myBallot).toEqual({});
    for (const p of [f, l, o]) expect(p.view().votes[0]?.results).toBeNull();
    expect(l.received.join("\n")).not.toContain(`"${b}":1`);

    expect(await f.ask("vote:close", { roundId: round.id })).toEqual({ ok: true });
    expect(await l.ask("vote:cast", { roundId: round.id, targetId: b })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await f.ask("vote:reveal", { roundId: round.id })).toEqual({ ok: true });
    await eventually(() => l.view().votes[0]?.results !== null, "results revealed");
    expect(l.view().votes[0]?.results).toEqual([
      { targetId: a, count: 2 },
      { targetId: b, count: 1 },
    ]);
    // Revealed results are kept and reach the export, ranked.
    const md = await api<string>(
      server.url,
      "GET",
      `/workshops/${workshop.id}/export.md`,
      undefined,
      facilitator.token,
    );
    expect(md.body).toContain("### Prioriter\n\n1. A — 2\n2. B — 1");
  });

  it("promoting and demoting changes what the server lets a person do, at once", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    const ks = sync(workshop.id, kari.token);
    const fs = sync(workshop.id, facilitator.token);
    await Promise.all([waitForSynced(ks), waitForSynced(fs)]);
    expect(await f.ask("participant:setRole", { participantId: kari.participant.id, role: "facilitator" })).toEqual({
      ok: true,
    });
    expect(await k.ask("board:lock", { locked: true })).toEqual({ ok: true });
    expect(await k.ask("board:lock", { locked: false })).toEqual({ ok: true });
    expect(await f.ask("participant:setRole", { participantId: kari.participant.id, role: "observer" })).toEqual({
      ok: true,
    });
    addCard(ks.doc, { kind: "idea", x: 0, y: 0, text: "as observer" }, { id: kari.participant.id, group: "industry" });
    // Kari's update is handled (and would have been relayed), then the facilitator has all it caused.
    await roundTrip(ks);
    await roundTrip(fs);
    expect(boardMaps(fs.doc).cards.size).toBe(0);
    expect(await k.ask("board:lock", { locked: true })).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("keeps a queue of raised hands the facilitator can clear", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    const l = await person(server, workshop.id, lars.token);
    await l.ask("hand:set", { raised: true });
    await k.ask("hand:set", { raised: true });
    await eventually(() => f.view().hands.length === 2, "two hands");
    expect(f.view().hands.map((h) => h.participantId)).toEqual([lars.participant.id, kari.participant.id]);
    await f.ask("hand:lower", { participantId: lars.participant.id });
    await eventually(() => k.view().hands.length === 1, "one hand");
    await f.ask("hands:clear", {});
    await eventually(() => k.view().hands.length === 0, "no hands");
  });
});

describe("session control durability", () => {
  it("a server killed with SIGKILL mid-vote comes back with every ballot, the phase and the time left", async () => {
    let s = await startServer();
    cleanup.push(() => s.kill("SIGKILL"));
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(s.url);
    const fs = syncClient(s.wsUrl, workshop.id, facilitator.token);
    await waitForSynced(fs);
    const a = addCard(
      fs.doc,
      { kind: "strength", x: 0, y: 0, text: "Havbruk" },
      { id: facilitator.participant.id, group: "facilitator" },
    );
    await confirmed(fs);
    fs.destroy();
    const f = await person(s, workshop.id, facilitator.token);
    const k = await person(s, workshop.id, kari.token);
    await f.ask("phases:set", { phases });
    await f.ask("phase:start", { phaseId: "disc" });
    await f.ask("vote:start", {
      targets: { kinds: ["strength"], links: false, zoneId: null },
      votesPerPerson: 3,
      allowMultiplePerTarget: true,
      anonymous: false,
    });
    await eventually(() => k.view().votes.length === 1, "round open");
    const roundId = k.view().votes[0]?.id as string;
    await k.ask("vote:cast", { roundId, targetId: a });
    await k.ask("vote:cast", { roundId, targetId: a });
    const endsAt = f.view().timer.endsAt;

    await s.kill("SIGKILL");
    s = await startServer({ dataDir: s.dataDir });
    const k2 = await person(s, workshop.id, kari.token);
    const f2 = await person(s, workshop.id, facilitator.token);
    expect(k2.view().votes[0]?.myBallot).toEqual({ [a]: 2 });
    expect(k2.view().currentPhaseId).toBe("disc");
    expect(k2.view().timer.endsAt).toBe(endsAt);
    expect(remainingMs(k2.view().timer, Date.now())).toBeGreaterThan(880_000);
    const l2 = await person(s, workshop.id, lars.token);
    expect(await l2.ask("vote:cast", { roundId, targetId: a })).toEqual({ ok: true });
    await f2.ask("vote:reveal", { roundId });
    await eventually(() => k2.view().votes[0]?.results !== null, "revealed after restart");
    expect(k2.view().votes[0]?.results?.[0]).toEqual({
      targetId: a,
      count: 3,
      voters: [kari.participant.id, lars.participant.id],
    });
  });
});

describe("anonymous mode and spotlight", () => {
  it("hides names from participants but not from facilitators, and spotlights a card for everyone", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = await person(server, workshop.id, facilitator.token);
    const k = await person(server, workshop.id, kari.token);
    let kariList: Array<{ id: string; name: string }> = [];
    let facList: Array<{ id: string; name: string }> = [];
    k.socket.on("participants:changed", (list) => {
      kariList = list;
    });
    f.socket.on("participants:changed", (list) => {
      facList = list;
    });
    const before = k.received.length;
    expect(await f.ask("anonymous:set", { active: true })).toEqual({ ok: true });
    await eventually(
      () => kariList.length > 0 && kariList.find((p) => p.id === lars.participant.id)?.name === "",
      "names hidden for kari",
    );
    expect(kariList.find((p) => p.id === kari.participant.id)?.name).toBe("Kari Nordmann");
    await eventually(
      () => facList.find((p) => p.id === lars.participant.id)?.name === "Lars Ørjasæter",
      "facilitator still sees names",
    );
    // Nothing sent to a participant after the switch carries another person's name.
    expect(k.received.slice(before).join("\n")).not.toContain("Lars Ørjasæter");

    expect(await f.ask("spotlight:set", { cardId: "card123" })).toEqual({ ok: true });
    await eventually(() => k.view().spotlightCardId === "card123", "spotlight reaches kari");
    expect(await f.ask("follow:set", { active: true })).toEqual({ ok: true });
    await eventually(() => k.view().follow?.facilitatorId === facilitator.participant.id, "follow reaches kari");
  });
});
