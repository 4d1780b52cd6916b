/**
 * The wire protocol between client and server, written once for both sides.
 * Bump PROTOCOL_VERSION when a message changes shape incompatibly.
 */
export const PROTOCOL_VERSION = 1;

/** Path prefixes the server listens on. */
export const SYNC_PATH = "/sync";
export const CONTROL_PATH = "/socket.io";

/**
 * WebSocket close codes for the sync channel (4000-4999 are ours).
 * Codes in PERMANENT_CLOSE_CODES tell the client not to reconnect.
 */
export const CloseCode = {
  /** A frame could not be decoded or applied. */
  MalformedMessage: 4400,
  /** Missing, unknown or wrong token. */
  Unauthorized: 4401,
  /** The participant was removed or the invite revoked. */
  Forbidden: 4403,
  /** The workshop does not exist. */
  UnknownWorkshop: 4404,
  /** A frame exceeded the size limit. */
  MessageTooLarge: 4413,
  /** Too many messages, clients or rooms. */
  RateLimited: 4429,
  /** The server is shutting down; reconnect quietly. */
  ServerRestarting: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.Unauthorized,
  CloseCode.Forbidden,
  CloseCode.UnknownWorkshop,
]);

/** y-websocket message types (first varuint of every frame). */
export const SyncMessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

/** Limits shared by both sides so the client can refuse early with the same numbers. */
export const Limits = {
  titleLength: 200,
  regionLength: 120,
  nameLength: 60,
  cardTextLength: 2000,
  linkLabelLength: 300,
  /** Largest sync frame accepted, in bytes. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Largest JSON body accepted by the HTTP API. */
  maxJsonBytes: 64 * 1024,
} as const;
