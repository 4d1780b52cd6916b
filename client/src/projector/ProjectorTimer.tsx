import { formatCountdown } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { useCountdown } from "../hooks/useCountdown";
import { useSessionStore } from "../stores/sessionStore";
import { timerLook } from "./timerLook";

/** The phase's timer, large: counting down in server time, amber in the last minute. */
export function ProjectorTimer({ totalMs }: { totalMs: number }) {
  const { t } = useTranslation();
  const { ms, active } = useCountdown();
  const status = useSessionStore((s) => s.session?.timer.status);
  if (!active || (status !== "running" && status !== "paused")) return null;
  const look = timerLook(ms, status);
  const note = {
    running: t("projector.timeLeft"),
    warning: t("projector.lastMinute"),
    paused: t("session.paused"),
    up: null,
  }[look];
  const left = totalMs > 0 ? Math.min(1, ms / totalMs) : 0;
  return (
    <section
      className={`pj-timer ${look}`}
      aria-label={t("projector.timer")}
      data-testid="projector-timer"
      data-look={look}
    >
      {/* Not a live region: it would read out every second. */}
      <div className="pj-clock" role="timer" aria-live="off" data-testid="projector-clock" data-ms={ms}>
        {look === "up" ? t("session.timeUp") : formatCountdown(ms)}
      </div>
      {note && <p className="pj-timer-note">{note}</p>}
      <div className="pj-timer-track" aria-hidden="true">
        <div className="pj-timer-fill" style={{ transform: `scaleX(${left})` }} />
      </div>
    </section>
  );
}
