import {
  type Ack,
  type AckFn,
  type ControlRequest,
  ControlRequests,
  type Role,
  type ValidPayload,
} from "@oppdag/shared";
import { AppError, forbidden } from "../domain/errors";
import type { ParticipantRow } from "../storage/types";
import type { ControlContext, ControlSocket } from "./context";

/** One control request: who may send it and what it does. The payload schema is shared's. */
export interface ControlHandler<E extends ControlRequest> {
  /** Roles allowed to ask; null lets anyone in the workshop ask. */
  roles: readonly Role[] | null;
  /** Calls a command; the actor is the sender as stored right now. */
  run(payload: ValidPayload<E>, actor: ParticipantRow, ctx: ControlContext): Promise<unknown>;
}

/** Every acknowledged request has exactly one handler. */
export type ControlHandlers = { [E in ControlRequest]: ControlHandler<E> };

/**
 * Registers every handler of the table on one connection. A shared screen is answered, but only
 * with a refusal: whatever it sends, it shows the room and changes nothing in it.
 */
export function registerHandlers(ctx: ControlContext, socket: ControlSocket, handlers: ControlHandlers): void {
  const me = socket.data.participant;
  // socket.io cannot relate a generic event name to its listener type; `handle` is typed per event.
  const on = socket.on.bind(socket) as (event: string, listener: (payload: unknown, ack: unknown) => void) => void;
  for (const event of Object.keys(handlers) as ControlRequest[]) {
    if (socket.data.screen) on(event, (_payload, ack) => refuseFromScreen(ack));
    else on(event, (payload, ack) => void handle(ctx, me, event, handlers[event], payload, ack));
  }
}

function refuseFromScreen(ack: unknown): void {
  if (typeof ack !== "function") return;
  const error = forbidden("a shared screen only shows the workshop");
  (ack as AckFn)({ ok: false, error: error.code, message: error.message });
}

/**
 * One request: validates the payload, re-reads the sender (so a role change or a removal counts at
 * once), checks the role, runs, and always answers the ack. A refusal (AppError) is told to the
 * client as it is; anything else is a bug, answered with `internal` and logged.
 */
async function handle<E extends ControlRequest>(
  ctx: ControlContext,
  me: ParticipantRow,
  event: E,
  handler: ControlHandler<E>,
  payload: unknown,
  ack: unknown,
): Promise<void> {
  const reply: AckFn = typeof ack === "function" ? (ack as AckFn) : () => {};
  const parsed = ControlRequests[event].safeParse(payload);
  if (!parsed.success) {
    return reply({
      ok: false,
      error: "invalid_request",
      message: parsed.error.issues[0]?.message ?? "invalid payload",
    });
  }
  try {
    const actor = await ctx.storage.getParticipant(me.workshopId, me.id);
    if (!actor || actor.removedAt) throw forbidden("your access to this workshop was revoked");
    const { roles } = handler;
    if (roles && !roles.includes(actor.role)) throw forbidden(`only a ${roles.join(" or ")} may do this`);
    await handler.run(parsed.data as ValidPayload<E>, actor, ctx);
    reply({ ok: true });
  } catch (err) {
    reply(toAck(err, ctx, event));
  }
}

function toAck(err: unknown, ctx: ControlContext, event: ControlRequest): Ack {
  if (err instanceof AppError) return { ok: false, error: err.code, message: err.message };
  ctx.log.error({ err, event }, "control handler failed");
  return { ok: false, error: "internal", message: "something went wrong on the server" };
}
