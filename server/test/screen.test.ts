import {
  addCard,
  type ClientToServerEvents,
  type ParticipantInfo,
  type ServerToClientEvents,
  type SessionView,
} from "@oppdag/shared";
import { io, type Socket } from "socket.io-client";
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
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
const sockets: ControlClient[] = [];
const control = (workshopId: string, token: string) => {
  const s = controlClient(server.url, workshopId, token);
  sockets.push(s);
  return s;
};
/** The projector view's connection: a member's token, marked as a shared screen. */
const screen = (workshopId: string, token: string) => {
  const s: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
    auth: { token, workshopId, screen: true },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(s);
  return s;
};
/** Keeps the latest value a socket was sent of one event. */
function latest<T>(socket: ControlClient, event: "session:state" | "participants:changed") {
  const box: { value: T | null } = { value: null };
  socket.on(event, (value: unknown) => {
    box.value = value as T;
  });
  return box;
}

const author = { id: "facilitator", group: "facilitator" as const };

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await server.kill();
});

describe("a shared screen (the projector view)", () => {
  it("counts as nobody in the room: its member is not online through it", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    const list = latest<ParticipantInfo[]>(f, "participants:changed");
    await connected(f);
    const kariOnline = () => list.value?.find((p) => p.id === kari.participant.id)?.online;
    await eventually(() => list.value !== null, "the facilitator has a list");

    const wall = screen(workshop.id, kari.token);
    await connected(wall);
    const k = control(workshop.id, kari.token);
    await connected(k);
    await eventually(() => kariOnline() === true, "kari's own tab shows her online");
    k.disconnect();
    // Her screen is still connected, yet she left: she shows offline.
    await eventually(() => kariOnline() === false, "kari shows offline while her screen stays");
    expect(wall.connected).toBe(true);
    expect(list.value?.filter((p) => p.online).map((p) => p.id)).toEqual([facilitator.participant.id]);
  });

  it("sees the room as an observer does, follows every change live and hides ballots until the reveal", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    const k = control(workshop.id, kari.token);
    const l = control(workshop.id, lars.token);
    await Promise.all([connected(f), connected(k), connected(l)]);
    // Opened with the facilitator's own token, as the projector tab in the facilitator's browser is.
    const wall = screen(workshop.id, facilitator.token);
    const view = latest<SessionView>(wall, "session:state");
    await connected(wall);
    await eventually(() => view.value !== null, "the screen gets the session");

    const phases = [
      { id: "discovery", name: "Styrker og muligheter", durationSec: 600, instructions: "Én idé per kort." },
      { id: "voting", name: "Prioritering", durationSec: 300, instructions: "Stem på ideene." },
    ];
    expect(await f.emitWithAck("phases:set", { phases })).toEqual({ ok: true });
    expect(await f.emitWithAck("phase:start", { phaseId: "voting" })).toEqual({ ok: true });
    await eventually(() => view.value?.currentPhaseId === "voting", "the screen follows the phase");
    expect(view.value?.timer.status).toBe("running");
    expect(await f.emitWithAck("timer:pause", {})).toEqual({ ok: true });
    await eventually(() => view.value?.timer.status === "paused", "the screen follows the pause");
    expect(await f.emitWithAck("board:lock", { locked: true })).toEqual({ ok: true });
    await eventually(() => view.value?.locked === true, "the screen follows the lock");

    // A private round: the facilitator's own draft and the facilitator's counts stay off the wall.
    expect(await f.emitWithAck("private:set", { active: true })).toEqual({ ok: true });
    const facView = latest<SessionView>(f, "session:state");
    expect(
      await f.emitWithAck("draft:upsert", { id: "draftfacilitator1", kind: "idea", text: "Min skisse", x: 0, y: 0 }),
    ).toEqual({ ok: true });
    await eventually(() => facView.value?.myDrafts.length === 1, "the facilitator sees the draft");
    expect(await f.emitWithAck("board:lock", { locked: false })).toEqual({ ok: true });
    await eventually(() => view.value?.locked === false, "the screen has a view from after the draft");
    expect(view.value?.privateRound).toBe(true);
    expect(view.value?.myDrafts).toEqual([]);
    expect(view.value?.draftCounts).toBeNull();
    expect(await f.emitWithAck("private:set", { active: false })).toEqual({ ok: true });

    // A vote on two cards: nobody's ballot on the wall, not even the facilitator's own; counts,
    // a tie among them, only after the reveal.
    const board = syncClient(server.wsUrl, workshop.id, facilitator.token);
    await waitForSynced(board);
    const a = addCard(board.doc, { kind: "idea", text: "Felles logistikkhub", x: 0, y: 300 }, author);
    const b = addCard(board.doc, { kind: "idea", text: "Krabbesafari", x: 260, y: 300 }, author);
    await confirmed(board);
    board.destroy();
    expect(
      await f.emitWithAck("vote:start", {
        title: "Hva satser vi på?",
        targets: { kinds: ["idea"], links: false, zoneId: null },
        votesPerPerson: 2,
        allowMultiplePerTarget: false,
        anonymous: false,
      }),
    ).toEqual({ ok: true });
    const round = () => view.value?.votes.at(-1);
    await eventually(() => round()?.status === "open", "the screen sees the vote open");
    const roundId = round()?.id as string;
    for (const [who, target] of [
      [f, a],
      [k, a],
      [l, b],
      [k, b],
    ] as const) {
      expect(await who.emitWithAck("vote:cast", { roundId, targetId: target })).toEqual({ ok: true });
    }
    await eventually(() => round()?.voterCount === 3, "the screen sees how many have voted");
    expect(round()?.myBallot).toEqual({});
    expect(round()?.results).toBeNull();
    expect(await f.emitWithAck("vote:reveal", { roundId })).toEqual({ ok: true });
    await eventually(() => round()?.status === "revealed", "the screen sees the reveal");
    // The facilitator's revealed draft is an idea too: it got nothing.
    expect(round()?.results?.map((r) => [r.targetId, r.count])).toEqual([
      [a, 2],
      [b, 2],
      [expect.any(String), 0],
    ]);
  });

  it("may ask for nothing, whoever's token it carries", async () => {
    const { workshop, facilitator } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    await connected(f);
    const wall = screen(workshop.id, facilitator.token);
    await connected(wall);
    const refused = await wall.emitWithAck("board:lock", { locked: true });
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
    expect(await wall.emitWithAck("hand:set", { raised: true })).toMatchObject({ ok: false, error: "forbidden" });
    const view = latest<SessionView>(f, "session:state");
    expect(await f.emitWithAck("timer:extend", { seconds: 60 })).toEqual({ ok: true });
    await eventually(() => view.value !== null, "the facilitator gets a new view");
    expect(view.value?.locked).toBe(false);
    expect(view.value?.hands).toEqual([]);
    // The clock probe still answers: the screen counts down in server time.
    expect(typeof (await wall.timeout(3000).emitWithAck("time:ping"))).toBe("number");
  });
});
