import type { Server as HttpServer } from "node:http";
import { type ControlAuth, PROTOCOL_VERSION } from "@oppdag/shared";
import { Server } from "socket.io";
import { type OriginPolicy, originAllowed } from "../auth/origin";
import { authenticate, type SessionEvents } from "../auth/sessions";
import type { Logger } from "../lib/logger";
import { metrics } from "../observability/metrics";
import { presentParticipant } from "../presenters/participant";
import { presentParticipantList } from "../presenters/participantList";
import { presentWorkshop } from "../presenters/workshop";
import { lowerHand } from "../session/commands/hands";
import type { Presence } from "../session/presence";
import { presentSession, ROOM_SCREEN, type Viewer } from "../session/present";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import type { WriteBatcher } from "../sync/writeBatcher";
import { type ControlContext, type ControlIo, type ControlSocket, participantRoom, workshopRoom } from "./context";
import { registerHandlers } from "./handle";
import { CONTROL_HANDLERS } from "./handlers";
import { registerLiveEvents } from "./live";
import { limitRate } from "./rateLimit";

export interface ControlServerDeps {
  storage: Storage;
  sessions: SessionEvents;
  sessionService: SessionService;
  presence: Presence;
  rooms: Rooms;
  batcher: WriteBatcher;
  log: Logger;
  origins: OriginPolicy;
  maxClientsPerWorkshop: number;
  /** Events one connection may send per second; bursts up to twice that. */
  eventsPerSecond: number;
}

/**
 * The session-control channel. The server is the authority: every request is validated, checked
 * against the sender's current role, recorded, and only then broadcast, one view per viewer.
 */
export function attachControlServer(httpServer: HttpServer, deps: ControlServerDeps) {
  const { storage, log, sessionService, presence } = deps;
  const io: ControlIo = new Server(httpServer, {
    // Other upgrade paths (the sync endpoint) are not ours to destroy.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    // No CORS headers: only the app's own pages may use the control channel.
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.origins)),
  });

  io.use(async (socket, next) => {
    const { token, workshopId, screen } = (socket.handshake.auth ?? {}) as Partial<Record<keyof ControlAuth, unknown>>;
    try {
      const result = await authenticate(storage, workshopId, token);
      if (!result.ok) return next(Object.assign(new Error(result.reason), { data: { reason: result.reason } }));
      socket.data.participant = result.participant;
      socket.data.screen = screen === true;
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

  /** Runs on every connect and disconnect: storage is read once, not once per socket. */
  async function broadcastParticipants(workshopId: string): Promise<void> {
    const [sockets, rows, state] = await Promise.all([
      io.in(workshopRoom(workshopId)).fetchSockets(),
      storage.listParticipants(workshopId),
      sessionService.get(workshopId),
    ]);
    const isOnline = (id: string) => presence.isOnline(workshopId, id);
    for (const s of sockets) {
      s.emit(
        "participants:changed",
        presentParticipantList(rows, { anonymous: state.anonymous, viewer: viewerOf(s.data), isOnline }),
      );
    }
  }

  async function broadcastSession(workshopId: string): Promise<void> {
    const state = sessionService.peek(workshopId);
    if (!state) return;
    const sockets = await io.in(workshopRoom(workshopId)).fetchSockets();
    for (const s of sockets) s.emit("session:state", presentSession(state, viewerOf(s.data)));
  }
  sessionService.onChange = (workshopId) => {
    void broadcastSession(workshopId).catch((err) => log.error({ err }, "session broadcast failed"));
  };
  const pushParticipants = (workshopId: string) =>
    void broadcastParticipants(workshopId).catch((err) => log.error({ err }, "broadcast failed"));

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
    const { screen } = socket.data;
    const workshopId = me.workshopId;
    // A screen on the wall is nobody in the room: it neither shows its member as online nor keeps
    // them online after they closed their own tab.
    if (!screen) presence.connect(workshopId, me.id);
    metrics.controlConnections.inc();
    log.info(
      { event: "control_connected", connId: socket.id, workshopId, participantId: me.id, screen },
      "control connected",
    );
    limitRate(socket, deps.eventsPerSecond);
    // Handlers first, before any await: a client may ask (time:ping) the moment it connects.
    registerLiveEvents(ctx, socket);
    registerHandlers(ctx, socket, CONTROL_HANDLERS);
    socket.on("disconnect", (reason) => {
      log.info({ event: "control_closed", connId: socket.id, workshopId, reason }, "control closed");
      metrics.controlConnections.dec();
      if (screen) return;
      presence.disconnect(workshopId, me.id);
      pushParticipants(workshopId);
    });

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
      socket.emit("session:state", presentSession(state, viewerOf(socket.data)));
      // A screen changes nobody's presence: the others' lists stay as they are.
      if (!screen) await broadcastParticipants(workshopId);
    } catch (err) {
      log.error({ err }, "control hello failed");
    }
  });

  deps.sessions.on("notice", (_workshopId, participantId, code) => {
    io.to(participantRoom(participantId)).emit("session:notice", { code });
  });

  deps.sessions.on("participants", pushParticipants);

  deps.sessions.on("deleted", (workshopId) => {
    // Reconnecting, they find the workshop gone (unknown-workshop) and the client says so.
    io.in(workshopRoom(workshopId)).disconnectSockets(true);
  });

  deps.sessions.on("removed", (workshopId, participantId) => {
    io.to(participantRoom(participantId)).emit("session:removed");
    io.in(participantRoom(participantId)).disconnectSockets(true);
    void lowerHand(sessionService, workshopId, participantId).catch((err) =>
      log.error({ err }, "cleanup after removal failed"),
    );
    pushParticipants(workshopId);
  });

  return { io };
}

/** Whom a socket's views are presented to: its member, or the room for a shared screen. */
function viewerOf(data: ControlSocket["data"]): Viewer {
  return data.screen ? ROOM_SCREEN : { id: data.participant.id, role: data.participant.role };
}
