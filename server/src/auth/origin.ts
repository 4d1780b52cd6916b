import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";

/** Which browser origins may open the app's sockets. */
export interface OriginPolicy {
  /** The origin people reach the app at (from PUBLIC_URL); when set, the Host header is not trusted. */
  publicOrigin: string | null;
  /** Further origins allowed (ALLOWED_ORIGINS), normalised. */
  allowed: readonly string[];
}

/** `https://Example.org:443/path` → `https://example.org`; null when it is not an http(s) URL. */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Whether a browser request comes from the app's own origin or one configured. Websocket upgrades
 * are not covered by CORS, so without this check any page on the internet could open a socket
 * with a token it had stolen or guessed. Scheme, host and port are compared as a whole: with
 * PUBLIC_URL set, against it (a rebinding `Host` header then proves nothing); without it, against
 * the scheme and Host this request arrived with. Requests without an Origin header come from
 * programs, not browsers (which always send one on upgrades), and still need a valid token.
 */
export function originAllowed(req: IncomingMessage, policy: OriginPolicy): boolean {
  const header = req.headers.origin;
  if (!header) return true;
  const origin = normaliseOrigin(header);
  if (!origin) return false;
  if (policy.allowed.includes(origin)) return true;
  if (policy.publicOrigin) return origin === policy.publicOrigin;
  const scheme = (req.socket as TLSSocket).encrypted ? "https" : "http";
  return req.headers.host !== undefined && origin === normaliseOrigin(`${scheme}://${req.headers.host}`);
}
