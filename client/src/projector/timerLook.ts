/** From here on the clock says "last minute" and turns amber, so the room sees the end coming. */
export const WARNING_MS = 60_000;

export type TimerLook = "running" | "warning" | "paused" | "up";

/** How the projector shows a timer: pure, so the thresholds are tested without a clock. */
export function timerLook(ms: number, status: "running" | "paused"): TimerLook {
  if (ms <= 0) return "up";
  if (status === "paused") return "paused";
  return ms <= WARNING_MS ? "warning" : "running";
}
