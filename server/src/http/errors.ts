import type { ApiError } from "@oppdag/shared";
import type { ErrorRequestHandler } from "express";
import { ZodError } from "zod";
import type { Logger } from "../lib/logger";
import { metrics } from "../observability/metrics";

/** An error with an HTTP status and a stable machine-readable code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found`);

/** Turns every failure into JSON with the right status; never leaks a stack trace. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let body: ApiError;
    let status: number;
    if (err instanceof HttpError) {
      status = err.status;
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
    } else {
      status = 500;
      body = { error: "internal", message: "something went wrong on the server" };
      log.error({ err, reqId: req.id, path: req.path }, "unhandled error");
      metrics.errors.inc({ where: "http" });
    }
    res.status(status).json(body);
  };
}
