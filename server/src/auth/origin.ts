import type { IncomingMessage } from "node:http";

/**
 * Whether a browser request comes from the app's own origin (or one configured in
 * ALLOWED_ORIGINS). Websocket upgrades are not covered by CORS, so without this check any page on
 * the internet could open a socket with a token it had stolen or guessed. Requests without an
 * Origin header come from programs, not browsers (which always send one on upgrades), and still
 * need a valid token.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
