import type { ErrorCode } from "@oppdag/shared";

/** What went wrong, in the domain's words; each transport maps it (HTTP to a status, control to an ack). */
export type AppErrorKind = "not_found" | "forbidden" | "conflict" | "invalid" | "limit" | "unauthorized";

/**
 * A refusal the person should be told about, thrown by commands and session commands. Anything
 * else thrown is a bug: transports answer it with `internal` and log it.
 */
export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", "not_found", `${what} not found`);
export const forbidden = (message: string, code: ErrorCode = "forbidden") => new AppError("forbidden", code, message);
export const conflict = (message: string) => new AppError("conflict", "conflict", message);
export const invalid = (message: string, code: ErrorCode = "invalid_request") => new AppError("invalid", code, message);
export const limitReached = (message: string, code: ErrorCode = "too_many") => new AppError("limit", code, message);
export const unauthorized = (message: string, code: ErrorCode = "unauthorized") =>
  new AppError("unauthorized", code, message);
