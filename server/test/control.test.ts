import { CloseCode, type ParticipantInfo } from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlClient,
  connected,
  controlClient,
  eventually,
  rawSync,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { api, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
const sockets: ControlClient[] = [];
const control = (workshopId: string, token: string) => {
  const s = controlClient(server.url, workshopId, token);
  sockets.push(s);
  return s;
};

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await server.kill();
});

describe("control channel", () => {
  it("keeps a live participant list with online state", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    let latest: ParticipantInfo[] = [];
    f.on("participants:changed", (list) => {
      latest = list;
    });
    await connected(f);
    const k = control(workshop.id, kari.token);
    await connected(k);
    await eventually(() => latest.find((p) => p.id === kari.participant.id)?.online === true, "kari shows online");
    expect(latest.map((p) => p.name)).toEqual([
      "Fasilitator Åse",
      "Kari Nordmann",
      "Lars Ørjasæter",
      "Observatør Øystein",
    ]);
    k.disconnect();
    await eventually(() => latest.find((p) => p.id === kari.participant.id)?.online === false, "kari shows offline");
  });

  it("lets a facilitator rename, and refuses a participant", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    const k = control(workshop.id, kari.token);
    await Promise.all([connected(f), connected(k)]);
    const seen = new Promise<string>((resolve) => k.once("workshop:changed", (w) => resolve(w.title)));
    expect(await f.emitWithAck("workshop:rename", { title: "Västerbotten – skog och data" })).toEqual({ ok: true });
    expect(await seen).toBe("Västerbotten – skog och data");
    const refused = await k.emitWithAck("workshop:rename", { title: "hijacked" });
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
    const invalid = await f.emitWithAck("workshop:rename", { title: "" });
    expect(invalid).toMatchObject({ ok: false, error: "invalid_request" });
    const meta = await api<{ title: string }>(server.url, "GET", `/workshops/${workshop.id}`);
    expect(meta.body.title).toBe("Västerbotten – skog och data");
  });

  it("a removed participant is cut off from both channels at once", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = control(workshop.id, facilitator.token);
    const k = control(workshop.id, kari.token);
    await Promise.all([connected(f), connected(k)]);
    const kSync = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(kSync);
    const syncClosed = new Promise<number>((resolve) =>
      kSync.provider.on("connection-close", (event) => resolve((event as { code?: number } | null)?.code ?? 0)),
    );
    const removedEvent = new Promise<void>((resolve) => k.once("session:removed", () => resolve()));

    expect(await k.emitWithAck("participant:remove", { participantId: lars.participant.id })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await f.emitWithAck("participant:remove", { participantId: kari.participant.id })).toEqual({ ok: true });
    await removedEvent;
    expect(await syncClosed).toBe(CloseCode.Forbidden);
    kSync.destroy();
    await eventually(() => !k.connected, "control socket disconnected");

    const again = rawSync(server.wsUrl, workshop.id, kari.token);
    expect((await again.closed).code).toBe(CloseCode.Forbidden);
    const retry = control(workshop.id, kari.token);
    await expect(connected(retry)).rejects.toThrow("forbidden");
    const http = await api(server.url, "GET", `/workshops/${workshop.id}/participants`, undefined, kari.token);
    expect(http.status).toBe(403);
  });

  it("refuses a wrong or missing token", async () => {
    const { workshop } = await workshopWithPeople(server.url);
    await expect(connected(control(workshop.id, "B".repeat(43)))).rejects.toThrow("unauthorized");
    await expect(connected(control(workshop.id, ""))).rejects.toThrow("unauthorized");
    await expect(connected(control("not-a-workshop", "B".repeat(43)))).rejects.toThrow("unknown-workshop");
  });
});
