import { metrics } from "../observability/metrics";
import type { ControlSocket } from "./context";

/**
 * A token bucket per connection: a flood from one client is refused (its acks say so, and it is
 * told once a second) while everyone else's requests go on as usual.
 */
export function limitRate(socket: ControlSocket, perSecond: number): void {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let last = Date.now();
  let lastNotice = 0;
  socket.use((packet, next) => {
    const now = Date.now();
    tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return next();
    }
    metrics.rejectedMessages.inc({ reason: "too_fast" });
    const ack = packet[packet.length - 1];
    if (typeof ack === "function") ack({ ok: false, error: "rate_limited", message: "too many requests; slow down" });
    if (now - lastNotice > 1000) {
      lastNotice = now;
      socket.emit("session:notice", { code: "too_fast" });
    }
  });
}
