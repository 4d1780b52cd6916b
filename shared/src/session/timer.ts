/**
 * The timer in server time. Running: `endsAt` is the server instant it reaches zero. Paused or
 * idle: `remainingMs` is frozen. Clients add their estimated clock offset before subtracting.
 */
export interface TimerState {
  status: "idle" | "running" | "paused";
  endsAt: number | null;
  remainingMs: number;
}

export const IDLE_TIMER: TimerState = { status: "idle", endsAt: null, remainingMs: 0 };

/**
 * Milliseconds left at server instant `now`, never negative, and never more than the timer was
 * (re)started with: a client's estimate of the server's clock is a few milliseconds off, and a
 * ten-minute phase must not show 10:01.
 */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.status === "running" && timer.endsAt !== null) {
    return Math.max(0, Math.min(timer.remainingMs, timer.endsAt - now));
  }
  return Math.max(0, timer.remainingMs);
}

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: "running", endsAt: now + durationMs, remainingMs: durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== "running") return timer;
  return { status: "paused", endsAt: null, remainingMs: remainingMs(timer, now) };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== "paused") return timer;
  return { status: "running", endsAt: now + timer.remainingMs, remainingMs: timer.remainingMs };
}

/** Adds time; a timer that already ran out starts again with the extra time. */
export function extendTimer(timer: TimerState, byMs: number, now: number): TimerState {
  const left = remainingMs(timer, now) + byMs;
  if (timer.status === "running") return { status: "running", endsAt: now + left, remainingMs: left };
  return { ...timer, remainingMs: left };
}

/** mm:ss (or h:mm:ss) for a countdown, rounding up so 0:00 shows only at zero. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/**
 * Estimates how far the server clock is ahead of this one from ping samples
 * (client send time, server time, client receive time): the sample with the shortest round trip
 * is the most trustworthy; its server time is taken to be at the midpoint.
 */
export function estimateClockOffset(
  samples: ReadonlyArray<{ sentAt: number; serverNow: number; receivedAt: number }>,
): number {
  let best: { rtt: number; offset: number } | null = null;
  for (const s of samples) {
    const rtt = s.receivedAt - s.sentAt;
    const offset = s.serverNow - (s.sentAt + s.receivedAt) / 2;
    if (!best || rtt < best.rtt) best = { rtt, offset };
  }
  return best?.offset ?? 0;
}
