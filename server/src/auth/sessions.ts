import { EventEmitter } from "node:events";
import type { LimitNotice } from "@oppdag/shared";
import { Token, WorkshopId } from "@oppdag/shared";
import type { ParticipantRow, Storage } from "../storage/types";
import { hashToken } from "./tokens";

export type AuthResult =
  | { ok: true; participant: ParticipantRow }
  | { ok: false; reason: "unauthorized" | "forbidden" | "unknown-workshop" };

/** Resolves a participant token for one workshop. Both channels and the HTTP API use this. */
export async function authenticate(storage: Storage, workshopId: unknown, token: unknown): Promise<AuthResult> {
  if (!WorkshopId.safeParse(workshopId).success) return { ok: false, reason: "unknown-workshop" };
  const id = workshopId as string;
  if (!Token.safeParse(token).success) return { ok: false, reason: "unauthorized" };
  const workshop = await storage.getWorkshop(id);
  if (!workshop) return { ok: false, reason: "unknown-workshop" };
  const participant = await storage.findParticipantByToken(id, hashToken(token as string));
  if (!participant) return { ok: false, reason: "unauthorized" };
  if (participant.removedAt) return { ok: false, reason: "forbidden" };
  return { ok: true, participant };
}

interface SessionEventMap {
  /** A participant lost access: every channel must drop them at once. */
  removed: [workshopId: string, participantId: string];
  /** A limit refused something this participant sent; tell them on the control channel. */
  notice: [workshopId: string, participantId: string, code: LimitNotice];
  /** The workshop was deleted: every channel drops everyone in it. */
  deleted: [workshopId: string];
  /** Someone joined or a name was erased: the participant list is sent again. */
  participants: [workshopId: string];
}

/**
 * In-process bus from commands to the channels: a command says what happened and each channel
 * acts on it for its own connections, so no command knows a transport. The sync channel's
 * refusals reach the person on the control channel the same way.
 */
export class SessionEvents extends EventEmitter<SessionEventMap> {
  constructor() {
    super();
    // Every open sync connection listens here; a workshop of sixty is not a leak.
    this.setMaxListeners(0);
  }
}
