import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { CloseCode, SYNC_PATH, SYNC_SUBPROTOCOL } from "@oppdag/shared";
import { WebSocket, WebSocketServer } from "ws";
import { type OriginPolicy, originAllowed } from "../auth/origin";
import { authenticate, type SessionEvents } from "../auth/sessions";
import { generateId } from "../auth/tokens";
import type { Logger } from "../lib/logger";
import { metrics } from "../observability/metrics";
import type { SessionService } from "../session/service";
import type { ParticipantRow, Storage } from "../storage/types";
import { decodeClientFrame, MalformedFrame } from "./frames";
import type { RoomClient } from "./room";
import type { Rooms } from "./rooms";

export interface SyncServerDeps {
  storage: Storage;
  rooms: Rooms;
  sessions: SessionEvents;
  sessionService: SessionService;
  log: Logger;
  maxMessageBytes: number;
  origins: OriginPolicy;
  maxClientsPerWorkshop: number;
  maxOpenWorkshops: number;
}

const KEEPALIVE_MS = 30_000;
/** Unsent bytes past which a client skips presence frames until it catches up. */
const PRESENCE_BACKLOG_BYTES = 64 * 1024;

const AUTH_CLOSE: Record<"unauthorized" | "forbidden" | "unknown-workshop", [number, string]> = {
  unauthorized: [CloseCode.Unauthorized, "invalid or missing token"],
  forbidden: [CloseCode.Forbidden, "access revoked"],
  "unknown-workshop": [CloseCode.UnknownWorkshop, "unknown workshop"],
};

/**
 * The participant token: offered beside our subprotocol (see SYNC_SUBPROTOCOL), or, from clients
 * of the previous release, in the query string. The query form goes in the release after.
 */
