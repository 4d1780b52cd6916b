import { addCard, addLink, boardFromDoc, boardMaps, CloseCode, cardText } from "@oppdag/shared";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import {
  confirmed,
  connected,
  controlClient,
  eventually,
  rawSync,
  roundTrip,
  type SyncClient,
  syncClient,
  waitForSynced,
} from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
const open: SyncClient[] = [];
const client = (workshopId: string, token: string) => {
  const c = syncClient(server.wsUrl, workshopId, token);
  open.push(c);
  return c;
};
const cardCount = (c: SyncClient) => boardMaps(c.doc).cards.size;

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server.kill("SIGTERM");
});

describe("sync channel", () => {
  it("two clients converge on cards, text and links", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const a = client(workshop.id, kari.token);
    const b = client(workshop.id, lars.token);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);

    const strength = addCard(
      a.doc,
      { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" },
      { id: kari.participant.id, group: "industry" },
    );
    const opp = addCard(
      b.doc,
      { kind: "opportunity", x: 300, y: 0, text: "Sporbar sjømat" },
      { id: lars.participant.id, group: "research" },
    );
    await eventually(() => cardCount(a) === 2 && cardCount(b) === 2, "both see both cards");
    addLink(b.doc, strength, opp, { id: lars.participant.id, group: "research" }, "fra hav til bord");
    cardText(b.doc, strength)?.insert(11, " i Øst-Finnmark");
    await eventually(() => boardFromDoc(a.doc).links.length === 1, "link reaches a");
    await eventually(
      () => cardText(a.doc, strength)?.toString() === "Kongekrabbe i Øst-Finnmark",
      "text edit reaches a",
    );
    expect(boardFromDoc(a.doc)).toEqual(boardFromDoc(b.doc));
  });

  it("a late joiner receives the full state", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const a = client(workshop.id, kari.token);
    await waitForSynced(a);
    for (let i = 0; i < 50; i++) {
      addCard(
        a.doc,
        { kind: "idea", x: i * 10, y: 0, text: `Idé ${i} – æøå` },
        { id: kari.participant.id, group: "industry" },
      );
    }
    const notes = boardMaps(a.doc).notes;
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText("Referat fra verkstedet")]);
    notes.insert(0, [p]);
    // Wait until the server has echoed everything back (confirmation that it is stored).
    await confirmed(a);
    const late = client(workshop.id, lars.token);
    await waitForSynced(late);
    await eventually(() => cardCount(late) === 50, "late joiner has all cards");
    expect(boardMaps(late.doc).notes.toString()).toContain("Referat fra verkstedet");
  });

  it("an observer's updates are not applied", async () => {
    const { workshop, kari, observer } = await workshopWithPeople(server.url);
    const obs = client(workshop.id, observer.token);
    const a = client(workshop.id, kari.token);
    await Promise.all([waitForSynced(obs), waitForSynced(a)]);
    addCard(
      obs.doc,
      { kind: "idea", x: 0, y: 0, text: "forged by observer" },
      { id: observer.participant.id, group: "public" },
    );
    // The server has handled the forged update (and would have relayed it) before Kari writes.
    await roundTrip(obs);
    addCard(a.doc, { kind: "idea", x: 0, y: 0, text: "real" }, { id: kari.participant.id, group: "industry" });
    await eventually(() => cardCount(obs) === 2, "observer still receives others' updates");
    // Kari's echo follows anything the server sent her before it.
    await confirmed(a);
    expect(boardFromDoc(a.doc).cards.map((c) => c.text)).toEqual(["real"]);
    const fresh = client(workshop.id, kari.token);
    await waitForSynced(fresh);
    await eventually(() => cardCount(fresh) === 1, "fresh client sees one card");
    expect(boardFromDoc(fresh.doc).cards[0]?.text).toBe("real");
  });

  it("refuses a wrong, missing or malformed token and an unknown workshop with clear codes", async () => {
    const { workshop } = await workshopWithPeople(server.url);
    const wrong = rawSync(server.wsUrl, workshop.id, "A".repeat(43));
    expect((await wrong.closed).code).toBe(CloseCode.Unauthorized);
    const missing = rawSync(server.wsUrl, workshop.id);
    expect((await missing.closed).code).toBe(CloseCode.Unauthorized);
    const junk = rawSync(server.wsUrl, workshop.id, "x'; DROP TABLE participants; --");
    expect((await junk.closed).code).toBe(CloseCode.Unauthorized);
    const unknown = rawSync(server.wsUrl, "AAAAAAAAAAAAAAAA", "A".repeat(43));
    expect((await unknown.closed).code).toBe(CloseCode.UnknownWorkshop);
  });

  it("a malformed frame closes only that connection; others carry on", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const a = client(workshop.id, kari.token);
    const b = client(workshop.id, lars.token);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    const author = { id: kari.participant.id, group: "industry" as const };

    const cases: Uint8Array[] = [
      new Uint8Array([0, 2, 200, 1, 2, 3]), // sync update whose length prefix overruns
      new Uint8Array([0, 2, 5, 255, 255, 255, 255, 255]), // update bytes that are not a Yjs update
      new Uint8Array([9, 1, 2]), // unknown message type
      new Uint8Array([0, 7, 0]), // unknown sync sub-type
    ];
    for (const frame of cases) {
      const raw = rawSync(server.wsUrl, workshop.id, kari.token);
      await raw.opened;
      raw.ws.send(frame);
      expect((await raw.closed).code).toBe(CloseCode.MalformedMessage);
    }
    addCard(a.doc, { kind: "strength", x: 0, y: 0, text: "Still working" }, author);
    await eventually(() => cardCount(b) === 1, "b still receives updates after the bad frames");
  });

  it("refuses frames over the size limit with its own code", async () => {
    const small = await startServer({ env: { MAX_MESSAGE_BYTES: "4096" } });
    try {
      const { workshop, kari } = await workshopWithPeople(small.url);
      const raw = rawSync(small.wsUrl, workshop.id, kari.token);
      await raw.opened;
      raw.ws.send(new Uint8Array(5000));
      expect((await raw.closed).code).toBe(CloseCode.MessageTooLarge);
    } finally {
      await small.kill();
    }
  });
});

