import { syncProtocols } from "@oppdag/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { eventually } from "./helpers/clients";
import { api, createWorkshop, inviteToken, join, workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

describe("HTTP API", () => {
  it("reports health", async () => {
    const res = await api<{ ok: boolean }>(server.url, "GET", "/health");
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("creates a workshop with a distinct invite link per role (critical friends too), tokens of 256 bits", async () => {
    const res = await api<{ invites: Record<string, string> }>(server.url, "POST", "/workshops", {
      title: "Kronoberg – småföretag",
      language: "sv",
    });
    expect(res.status).toBe(201);
    const tokens = Object.values(res.body.invites).map((l) => l.split("#")[1]);
    expect(new Set(tokens).size).toBe(4);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("joins with an invite and returns the role of that invite", async () => {
    const w = await createWorkshop(server.url);
    const obs = await join(server.url, w.id, w.invites.observer, "Áile Sámi", "civil");
    expect(obs.participant).toMatchObject({ name: "Áile Sámi", role: "observer", actorGroup: "civil" });
    const list = await api<unknown[]>(server.url, "GET", `/workshops/${w.id}/participants`, undefined, obs.token);
    expect(list.status).toBe(200);
  });

  it("answers bad input with JSON errors and the right status", async () => {
    const w = await createWorkshop(server.url);
    expect((await api(server.url, "POST", "/workshops", { title: "" })).status).toBe(400);
    expect((await api(server.url, "POST", "/workshops", "{not json")).status).toBe(400);
    expect((await api(server.url, "POST", "/workshops", { title: "x".repeat(70_000) })).status).toBe(413);
    const badInvite = await api(server.url, "POST", `/workshops/${w.id}/join`, {
      invite: "C".repeat(43),
      name: "Per",
      actorGroup: "industry",
    });
    expect(badInvite).toMatchObject({ status: 401, body: { error: "invalid_invite" } });
    const badGroup = await api(server.url, "POST", `/workshops/${w.id}/join`, {
      invite: w.invites.participant,
      name: "Per",
      actorGroup: "pirates",
    });
    expect(badGroup.status).toBe(400);
    expect((await api(server.url, "GET", "/workshops/AAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await api(server.url, "GET", "/workshops/..%2F..%2Fetc")).status).toBe(404);
    expect((await api(server.url, "GET", `/workshops/${w.id}/participants`)).status).toBe(401);
  });

  it("answers a body that does not match its encoding with a 4xx and a clear error, never a 5xx", async () => {
    const post = (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ title: "Kronoberg" }),
      });
    for (const path of ["/workshops", "/workshops/import"]) {
      for (const encoding of ["gzip", "deflate", "br"]) {
        const res = await post(path, { "content-encoding": encoding });
        expect(res.status, `${path} ${encoding}`).toBe(400);
        expect(await res.json()).toMatchObject({
          error: "invalid_request",
          message: expect.stringMatching(/cannot be read/),
        });
      }
      const unknown = await post(path, { "content-encoding": "x-snappy" });
      expect(unknown.status).toBe(415);
      expect(await unknown.json()).toMatchObject({ error: "unsupported_encoding" });
    }
    const charset = await post("/workshops", { "content-type": "application/json; charset=koi9" });
    expect(charset.status).toBe(415);
  });

  it('gives the actor group "facilitator" only to people with the facilitator link', async () => {
    const w = await createWorkshop(server.url);
    for (const invite of [w.invites.participant, w.invites.observer]) {
      const res = await api<{ error: string }>(server.url, "POST", `/workshops/${w.id}/join`, {
        invite,
        name: "Per",
        actorGroup: "facilitator",
      });
      expect(res).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    }
    const facilitator = await join(server.url, w.id, w.invites.facilitator, "Åse", "facilitator");
    expect(facilitator.participant).toMatchObject({ role: "facilitator", actorGroup: "facilitator" });
  });

  it("rate-limits joins per IP with 429", async () => {
    const limited = await startServer({ env: { JOIN_RATE_PER_MINUTE: "3" } });
    try {
      const w = await createWorkshop(limited.url);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await api(limited.url, "POST", `/workshops/${w.id}/join`, {
          invite: w.invites.participant,
          name: `P${i}`,
          actorGroup: "industry",
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await limited.kill();
    }
  });

  it("exports Markdown to facilitators only", async () => {
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const md = await api<string>(
      server.url,
      "GET",
      `/workshops/${workshop.id}/export.md`,
      undefined,
      facilitator.token,
    );
    expect(md.status).toBe(200);
    expect(md.body).toContain("# Oppdagelsesverksted Troms – kongekrabbe");
    const refused = await api(server.url, "GET", `/workshops/${workshop.id}/export.md`, undefined, kari.token);
    expect(refused.status).toBe(403);
  });
});

describe("CSV export of the action plan", () => {
  it("is UTF-8 with BOM, in the workshop's language, with formulas neutralised", async () => {
    const { syncClient, waitForSynced, confirmed } = await import("./helpers/clients");
    const { addActionItem, actionItemsMap } = await import("@oppdag/shared");
    const { workshop, facilitator, kari } = await workshopWithPeople(server.url);
    const client = syncClient(server.wsUrl, workshop.id, facilitator.token);
    await waitForSynced(client);
    addActionItem(client.doc, {
      title: '=HYPERLINK("http://evil.example")',
      goal: "Økt verdiskaping – áčđŋšŧž",
      partners: 'Nofima, UiT; "Sjømatrådet"',
    });
    await eventually(() => actionItemsMap(client.doc).size === 1, "item written");
    await confirmed(client);
    client.destroy();
    const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export.csv`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    // A Norwegian workshop: semicolons, as Excel splits CSV in Norway.
    expect(csv).toContain("Nr.;Tiltak;Innsatsområde;Mål for perioden");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("Økt verdiskaping – áčđŋšŧž");
    expect(csv).toContain(`"Nofima, UiT; ""Sjømatrådet"""`);
    const refused = await api(server.url, "GET", `/workshops/${workshop.id}/export.csv`, undefined, kari.token);
    expect(refused.status).toBe(403);
  });
});

describe("security headers, CORS and origins", () => {
  it("serves a strict Content-Security-Policy and no CORS grant to other origins", async () => {
    const res = await fetch(`${server.url}/`, { headers: { origin: "https://evil.example" } });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const api = await fetch(`${server.url}/api/health`, { headers: { origin: "https://evil.example" } });
    expect(api.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${server.url}/api/workshops`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses websockets and socket.io from a foreign origin, accepts the app's own", async () => {
    const { workshop, kari } = await workshopWithPeople(server.url);
    const foreign = new WebSocket(`${server.wsUrl}/sync/${workshop.id}?token=${kari.token}`, {
      headers: { origin: "https://evil.example" },
    });
    const refused = await new Promise<string>((resolve) => {
      foreign.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
      foreign.on("open", () => resolve("open"));
      foreign.on("error", (err) => resolve(err.message));
    });
    expect(refused).toBe("403");
    const own = new WebSocket(`${server.wsUrl}/sync/${workshop.id}?token=${kari.token}`, {
      headers: { origin: server.url },
    });
    await new Promise<void>((resolve, reject) => {
      own.on("open", () => resolve());
      own.on("error", reject);
    });
    own.close();
    const io = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: "https://evil.example" },
    });
    expect(io.status).toBe(403);
  });

  it("compares scheme, host and port: https on the same host, or another port, is foreign", async () => {
    const { workshop, kari } = await workshopWithPeople(server.url);
    const port = new URL(server.url).port;
    for (const origin of [`https://127.0.0.1:${port}`, `http://127.0.0.1:${Number(port) + 1}`]) {
      expect(await upgradeStatus(`${server.wsUrl}/sync/${workshop.id}`, kari.token, { origin })).toBe("403");
    }
  });

  it("with PUBLIC_URL set, trusts that origin only, whatever Host a rebinding page sends", async () => {
    const proxied = await startServer({ env: { PUBLIC_URL: "https://oppdag.example.no" } });
    try {
      const { workshop, kari } = await workshopWithPeople(proxied.url);
      const url = `${proxied.wsUrl}/sync/${workshop.id}`;
      const rebinding = { origin: "http://rebind.example:3000", host: "rebind.example:3000" };
      expect(await upgradeStatus(url, kari.token, rebinding)).toBe("403");
      expect(await upgradeStatus(url, kari.token, { origin: proxied.url })).toBe("403");
      expect(await upgradeStatus(url, kari.token, { origin: "https://oppdag.example.no" })).toBe("open");
    } finally {
      await proxied.kill();
    }
  });
});

/** Opens a sync socket with the given headers: "open", or the refusal's HTTP status. */
function upgradeStatus(url: string, token: string, headers: Record<string, string>): Promise<string> {
  const ws = new WebSocket(url, syncProtocols(token), { headers });
  return new Promise<string>((resolve) => {
    ws.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
    ws.on("open", () => {
      ws.close();
      resolve("open");
    });
    ws.on("error", (err) => resolve(err.message));
  });
}

describe("metrics", () => {
  it("serves Prometheus text with connections, workshops, updates, write latency and rejections", async () => {
    const { workshop, kari } = await workshopWithPeople(server.url);
    const ws = new WebSocket(`${server.wsUrl}/sync/${workshop.id}?token=${kari.token}`);
    await new Promise((resolve) => ws.on("open", resolve));
    ws.send(Uint8Array.from([9, 9, 9]));
    await new Promise((resolve) => ws.on("close", resolve));
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    for (const name of [
      "oppdag_sync_connections",
      "oppdag_control_connections",
      "oppdag_open_workshops",
      "oppdag_updates_total",
      "oppdag_storage_write_seconds_bucket",
      "oppdag_errors_total",
    ]) {
      expect(text).toContain(`# TYPE ${name.replace(/_bucket$/, "")}`);
    }
    expect(text).toMatch(/oppdag_rejected_messages_total\{reason="malformed"\} [1-9]/);
    // Nothing personal: no names or workshop titles.
    expect(text).not.toContain("Kari");
  });
});

describe("invite links", () => {
  it("a facilitator replaces a leaked link (the old one stops at once) or closes one; others may not", async () => {
    const w = await createWorkshop(server.url);
    const fac = await join(server.url, w.id, w.invites.facilitator, "Åse", "facilitator");
    const kari = await join(server.url, w.id, w.invites.participant, "Kari", "industry");
    const rotate = (role: string, token: string) =>
      api<Record<string, string>>(server.url, "POST", `/workshops/${w.id}/invites/${role}/rotate`, undefined, token);

    expect((await rotate("participant", kari.token)).status).toBe(403);
    const rotated = await rotate("participant", fac.token);
    expect(rotated.status).toBe(200);
    const fresh = inviteToken(rotated.body.participant as string);
    expect(fresh).not.toBe(w.invites.participant);

    const old = await api<{ error: string }>(server.url, "POST", `/workshops/${w.id}/join`, {
      invite: w.invites.participant,
      name: "Sen",
      actorGroup: "public",
    });
    expect(old.status).toBe(403);
    expect(old.body.error).toBe("invite_revoked");
    await join(server.url, w.id, fresh, "Ny", "public");
    // Kari joined before: she keeps her access.
    expect((await api(server.url, "GET", `/workshops/${w.id}/participants`, undefined, kari.token)).status).toBe(200);

    expect(
      (await api(server.url, "POST", `/workshops/${w.id}/invites/observer/revoke`, undefined, fac.token)).status,
    ).toBe(204);
    const closed = await api(server.url, "POST", `/workshops/${w.id}/join`, {
      invite: w.invites.observer,
      name: "Obs",
      actorGroup: "public",
    });
    expect(closed.status).toBe(403);
    expect((await rotate("nonsense", fac.token)).status).toBe(404);
  });
});

describe("logs", () => {
  it("carry a request id (also sent to the client) and connection ids, and nothing personal", async () => {
    const { workshop, kari } = await workshopWithPeople(server.url);
    const res = await fetch(`${server.url}/api/workshops/${workshop.id}/participants`, {
      headers: { authorization: `Bearer ${kari.token}` },
    });
    const reqId = res.headers.get("x-request-id") ?? "";
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const ws = new WebSocket(`${server.wsUrl}/sync/${workshop.id}?token=${kari.token}`);
    await new Promise((resolve) => ws.on("open", resolve));
    ws.close();
    const logLines = () =>
      server
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    // Wait for the log of this request and of this connection's end: everything logged before is out.
    await eventually(() => {
      const all = logLines();
      const connected = all.find((l) => l.event === "sync_connected" && l.participantId === kari.participant.id);
      return (
        all.some((l) => (l.req as { id?: string } | undefined)?.id === reqId) &&
        !!connected &&
        all.some((l) => l.event === "sync_closed" && l.connId === connected.connId)
      );
    }, "request and connection logged");
    const lines = logLines();
    const request = lines.find((l) => (l.req as { id?: string } | undefined)?.id === reqId);
    expect(request).toMatchObject({ req: { method: "GET", path: `/api/workshops/${workshop.id}/participants` } });
    expect(request?.res).toEqual({ statusCode: 200 });
    expect(lines.some((l) => l.event === "sync_connected" && l.connId && l.participantId === kari.participant.id)).toBe(
      true,
    );
    const all = server.output();
    expect(all).not.toContain(kari.token);
    expect(all).not.toContain("Kari Nordmann");
    expect(all).not.toContain("Fasilitator Åse");
  });
});
