import { remainingMs } from "@oppdag/shared";
import { useEffect, useState } from "react";
import { useSessionStore } from "../stores/sessionStore";

/** Milliseconds left on the session timer in server time, re-read four times a second. */
export function useCountdown(): { ms: number; running: boolean; active: boolean } {
  const timer = useSessionStore((s) => s.session?.timer);
  const offset = useSessionStore((s) => s.clockOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer?.status !== "running") return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer?.status]);
  if (!timer) return { ms: 0, running: false, active: false };
  return { ms: remainingMs(timer, now + offset), running: timer.status === "running", active: timer.status !== "idle" };
}
