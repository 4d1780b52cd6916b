import type { ApiError } from "@oppdag/shared";
import type { ErrorRequestHandler } from "express";
import { ZodError } from "zod";
import { AppError, type AppErrorKind } from "../domain/errors";
import type { Logger } from "../lib/logger";
import { metrics } from "../observability/metrics";

/** The HTTP status of each kind of domain refusal. */
const STATUS: Record<AppErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  limit: 429,
};

/** Turns every failure into JSON with the right status; never leaks a stack trace. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let body: ApiError;
    let status: number;
    if (err instanceof AppError) {
      status = STATUS[err.kind];
      body = { error: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
    } else if (err instanceof ZodError) {
      status = 400;
      body = {
        error: "invalid_request",
        message: err.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
        details: err.issues.map((i) => ({ path: i.path, message: i.message })),
      };
    } else if (err?.type === "entity.too.large") {
      status = 413;
      body = { error: "payload_too_large", message: "request body is too large" };
    } else if (err?.type === "entity.parse.failed") {
      status = 400;
      body = { error: "invalid_json", message: "request body is not valid JSON" };
    } else if (isClientFault(err)) {
      // The rest of what body parsing refuses: a body that does not match its Content-Encoding,
      // an encoding or charset it cannot read, a length that does not match.
      status = err.status;
      const unsupported = err.status === 415 || /^(encoding|charset)\./.test(err.type ?? "");
      body = unsupported
        ? { error: "unsupported_encoding", message: `the request body cannot be read: ${err.message}` }
        : { error: "invalid_request", message: `the request body cannot be read: ${err.message}` };
    } else {
      status = 500;
      body = { error: "internal", message: "something went wrong on the server" };
      log.error({ err, reqId: req.id, path: req.path }, "unhandled error");
      metrics.errors.inc({ where: "http" });
    }
    res.status(status).json(body);
  };
}

/** An error that body parsing (http-errors) marks as the client's, with a 4xx status. */
function isClientFault(err: unknown): err is { status: number; type?: string; message: string } {
  const e = err as { status?: unknown; expose?: unknown } | null;
  return typeof e?.status === "number" && e.status >= 400 && e.status < 500 && e.expose === true;
}