function tokenOf(req: IncomingMessage, url: URL): { value: string | null; legacy: boolean } {
  const offered = (req.headers["sec-websocket-protocol"] ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (offered.includes(SYNC_SUBPROTOCOL)) {
    return { value: offered.find((p) => p !== SYNC_SUBPROTOCOL) ?? null, legacy: false };
  }
  const query = url.searchParams.get("token");
  return { value: query, legacy: query !== null };
}

/**
 * The y-websocket endpoint at /sync/<workshopId>, authenticated by the participant token offered as
 * a websocket subprotocol. Refusals complete the upgrade and then
 * close with a 4xxx code, because browsers never show a websocket's HTTP status to the page.
 */
export function attachSyncServer(server: Server, deps: SyncServerDeps) {
  const { rooms, log } = deps;
  // A little headroom so we, not ws, refuse oversized frames, with our own close code.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxMessageBytes + 1024,
    // Only large frames are compressed: above all a joiner's whole board (148 KB of a 500-card
    // board goes as 29 KB, seconds on a phone's weak network). Small windows and no context
    // kept between messages hold each socket's zlib memory to a few KB, and the room's small
    // updates and presence frames go as they are.
    perMessageDeflate: {
      threshold: 16 * 1024,
      serverNoContextTakeover: true,
      clientNoContextTakeover: true,
      serverMaxWindowBits: 11,
      clientMaxWindowBits: 11,
      zlibDeflateOptions: { level: 1, memLevel: 5 },
      concurrencyLimit: 4,
    },
    // Answer with our subprotocol, never with the token offered beside it.
    handleProtocols: (offered) => (offered.has(SYNC_SUBPROTOCOL) ? SYNC_SUBPROTOCOL : false),
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return; // socket.io handles its own path
    if (!originAllowed(req, deps.origins)) {
      log.warn({ event: "origin_refused", origin: req.headers.origin }, "websocket from a foreign origin refused");
      metrics.rejectedMessages.inc({ reason: "origin" });
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    const workshopId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length + 1));
    const token = tokenOf(req, url);
    if (token.legacy) log.info({ event: "token_in_url" }, "sync token sent in the URL by an older client");
    wss.handleUpgrade(req, socket, head, (ws) => {
      void accept(ws, workshopId, token.value);
    });
  });

  // The retention clock needs a day's precision, not a write per connection: once an hour is enough.
  const lastTouched = new Map<string, number>();
  const touch = (workshopId: string) => {
    const now = Date.now();
    if (now - (lastTouched.get(workshopId) ?? 0) < 3_600_000) return;
    lastTouched.set(workshopId, now);
    void deps.storage.touchWorkshop(workshopId, new Date(now).toISOString()).catch(() => {});
  };

  async function accept(ws: WebSocket, workshopId: string, token: string | null) {
    const connId = generateId();
    ws.binaryType = "arraybuffer";
    // Buffer frames that arrive while we authenticate and load, then replay them in order.
    const early: ArrayBuffer[] = [];
    const bufferEarly = (data: ArrayBuffer) => early.push(data);
    ws.on("message", bufferEarly);

    let auth: Awaited<ReturnType<typeof authenticate>>;
    try {
      auth = await authenticate(deps.storage, workshopId, token);
    } catch (err) {
      log.error({ err, connId }, "authentication failed");
      ws.close(1011, "server error");
      return;
    }
    if (!auth.ok) {
      const [code, reason] = AUTH_CLOSE[auth.reason];
      log.info(
        { connId, workshopId: auth.reason === "unknown-workshop" ? undefined : workshopId, code },
        "sync refused",
      );
      ws.close(code, reason);
      return;
    }
    const participant: ParticipantRow = auth.participant;
    if (rooms.isDeleted(workshopId)) {
      ws.close(CloseCode.UnknownWorkshop, "workshop deleted");
      return;
    }
    touch(workshopId);
    // Capacity: refused with 4429, which the client retries quietly with backoff.
    const full =
      !rooms.find(workshopId) && rooms.size >= deps.maxOpenWorkshops
        ? "too many open workshops on this server"
        : (rooms.find(workshopId)?.clients.size ?? 0) >= deps.maxClientsPerWorkshop
          ? "this workshop is full"
          : null;
    if (full) {
      log.warn({ connId, workshopId, reason: full }, "sync refused: capacity");
      metrics.rejectedMessages.inc({ reason: "capacity" });
      ws.close(CloseCode.RateLimited, full);
      return;
    }
    const room = rooms.open(workshopId);
    // Contributions carry the actor group people joined with, not what a client writes (room.ts).
    room.authorGroups.set(participant.id, participant.actorGroup);
    if (!room.authorGroupsLoaded) {
      room.authorGroupsLoaded = true;
      void deps.storage
        .listParticipants(workshopId)
        .then((all) => {
          for (const p of all) if (!room.authorGroups.has(p.id)) room.authorGroups.set(p.id, p.actorGroup);
        })
        .catch((err) => log.error({ err, workshopId }, "could not read the participants' actor groups"));
    }
    log.info({ event: "sync_connected", connId, workshopId, participantId: participant.id }, "sync connected");
    let alive = true;
    const lastNotice = new Map<string, number>();
    const client: RoomClient = {
      participantId: participant.id,
      awarenessIds: new Set(),
      // Role, lock and private round are decided by session control and may change while connected.
      rights: () => deps.sessionService.rightsOf(workshopId, participant.id, participant.role),
      anonymous: () => deps.sessionService.peek(workshopId)?.anonymous ?? false,
      refusedAwareness() {
        metrics.rejectedMessages.inc({ reason: "awareness_spoof" });
        log.warn({ connId, workshopId }, "presence for someone else refused");
      },
      refused(code) {
        metrics.rejectedMessages.inc({ reason: code });
        // A client resending refused edits (reconnects, offline queues) is told once a second.
        const now = Date.now();
        if (now - (lastNotice.get(code) ?? 0) < 1000) return;
        lastNotice.set(code, now);
        deps.sessions.emit("notice", workshopId, participant.id, code);
      },
      send(frame) {
        if (ws.readyState === WebSocket.OPEN) ws.send(frame);
      },
      backlogged: () => ws.bufferedAmount > PRESENCE_BACKLOG_BYTES,
      close(code, reason) {
        if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
      },
    };

    const onRemoved = (wid: string, pid: string) => {
      if (wid === workshopId && pid === participant.id) client.close(CloseCode.Forbidden, "removed from workshop");
    };
    deps.sessions.on("removed", onRemoved);

    const handleData = (data: ArrayBuffer | Buffer) => {
      const bytes =
        data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (bytes.byteLength > deps.maxMessageBytes) {
        log.warn({ connId, workshopId, bytes: bytes.byteLength }, "sync frame too large");
        metrics.rejectedMessages.inc({ reason: "too_large" });
        client.close(CloseCode.MessageTooLarge, "message too large");
        return;
      }
      try {
        room.handle(client, decodeClientFrame(bytes));
      } catch (err) {
        log.warn({ connId, workshopId, err: err instanceof Error ? err.message : String(err) }, "malformed sync frame");
        metrics.rejectedMessages.inc({ reason: "malformed" });
        client.close(
          CloseCode.MalformedMessage,
          err instanceof MalformedFrame ? "malformed message" : "update rejected",
        );
      }
    };

    metrics.syncConnections.inc();
    ws.on("close", (code) => {
      log.info({ event: "sync_closed", connId, workshopId, code }, "sync closed");
      metrics.syncConnections.dec();
      deps.sessions.off("removed", onRemoved);
      room.removeClient(client);
      rooms.releaseIfEmpty(room);
    });
    ws.on("error", (err) => log.warn({ connId, err: err.message }, "sync socket error"));
    ws.on("pong", () => {
      alive = true;
    });
    const keepalive = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, KEEPALIVE_MS);
    ws.on("close", () => clearInterval(keepalive));

    try {
      // The lock must be known before any update from this client is considered.
      await Promise.all([room.ready, deps.sessionService.get(workshopId)]);
    } catch {
      client.close(1011, "could not load workshop");
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.off("message", bufferEarly);
    room.addClient(client);
    for (const data of early) handleData(data);
    ws.on("message", (data: ArrayBuffer) => handleData(data));
    log.debug({ connId, workshopId, participantId: participant.id }, "sync connected");
  }

  return {
    /** Closes every sync socket with a code that tells clients to reconnect quietly. */
    closeAll(code: number = CloseCode.ServerRestarting, reason = "server restarting") {
      for (const ws of wss.clients) ws.close(code, reason);
    },
  };
}
