import { addCard, boardFromDoc, boardMaps, CloseCode } from "@oppdag/shared";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { eventually, rawSync, roundTrip, type SyncClient, syncClient, waitForSynced } from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { seededRandom, testSeed } from "./helpers/random";
import { startServer, type TestServer } from "./helpers/serverProcess";

const SEED = testSeed("FUZZ_SEED", 20261123);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 160);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill("SIGKILL");
});

/** A sync frame (y-websocket protocol) around any payload, valid or not. */
function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  encoding.writeVarUint(enc, subType);
  encoding.writeVarUint8Array(enc, payload);
  return encoding.toUint8Array(enc);
}

/** A real update: one card, as a client would send it. */
function validUpdate(n: number): Uint8Array {
  const doc = new Y.Doc();
  addCard(doc, { kind: "idea", x: n, y: 0, text: `fuzz ${n} – æøå` }, { id: "fuzz", group: "external" });
  return Y.encodeStateAsUpdate(doc);
}

describe(`sync endpoint fuzz (seed ${SEED}, ${ROUNDS} rounds)`, () => {
  it("random, truncated and corrupted frames never crash the server or corrupt the document", async () => {
    const rnd = seededRandom(SEED);
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const author = { id: kari.participant.id, group: "industry" as const };
    const writer: SyncClient = syncClient(server.wsUrl, workshop.id, kari.token);
    const watcher: SyncClient = syncClient(server.wsUrl, workshop.id, lars.token);
    await Promise.all([waitForSynced(writer), waitForSynced(watcher)]);

    const kinds = [
      "random bytes",
      "truncated update",
      "corrupted update",
      "huge length prefix",
      "wrong message type",
      "unknown sync type",
      "garbage awareness",
      "corrupted state vector",
    ] as const;
    const tried = new Map<string, number>();
    const codes = new Map<number, number>();
    let good = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const kind = rnd.pick(kinds);
      tried.set(kind, (tried.get(kind) ?? 0) + 1);
      const update = validUpdate(round);
      let frame: Uint8Array;
      switch (kind) {
        case "random bytes":
          frame = rnd.bytes(rnd.int(1, 300));
          break;
        case "truncated update":
          frame = syncFrame(2, update.slice(0, rnd.int(1, update.length - 1)));
          break;
        case "corrupted update": {
          const bad = update.slice();
          for (let i = rnd.int(1, 4); i > 0; i--) bad[rnd.int(0, bad.length - 1)] = rnd.int(0, 255);
          frame = syncFrame(rnd.pick([1, 2]), bad);
          break;
        }
        case "huge length prefix": {
          const enc = encoding.createEncoder();
          encoding.writeVarUint(enc, 0);
          encoding.writeVarUint(enc, 2);
          encoding.writeVarUint(enc, rnd.pick([2 ** 31, 2 ** 40, 2 ** 53 - 1, 10_000_000]));
          encoding.writeUint8Array(enc, rnd.bytes(rnd.int(0, 20)));
          frame = encoding.toUint8Array(enc);
          break;
        }
        case "wrong message type":
          frame = Uint8Array.from([rnd.int(4, 250), ...rnd.bytes(rnd.int(0, 40))]);
          break;
        case "unknown sync type":
          frame = syncFrame(rnd.int(3, 200), update);
          break;
        case "garbage awareness": {
          const enc = encoding.createEncoder();
          encoding.writeVarUint(enc, 1);
          encoding.writeVarUint8Array(enc, rnd.bytes(rnd.int(0, 80)));
          frame = encoding.toUint8Array(enc);
          break;
        }
        case "corrupted state vector":
          frame = syncFrame(0, rnd.bytes(rnd.int(1, 30)));
          break;
      }

      const raw = rawSync(server.wsUrl, workshop.id, kari.token);
      await raw.opened;
      raw.ws.send(frame);
      // A frame that happens to be valid is simply applied; anything else closes this socket only.
      // The server handles a connection's frames in order: an answer to a later sync step 1 means
      // this frame was taken, a close before it means it was refused.
      const answered = await roundTrip(raw.ws).then(
        () => true,
        (err: Error) => {
          if (err.message.includes("closed")) return false;
          throw err;
        },
      );
      const outcome = answered ? 0 : (await raw.closed).code;
      if (outcome === 0) {
        good++;
        raw.ws.close();
      } else {
        codes.set(outcome, (codes.get(outcome) ?? 0) + 1);
        expect([CloseCode.MalformedMessage, CloseCode.MessageTooLarge]).toContain(outcome);
      }
      expect(server.process.exitCode, "server process still running").toBeNull();

      // Every so often: the honest clients still work, live.
      if (round % 20 === 19) {
        addCard(writer.doc, { kind: "strength", x: round, y: 0, text: `ekte ${round}` }, author);
        await eventually(
          () => boardFromDoc(watcher.doc).cards.some((c) => c.text === `ekte ${round}`),
          "honest clients carry on",
          3000,
        );
      }
    }
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    console.info("fuzz:", Object.fromEntries(tried), "close codes:", Object.fromEntries(codes), "applied:", good);
    expect(codes.get(CloseCode.MalformedMessage) ?? 0).toBeGreaterThan(ROUNDS / 2);

    // The stored document is whole: a restarted server loads exactly what the live clients have.
    await eventually(
      () => JSON.stringify(boardFromDoc(writer.doc)) === JSON.stringify(boardFromDoc(watcher.doc)),
      "writer and watcher agree",
    );
    const live = boardFromDoc(watcher.doc);
    writer.destroy();
    watcher.destroy();
    await server.kill("SIGKILL");
    server = await startServer({ dataDir: server.dataDir });
    const fresh = syncClient(server.wsUrl, workshop.id, lars.token);
    await waitForSynced(fresh);
    expect(boardFromDoc(fresh.doc)).toEqual(live);
    expect(boardMaps(fresh.doc).cards.size).toBeGreaterThanOrEqual(ROUNDS / 20);
    fresh.destroy();
  });
});
