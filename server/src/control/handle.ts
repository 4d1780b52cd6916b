import type { Ack, AckFn, Role } from "@oppdag/shared";
import type { ZodType } from "zod";
import { HttpError } from "../http/errors";
import type { Logger } from "../lib/logger";
import type { ParticipantRow, Storage } from "../storage/types";

/** Raised by handlers for a refusal the client should show. */
export const forbidden = (what: string) => new HttpError(403, "forbidden", what);

/**
 * Wraps a control request: validates the payload, re-reads the sender (so a role change or a
 * removal counts at once), checks the role, runs, and always answers the ack.
 */
export function controlHandler<T>(
  deps: { storage: Storage; log: Logger },
  me: ParticipantRow,
  schema: ZodType<T>,
  roles: readonly Role[] | null,
  run: (payload: T, actor: ParticipantRow) => Promise<void>,
) {
  return async (payload: unknown, ack: AckFn) => {
    const reply: AckFn = typeof ack === "function" ? ack : () => {};
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      return reply({
        ok: false,
        error: "invalid_request",
        message: parsed.error.issues[0]?.message ?? "invalid payload",
      });
    }
    try {
      const actor = await deps.storage.getParticipant(me.workshopId, me.id);
      if (!actor || actor.removedAt) throw forbidden("your access to this workshop was revoked");
      if (roles && !roles.includes(actor.role)) throw forbidden(`only a ${roles.join(" or ")} may do this`);
      await run(parsed.data, actor);
      reply({ ok: true });
    } catch (err) {
      const result: Ack =
        err instanceof HttpError
          ? { ok: false, error: err.code, message: err.message }
          : { ok: false, error: "internal", message: "something went wrong on the server" };
      if (!(err instanceof HttpError)) deps.log.error({ err }, "control handler failed");
      reply(result);
    }
  };
}
