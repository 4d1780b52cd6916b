import { addCard, addLink, boardFromDoc, type CreateWorkshopResult, type SessionView } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { eventually, waitForSynced } from "./helpers/clients";
import { api, inviteToken, join } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// Running the discovery template's agenda with one "Next" per phase: each phase switches on what
// it needs (lock, private writing, critique, a vote, a scoring round) and leaving it switches that
// off again, on the server, for everyone.

const live = liveServer();
const { sync, person } = live;

async function discoveryWorkshop() {
  const base = live.server().url;
  const res = await api<CreateWorkshopResult>(base, "POST", "/workshops", {
    title: "Kongekrabbe og IT",
    region: "Troms",
    language: "en",
    template: "discovery",
  });
  expect(res.status).toBe(201);
  const id = res.body.workshop.id;
  const facilitator = await join(base, id, inviteToken(res.body.invites.facilitator), "Åse", "facilitator");
  const kari = await join(base, id, inviteToken(res.body.invites.participant), "Kari", "industry");
  const f = await person(id, facilitator.token);
  const k = await person(id, kari.token);
  return { id, facilitator, kari, f, k };
}

const phaseName = (v: SessionView) => v.phases.find((p) => p.id === v.currentPhaseId)?.name;

describe("phase actions", () => {
  it("runs the discovery agenda: lock, private rounds revealed, critique, vote, scoring, each undone on leaving", async () => {
    const { id, kari, f, k } = await discoveryWorkshop();
    const names = f.view().phases.map((p) => p.name);
    expect(names).toEqual([
      "Briefing",
      "Strengths",
      "Opportunities",
      "Links",
      "Ideas",
      "Critical friends",
      "Dot vote",
      "Scoring",
      "Action planning",
    ]);
    // Kari's view once it shows the phase and what the phase started (the ack comes after both).
    const next = async (expected: string, started: (v: SessionView) => boolean = () => true) => {
      expect(await f.ask("phase:next", {})).toEqual({ ok: true });
      await eventually(() => phaseName(k.view()) === expected && started(k.view()), `kari sees ${expected}`);
      return k.view();
    };

    // The first phase is started by id; the lock is on for everyone.
    const first = f.view().phases[0]?.id;
    expect(await f.ask("phase:start", { phaseId: first })).toEqual({ ok: true });
    await eventually(() => k.view().locked, "briefing locks the board");

    let v = await next("Strengths");
    expect(v).toMatchObject({ locked: false, privateRound: true });
    expect(
      await k.ask("draft:upsert", { id: "draftstrength1", kind: "strength", text: "Kongekrabbe", x: 40, y: 80 }),
    ).toEqual({ ok: true });

    // Leaving Strengths reveals Kari's draft; Opportunities starts a private round of its own.
    v = await next("Opportunities", (view) => view.privateRound);
    expect(v.privateRound).toBe(true);
    expect(v.myDrafts).toEqual([]);
    const ks = sync(id, kari.token);
    await waitForSynced(ks);
    await eventually(
      () => boardFromDoc(ks.doc).cards.some((c) => c.text === "Kongekrabbe"),
      "the strength is on the board",
    );
    await k.ask("draft:upsert", { id: "draftopportunity1", kind: "opportunity", text: "Asia", x: 1300, y: 80 });

    v = await next("Links");
    expect(v.privateRound).toBe(false);
    await eventually(() => boardFromDoc(ks.doc).cards.some((c) => c.text === "Asia"), "the opportunity revealed");
    const board = boardFromDoc(ks.doc);
    const strength = board.cards.find((c) => c.text === "Kongekrabbe")?.id as string;
    const opportunity = board.cards.find((c) => c.text === "Asia")?.id as string;
    addLink(ks.doc, strength, opportunity, { id: kari.participant.id, group: "industry" });

    await next("Ideas");
    addCard(
      ks.doc,
      { kind: "idea", text: "Krabbe-sporing", x: 100, y: 900 },
      { id: kari.participant.id, group: "industry" },
    );
    await eventually(() => boardFromDoc(ks.doc).links.length === 1, "the link is written");

    v = await next("Critical friends");
    expect(v.critique).toBe(true);

    // The vote's targets are the ideas and links on the board when it opens.
    v = await next("Dot vote", (view) => view.votes.length > 0);
    expect(v.critique).toBe(false);
    const vote = v.votes.at(-1);
    expect(vote).toMatchObject({ status: "open", title: "Dot vote", votesPerPerson: 5 });
    expect(vote?.targetIds).toHaveLength(2);

    v = await next("Scoring", (view) => view.scoring.length > 0);
    expect(v.votes.at(-1)?.status).toBe("closed");
    expect(v.scoring.at(-1)).toMatchObject({ status: "open", title: "Scoring" });
    expect(v.scoring.at(-1)?.criteria.map((c) => c.name)).toEqual([
      "Market potential",
      "Regional capability",
      "Related variety",
      "Feasibility",
    ]);

    v = await next("Action planning", (view) => view.scoring.at(-1)?.status !== "open");
    expect(v.scoring.at(-1)?.status).toBe("closed");
    expect(await f.ask("phase:next", {})).toMatchObject({ ok: false, error: "conflict" });
  });

  it("tells the room once per Next, however many steps the phase change takes", async () => {
    const { f, k } = await discoveryWorkshop();
    const phases = f.view().phases;
    let pushes = 0;
    k.socket.on("session:state", () => {
      pushes += 1;
    });
    // Strengths to Opportunities: reveal the drafts, end one private round, start the next, set
    // the phase and its timer.
    await f.ask("phase:start", { phaseId: phases[1]?.id });
    await eventually(() => phaseName(k.view()) === "Strengths", "strengths");
    await k.ask("draft:upsert", { id: "draftpush0001", kind: "strength", text: "Fiskeri", x: 40, y: 80 });
    // A lock is one push: once Kari has it, everything before it has arrived too.
    await f.ask("board:lock", { locked: true });
    await eventually(() => k.view().locked, "the lock before the Next");
    pushes = 0;
    expect(await f.ask("phase:next", {})).toEqual({ ok: true });
    await f.ask("board:lock", { locked: false });
    await eventually(() => !k.view().locked, "the unlock after the Next");
    expect(phaseName(k.view())).toBe("Opportunities");
    expect(pushes).toBe(2);
  });

  it("leaves alone what the facilitator switched on by hand, and starts the phase when its vote has no targets", async () => {
    const { f, k } = await discoveryWorkshop();
    const phases = f.view().phases;
    // The board was locked by hand before the Briefing, which locks it too: leaving the Briefing
    // does not lift a lock it did not set.
    await f.ask("board:lock", { locked: true });
    await f.ask("phase:start", { phaseId: phases[0]?.id });
    expect(await f.ask("phase:next", {})).toEqual({ ok: true });
    await eventually(() => phaseName(k.view()) === "Strengths", "strengths");
    expect(k.view()).toMatchObject({ locked: true, privateRound: true });
    await f.ask("board:lock", { locked: false });

    // An empty board: the Dot vote phase starts, and the facilitator learns why no vote opened.
    await f.ask("phase:start", { phaseId: phases[5]?.id });
    expect(await f.ask("phase:next", {})).toMatchObject({ ok: false, error: "no_targets" });
    await eventually(() => phaseName(k.view()) === "Dot vote", "the phase started anyway");
    expect(k.view().votes).toEqual([]);
  });
});
