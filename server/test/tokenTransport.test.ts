import { SYNC_SUBPROTOCOL, syncProtocols } from "@oppdag/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { confirmed, syncClient, waitForSynced } from "./helpers/clients";
import { createWorkshop, join } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

/**
 * The participant token never travels in a URL: browsers print a failed websocket's URL in the
 * console, and proxies log request lines. It goes as a subprotocol beside ours.
 */
describe("the sync token travels outside the URL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.kill();
  });

  it("syncs with the token offered as a subprotocol, and the server answers with ours alone", async () => {
    const workshop = await createWorkshop(server.url);
    const kari = await join(server.url, workshop.id, workshop.invites.participant, "Kari", "industry");
    const ws = new WebSocket(`${server.wsUrl}/sync/${workshop.id}`, syncProtocols(kari.token));
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    expect(ws.protocol).toBe(SYNC_SUBPROTOCOL);
    ws.close();

    const a = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(a);
    a.doc.getMap("meta").set("probe", "via subprotocol");
    await confirmed(a);
    a.destroy();
  });

  it("still takes the token in the URL from clients of the previous release", async () => {
    const workshop = await createWorkshop(server.url);
    const kari = await join(server.url, workshop.id, workshop.invites.participant, "Kari", "industry");
    const old = syncClient(server.wsUrl, workshop.id, kari.token, new Y.Doc(), [], { legacyTokenInUrl: true });
    await waitForSynced(old);
    old.doc.getMap("meta").set("probe", "via query");
    await confirmed(old);
    old.destroy();
  });

  it("refuses a wrong token offered as a subprotocol with 4401", async () => {
    const workshop = await createWorkshop(server.url);
    const ws = new WebSocket(`${server.wsUrl}/sync/${workshop.id}`, syncProtocols("A".repeat(43)));
    const code = await new Promise<number>((resolve) => ws.once("close", (c) => resolve(c)));
    expect(code).toBe(4401);
  });

  it("writes no token into any log line", async () => {
    const workshop = await createWorkshop(server.url);
    const kari = await join(server.url, workshop.id, workshop.invites.participant, "Kari", "industry");
    const a = syncClient(server.wsUrl, workshop.id, kari.token);
    await waitForSynced(a);
    a.doc.getMap("meta").set("probe", "logged?");
    await confirmed(a);
    a.destroy();
    const tokens = [kari.token, workshop.invites.participant, workshop.invites.facilitator];
    for (const token of tokens) expect(server.output()).not.toContain(token);
  });
});
