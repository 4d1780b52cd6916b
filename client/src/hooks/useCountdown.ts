import { remainingMs, type TimerState } from "@oppdag/shared";
import { useEffect, useState } from "react";
import { useSessionStore } from "../stores/sessionStore";

/**
 * Milliseconds left on the session timer in server time. The clock is read at render time; the
 * interval only asks for a render four times a second (a `now` kept in state would show a stale
 * value for a moment whenever a timer starts).
 */
export function useCountdown(): { ms: number; running: boolean; active: boolean } {
  return useTimerCountdown(useSessionStore((s) => s.session?.timer));
}

/** The same for any timer the session holds (a thematic group's own). */
export function useTimerCountdown(timer: TimerState | undefined): { ms: number; running: boolean; active: boolean } {
  const offset = useSessionStore((s) => s.clockOffset);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (timer?.status !== "running") return;
    const id = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [timer?.status]);
  if (!timer) return { ms: 0, running: false, active: false };
  return {
    ms: remainingMs(timer, Date.now() + offset),
    running: timer.status === "running",
    active: timer.status !== "idle",
  };
}
