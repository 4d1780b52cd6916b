/**
 * Every refusal either side can name, written once. The server sends these codes; the client
 * switches on them. HTTP bodies and control acks share one set of error codes.
 */

/** Why a socket.io handshake was refused (`connect_error` message and `data.reason`). */
export const HANDSHAKE_REFUSALS = [
  "unauthorized",
  "forbidden",
  "unknown-workshop",
  "workshop-full",
  "server-error",
] as const;
export type HandshakeRefusal = (typeof HANDSHAKE_REFUSALS)[number];

/** Error codes of HTTP error bodies and control acks. */
export const ERROR_CODES = [
  "invalid_request",
  "invalid_json",
  "invalid_invite",
  "invite_revoked",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "no_targets",
  "too_many",
  "rate_limited",
  "payload_too_large",
  "unsupported_encoding",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Body of every HTTP error. */
export interface ApiError {
  error: ErrorCode;
  message: string;
  details?: unknown;
}

/** Every control ack carries either ok or a reason the client can show. */
export type Ack = { ok: true } | { ok: false; error: ErrorCode; message: string };
export type AckFn = (result: Ack) => void;
