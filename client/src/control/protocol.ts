import { HANDSHAKE_REFUSALS, type HandshakeRefusal, PROTOCOL_VERSION } from "@oppdag/shared";

/**
 * Whether the server speaks another protocol than this page: Oppdag was updated (or rolled back)
 * since the page loaded, and only a reload brings the two in step again. A greeting without a
 * version comes from a server older than the check, which is a mismatch too.
 */
export function protocolMismatch(hello: { protocol?: unknown }): boolean {
  return hello.protocol !== PROTOCOL_VERSION;
}

/**
 * Why the server refused the control handshake, or null for anything else (a lost network, a
 * timeout), which socket.io retries by itself. The server names the reason in `data.reason` and in
 * the message.
 */
export function handshakeRefusal(err: { message: string; data?: unknown }): HandshakeRefusal | null {
  const data = err.data as { reason?: unknown } | null | undefined;
  const reason = typeof data?.reason === "string" ? data.reason : err.message;
  return (HANDSHAKE_REFUSALS as readonly string[]).includes(reason) ? (reason as HandshakeRefusal) : null;
}

/**
 * socket.io retries a lost connection by itself, but not one the server ended on purpose (a
 * restart disconnects everyone) nor a handshake the server refused for a passing reason: those we
 * retry, with backoff and jitter so a room of sixty does not come back in one burst.
 */
const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 5000;
export function retryDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
