import type { Server as HttpServer } from "node:http";
import {
  type Ack,
  type AckFn,
  type ClientToServerEvents,
  type ParticipantInfo,
  PROTOCOL_VERSION,
  RemoveParticipantPayload,
  RenameWorkshopPayload,
  type ServerToClientEvents,
} from "@oppdag/shared";
import { Server, type Socket } from "socket.io";
import type { ZodType } from "zod";
import { authenticate, type SessionEvents } from "../auth/sessions";
import { removeParticipant } from "../commands/removeParticipant";
import { renameWorkshop } from "../commands/renameWorkshop";
import { HttpError } from "../http/errors";
import type { Logger } from "../lib/logger";
import { presentParticipant } from "../presenters/participant";
import { presentWorkshop } from "../presenters/workshop";
import type { ParticipantRow, Storage } from "../storage/types";
import { Presence } from "./presence";

interface SocketData {
  participant: ParticipantRow;
}
type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface ControlServerDeps {
  storage: Storage;
  sessions: SessionEvents;
  log: Logger;
}

const workshopRoom = (id: string) => `w:${id}`;
const participantRoom = (id: string) => `p:${id}`;

/**
 * The session-control channel. The server is the authority: every request is validated, checked
 * against the sender's role, recorded, and only then broadcast.
 */
export function attachControlServer(httpServer: HttpServer, deps: ControlServerDeps) {
  const { storage, log } = deps;
  const presence = new Presence();
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    // Other upgrade paths (the sync endpoint) are not ours to destroy.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });

  io.use(async (socket, next) => {
    const { token, workshopId } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    try {
      const result = await authenticate(storage, workshopId, token);
      if (!result.ok) return next(Object.assign(new Error(result.reason), { data: { reason: result.reason } }));
      socket.data.participant = result.participant;
      next();
    } catch (err) {
      log.error({ err }, "control authentication failed");
      next(new Error("server-error"));
    }
  });

  async function participantList(workshopId: string): Promise<ParticipantInfo[]> {
    const rows = await storage.listParticipants(workshopId);
    return rows.filter((p) => !p.removedAt).map((p) => presentParticipant(p, presence.isOnline(workshopId, p.id)));
  }

  async function broadcastParticipants(workshopId: string): Promise<void> {
    io.to(workshopRoom(workshopId)).emit("participants:changed", await participantList(workshopId));
  }

  /** Validates the payload, runs the handler, and always answers the ack with ok or a reason. */
  function handle<T>(
    socket: ControlSocket,
    schema: ZodType<T>,
    run: (payload: T, me: ParticipantRow) => Promise<void>,
  ) {
    return async (payload: unknown, ack: AckFn) => {
      const reply: AckFn = typeof ack === "function" ? ack : () => {};
      const parsed = schema.safeParse(payload);
      if (!parsed.success)
        return reply({ ok: false, error: "invalid_request", message: parsed.error.issues[0]?.message ?? "invalid" });
      try {
        await run(parsed.data, socket.data.participant);
        reply({ ok: true });
      } catch (err) {
        const result: Ack =
          err instanceof HttpError
            ? { ok: false, error: err.code, message: err.message }
            : { ok: false, error: "internal", message: "something went wrong on the server" };
        if (!(err instanceof HttpError)) log.error({ err }, "control handler failed");
        reply(result);
      }
    };
  }

  io.on("connection", async (socket: ControlSocket) => {
    const me = socket.data.participant;
    const workshopId = me.workshopId;
    presence.connect(workshopId, me.id);
    await socket.join([workshopRoom(workshopId), participantRoom(me.id)]);
    socket.on("disconnect", () => {
      presence.disconnect(workshopId, me.id);
      void broadcastParticipants(workshopId).catch((err) => log.error({ err }, "broadcast failed"));
    });

    socket.on(
      "workshop:rename",
      handle(socket, RenameWorkshopPayload, async ({ title }, actor) => {
        const workshop = await renameWorkshop(storage, actor, title);
        io.to(workshopRoom(workshopId)).emit("workshop:changed", workshop);
      }),
    );
    socket.on(
      "participant:remove",
      handle(socket, RemoveParticipantPayload, async ({ participantId }, actor) => {
        await removeParticipant(storage, deps.sessions, actor, participantId);
      }),
    );

    try {
      const workshop = await storage.getWorkshop(workshopId);
      if (!workshop) return socket.disconnect(true);
      socket.emit("session:hello", {
        me: presentParticipant(me, true),
        workshop: presentWorkshop(workshop),
        protocol: PROTOCOL_VERSION,
      });
      await broadcastParticipants(workshopId);
    } catch (err) {
      log.error({ err }, "control hello failed");
    }
  });

  deps.sessions.on("removed", (workshopId, participantId) => {
    io.to(participantRoom(participantId)).emit("session:removed");
    io.in(participantRoom(participantId)).disconnectSockets(true);
    void broadcastParticipants(workshopId).catch((err) => log.error({ err }, "broadcast failed"));
  });

  return { io, presence, broadcastParticipants, participantList };
}