describe("presence", () => {
  it("relays a client's own presence, but not presence claiming someone else", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const a = client(workshop.id, kari.token);
    const b = client(workshop.id, lars.token);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.provider.awareness.setLocalStateField("user", { id: kari.participant.id, name: "Kari" });
    const karisId = a.doc.clientID;
    await eventually(
      () => b.provider.awareness.getStates().get(karisId)?.user?.name === "Kari",
      "own presence relayed",
    );

    // Lars's client claims to be Kari, under its own presence id: dropped.
    b.provider.awareness.setLocalStateField("user", { id: kari.participant.id, name: "Kari (falsk)" });
    // And it forges an update for Kari's presence id: dropped too.
    const forged = new awarenessProtocol.Awareness(new Y.Doc());
    forged.clientID = karisId;
    forged.setLocalState({ user: { id: lars.participant.id, name: "Overtatt" }, pointer: { x: 1, y: 1 } });
    const raw = rawSync(server.wsUrl, workshop.id, lars.token);
    await raw.opened;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 1);
    encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(forged, [karisId]));
    raw.ws.send(encoding.toUint8Array(enc));
    // Both forgeries are handled, then whatever they made the server send Kari has reached her.
    await Promise.all([roundTrip(b), roundTrip(raw.ws)]);
    await roundTrip(a);
    raw.ws.close();
    const seenByKari = [...a.provider.awareness.getStates().values()].map((s) => s.user?.name);
    expect(seenByKari).not.toContain("Kari (falsk)");
    expect(seenByKari).not.toContain("Overtatt");
    expect(a.provider.awareness.getStates().get(karisId)?.user?.name).toBe("Kari");
  });
});

describe("presence in an anonymous workshop", () => {
  it("carries no names: presence with a name is not relayed", async () => {
    const { workshop, facilitator, kari, lars } = await workshopWithPeople(server.url);
    const f = controlClient(server.url, workshop.id, facilitator.token);
    await connected(f);
    expect(await f.emitWithAck("anonymous:set", { active: true })).toMatchObject({ ok: true });
    const a = client(workshop.id, kari.token);
    const b = client(workshop.id, lars.token);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.provider.awareness.setLocalStateField("user", {
      id: kari.participant.id,
      name: "Kari Nordmann",
      group: "industry",
    });
    b.provider.awareness.setLocalStateField("user", { id: lars.participant.id, name: "", group: "research" });
    await eventually(
      () => a.provider.awareness.getStates().get(b.doc.clientID)?.user?.group === "research",
      "nameless presence relayed",
    );
    // Kari's named presence is handled, then whatever it made the server send Lars has reached him.
    await roundTrip(a);
    await roundTrip(b);
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toBeUndefined();
    f.disconnect();
  });
});
