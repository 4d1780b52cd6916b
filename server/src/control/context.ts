import type { ClientToServerEvents, ServerToClientEvents } from "@oppdag/shared";
import type { Server, Socket } from "socket.io";
import type { SessionEvents } from "../auth/sessions";
import type { Logger } from "../lib/logger";
import type { SessionService } from "../session/service";
import type { ParticipantRow, Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import type { WriteBatcher } from "../sync/writeBatcher";

export interface SocketData {
  participant: ParticipantRow;
  /** A shared screen (see `ControlAuth.screen`): not presence, not a person, read-only. */
  screen: boolean;
}
export type ControlIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** What control handlers share: the domain's services, and this channel's own pushes. */
export interface ControlContext {
  io: ControlIo;
  storage: Storage;
  log: Logger;
  sessions: SessionEvents;
  sessionService: SessionService;
  rooms: Rooms;
  batcher: WriteBatcher;
  broadcastParticipants(workshopId: string): Promise<void>;
  onRoleChanged(workshopId: string, participantId: string): Promise<void>;
}

export const workshopRoom = (id: string) => `w:${id}`;
export const participantRoom = (id: string) => `p:${id}`;
