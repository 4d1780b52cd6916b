/**
 * The wire protocol between client and server, written once for both sides.
 * Bump PROTOCOL_VERSION when a message changes shape incompatibly.
 */
export const PROTOCOL_VERSION = 1;

/** Path prefix of the sync endpoint. */
export const SYNC_PATH = "/sync";

/**
 * The sync channel's websocket subprotocol. The participant token travels as a second offered
 * subprotocol (`Sec-WebSocket-Protocol: oppdag.v1, <token>`), so it is never part of a URL that a
 * browser prints on a failed reconnect or a proxy writes to its log; the server answers with this
 * name alone.
 */
export const SYNC_SUBPROTOCOL = "oppdag.v1";

/** What the client offers when it opens the sync channel. */
export const syncProtocols = (token: string): string[] => [SYNC_SUBPROTOCOL, token];

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

/**
 * Ids of cards, links, zones and action items: what `newId()` makes, and what the server lets a
 * client write (anything else could not travel through an export and back).
 */
export const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;

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
  /** The organisation someone gives when they join (optional). */
  organisationLength: 80,
  cardTextLength: 2000,
  linkLabelLength: 300,
  /** Largest sync frame accepted, in bytes. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Largest JSON body accepted by the HTTP API. */
  maxJsonBytes: 64 * 1024,
  /** Largest workshop export accepted by the import. */
  maxImportBytes: 8 * 1024 * 1024,
} as const;
