import type { Role } from "@oppdag/shared";
import type { RequestHandler } from "express";
import { authenticate } from "../auth/sessions";
import type { ParticipantRow, Storage } from "../storage/types";
import { HttpError } from "./errors";

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
      if (result.reason === "unknown-workshop") return next(new HttpError(404, "not_found", "workshop not found"));
      if (result.reason === "forbidden")
        return next(new HttpError(403, "forbidden", "your access to this workshop was revoked"));
      return next(new HttpError(401, "unauthorized", "a valid participant token is required"));
    }
    if (roles && !roles.includes(result.participant.role)) {
      return next(new HttpError(403, "forbidden", `only a ${roles.join(" or ")} may do this`));
    }
    req.participant = result.participant;
    next();
  };
}
