import type { Role } from "@oppdag/shared";
import type { Request, RequestHandler } from "express";
import { authenticate } from "../auth/sessions";
import { forbidden, notFound, unauthorized } from "../domain/errors";
import type { ParticipantRow, Storage } from "../storage/types";

declare global {
  namespace Express {
    interface Request {
      participant?: ParticipantRow;
    }
  }
}

/** Requires `Authorization: Bearer <participant token>` for the workshop in the path. */
export function requireParticipant(storage: Storage, roles?: readonly Role[]): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get("authorization") ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
    const result = await authenticate(storage, req.params.workshopId, token);
    if (!result.ok) {
      if (result.reason === "unknown-workshop") return next(notFound("workshop"));
      if (result.reason === "forbidden") return next(forbidden("your access to this workshop was revoked"));
      return next(unauthorized("a valid participant token is required"));
    }
    if (roles && !roles.includes(result.participant.role)) {
      return next(forbidden(`only a ${roles.join(" or ")} may do this`));
    }
    req.participant = result.participant;
    next();
  };
}

/** The participant `requireParticipant` authenticated; a route without it is a wiring mistake. */
export function actorOf(req: Request): ParticipantRow {
  if (!req.participant) throw unauthorized("a valid participant token is required");
  return req.participant;
}
