import type { Server as HttpServer } from "node:http";
import {
  type ParticipantInfo,
  PROTOCOL_VERSION,
  RemoveParticipantPayload,
  RenameWorkshopPayload,
} from "@oppdag/shared";
import { Server } from "socket.io";
import { authenticate, type SessionEvents } from "../auth/sessions";
import { removeParticipant } from "../commands/removeParticipant";
import { renameWorkshop } from "../commands/renameWorkshop";
import { originAllowed } from "../http/origin";
import type { Logger } from "../lib/logger";
import { metrics } from "../observability/metrics";
import { presentParticipant } from "../presenters/participant";
import { presentWorkshop } from "../presenters/workshop";
import type { ParticipantRow, Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import type { WriteBatcher } from "../sync/writeBatcher";
import { type ControlContext, type ControlIo, type ControlSocket, participantRoom, workshopRoom } from "./context";
import { controlHandler } from "./handle";
import { Presence } from "./presence";
import { registerSessionHandlers } from "./session/handlers";
import type { SessionService } from "./session/service";
import { presentSession } from "./session/state";

export interface ControlServerDeps {
  storage: Storage;
  sessions: SessionEvents;
  sessionService: SessionService;
  rooms: Rooms;
  batcher: WriteBatcher;
  log: Logger;
  allowedOrigins: readonly string[];
  maxClientsPerWorkshop: number;
  /** Events one connection may send per second; bursts up to twice that. */
  eventsPerSecond: number;
}

/**
 * The session-control channel. The server is the authority: every request is validated, checked
 * against the sender's current role, recorded, and only then broadcast, one view per viewer.
 */
export function attachControlServer(httpServer: HttpServer, deps: ControlServerDeps) {
  const { storage, log, sessionService } = deps;
  const presence = new Presence();
  const io: ControlIo = new Server(httpServer, {
    // Other upgrade paths (the sync endpoint) are not ours to destroy.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    // No CORS headers: only the app's own pages may use the control channel.
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.allowedOrigins)),
  });

  io.use(async (socket, next) => {
    const { token, workshopId } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    try {
      const result = await authenticate(storage, workshopId, token);
      if (!result.ok) return next(Object.assign(new Error(result.reason), { data: { reason: result.reason } }));
      socket.data.participant = result.participant;
      const connected = await io.in(workshopRoom(result.participant.workshopId)).fetchSockets();
      if (connected.length >= deps.maxClientsPerWorkshop) {
        metrics.rejectedMessages.inc({ reason: "capacity" });
        return next(Object.assign(new Error("workshop-full"), { data: { reason: "workshop-full" } }));
      }
      next();
    } catch (err) {
      log.error({ err }, "control authentication failed");
      next(new Error("server-error"));
    }
  });

  /**
   * The participant list as `viewer` may see it. In anonymous mode participants see only actor
   * groups (and their own name); facilitators, and callers with no viewer (the API), see names.
   */
  function listFor(
    rows: readonly ParticipantRow[],
    workshopId: string,
    anonymous: boolean,
    viewer?: ParticipantRow,
  ): ParticipantInfo[] {
    const hideNames = !!viewer && anonymous && viewer.role !== "facilitator";
    return rows
      .filter((p) => !p.removedAt)
      .map((p) => {
        const info = presentParticipant(p, presence.isOnline(workshopId, p.id));
        return hideNames && p.id !== viewer?.id ? { ...info, name: "" } : info;
      });
  }

  async function participantList(workshopId: string, viewer?: ParticipantRow): Promise<ParticipantInfo[]> {
    const [rows, state] = await Promise.all([storage.listParticipants(workshopId), sessionService.get(workshopId)]);
    return listFor(rows, workshopId, state.anonymous, viewer);
  }

  /** Runs on every connect and disconnect: storage is read once, not once per socket. */
  async function broadcastParticipants(workshopId: string): Promise<void> {
    const [sockets, rows, state] = await Promise.all([
      io.in(workshopRoom(workshopId)).fetchSockets(),
      storage.listParticipants(workshopId),
      sessionService.get(workshopId),
    ]);
    const full = listFor(rows, workshopId, state.anonymous);
    for (const s of sockets) {
      const viewer = s.data.participant;
      s.emit(
        "participants:changed",
        state.anonymous && viewer.role !== "facilitator" ? listFor(rows, workshopId, true, viewer) : full,
      );
    }
  }

  async function broadcastSession(workshopId: string): Promise<void> {
    const state = sessionService.peek(workshopId);
    if (!state) return;
    const sockets = await io.in(workshopRoom(workshopId)).fetchSockets();
    for (const s of sockets) {
      const viewer = s.data.participant;
      s.emit("session:state", presentSession(state, { id: viewer.id, role: viewer.role }));
    }
  }
  sessionService.onChange = (workshopId) => {
    void broadcastSession(workshopId).catch((err) => log.error({ err }, "session broadcast failed"));
  };

  const ctx: ControlContext = {
    io,
    storage,
    log,
    sessions: deps.sessions,
    sessionService,
    rooms: deps.rooms,
    batcher: deps.batcher,
    broadcastParticipants,
    async onRoleChanged(workshopId, participantId) {
      const updated = await storage.getParticipant(workshopId, participantId);
      if (!updated) return;
      for (const s of await io.in(participantRoom(participantId)).fetchSockets()) {
        s.data.participant = updated;
        s.emit("session:me", presentParticipant(updated, true));
      }
      await broadcastParticipants(workshopId);
      await broadcastSession(workshopId);
    },
  };

  io.on("connection", async (socket: ControlSocket) => {
    const me = socket.data.participant;
    const workshopId = me.workshopId;
    presence.connect(workshopId, me.id);
    metrics.controlConnections.inc();
    log.info({ event: "control_connected", connId: socket.id, workshopId, participantId: me.id }, "control connected");
    limitRate(socket, deps.eventsPerSecond);
    // Handlers first, before any await: a client may ask (time:ping) the moment it connects.
    registerSessionHandlers(ctx, socket);
    socket.on("disconnect", (reason) => {
      log.info({ event: "control_closed", connId: socket.id, workshopId, reason }, "control closed");
      metrics.controlConnections.dec();
      presence.disconnect(workshopId, me.id);
      void broadcastParticipants(workshopId).catch((err) => log.error({ err }, "broadcast failed"));
    });

    socket.on(
      "workshop:rename",
      controlHandler(ctx, me, RenameWorkshopPayload, ["facilitator"], async ({ title }, actor) => {
        const workshop = await renameWorkshop(storage, actor, title);
        io.to(workshopRoom(workshopId)).emit("workshop:changed", workshop);
      }),
    );
    socket.on(
      "participant:remove",
      controlHandler(ctx, me, RemoveParticipantPayload, ["facilitator"], async ({ participantId }, actor) => {
        await removeParticipant(storage, deps.sessions, actor, participantId);
      }),
    );

    try {
      await socket.join([workshopRoom(workshopId), participantRoom(me.id)]);
      const workshop = await storage.getWorkshop(workshopId);
      if (!workshop) return socket.disconnect(true);
      socket.emit("session:hello", {
        me: presentParticipant(me, true),
        workshop: presentWorkshop(workshop),
        protocol: PROTOCOL_VERSION,
      });
      const state = await sessionService.get(workshopId);
      socket.emit("session:state", presentSession(state, { id: me.id, role: me.role }));
      await broadcastParticipants(workshopId);
    } catch (err) {
      log.error({ err }, "control hello failed");
    }
  });

  deps.sessions.on("notice", (_workshopId, participantId, code) => {
    io.to(participantRoom(participantId)).emit("session:notice", { code });
  });

  deps.sessions.on("deleted", (workshopId) => {
    // Reconnecting, they find the workshop gone (unknown-workshop) and the client says so.
    io.in(workshopRoom(workshopId)).disconnectSockets(true);
  });

  deps.sessions.on("removed", (workshopId, participantId) => {
    io.to(participantRoom(participantId)).emit("session:removed");
    io.in(participantRoom(participantId)).disconnectSockets(true);
    void sessionService
      .update(workshopId, (s) => {
        s.hands = s.hands.filter((h) => h.participantId !== participantId);
      })
      .catch((err) => log.error({ err }, "cleanup after removal failed"));
    void broadcastParticipants(workshopId).catch((err) => log.error({ err }, "broadcast failed"));
  });

  return { io, presence, broadcastParticipants, participantList: (workshopId: string) => participantList(workshopId) };
}

/**
 * A token bucket per connection: a flood from one client is refused (its acks say so, and it is
 * told once a second) while everyone else's requests go on as usual.
 */
function limitRate(socket: ControlSocket, perSecond: number): void {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let last = Date.now();
  let lastNotice = 0;
  socket.use((packet, next) => {
    const now = Date.now();
    tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return next();
    }
    metrics.rejectedMessages.inc({ reason: "too_fast" });
    const ack = packet[packet.length - 1];
    if (typeof ack === "function") ack({ ok: false, error: "rate_limited", message: "too many requests; slow down" });
    if (now - lastNotice > 1000) {
      lastNotice = now;
      socket.emit("session:notice", { code: "too_fast" });
    }
  });
}
