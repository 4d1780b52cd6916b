import { formatCountdown } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { BellIcon } from "../components/icons";
import { request } from "../control/request";
import { useCountdown } from "../hooks/useCountdown";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { AgendaDialog } from "./AgendaDialog";
import { playChime, setSoundEnabled, soundEnabled } from "./timerCue";
import { VoteBar } from "./VoteBar";
import { VoteDialog } from "./VoteDialog";

/** The current phase and its timer for everyone; the facilitator's controls beside it. */
export function SessionBar({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const role = useSessionStore(selectRole);
  const { ms, running, active } = useCountdown();
  const offset = useSessionStore((s) => s.clockOffset);
  const [sound, setSound] = useState(soundEnabled);
  const [agendaOpen, setAgendaOpen] = useState(false);
  const [voteOpen, setVoteOpen] = useState(false);
  const wasAboveZero = useRef(false);
  const facilitator = role === "facilitator";

  // The cue fires once, when a running timer crosses zero here (not when one loads at zero).
  const timeUp = active && ms === 0;
  useEffect(() => {
    if (running && ms > 0) wasAboveZero.current = true;
    if (timeUp && wasAboveZero.current) {
      wasAboveZero.current = false;
      if (sound) playChime();
    }
  }, [running, ms, timeUp, sound]);

  if (!session) return null;
  const phase = session.phases.find((p) => p.id === session.currentPhaseId);
  // A refusal shows in the page's toast (request does that).
  const act = (...args: Parameters<typeof request>) => void request(...args);

  return (
    <section
      className={`session-bar ${timeUp ? "time-up" : ""}`}
      aria-label={t("session.agenda")}
      data-testid="session-bar"
    >
      <div className="phase-info">
        {phase ? (
          <>
            <strong className="phase-name" data-testid="phase-name">
              {phase.name}
            </strong>
            {phase.instructions && <span className="phase-instructions">{phase.instructions}</span>}
          </>
        ) : (
          <span className="muted">{t("session.noPhase")}</span>
        )}
      </div>
      {active && (
        <output
          className="timer"
          data-testid="timer"
          data-ms={ms}
          data-clock-offset={Math.round(offset)}
          aria-live={timeUp ? "assertive" : "off"}
        >
          {timeUp ? t("session.timeUp") : formatCountdown(ms)}
        </output>
      )}
      <label className="sound-toggle" title={t("session.sound")}>
        <input
          type="checkbox"
          checked={sound}
          onChange={(e) => {
            setSound(e.target.checked);
            setSoundEnabled(e.target.checked);
          }}
        />
        <BellIcon />
        <span className="visually-hidden">{t("session.sound")}</span>
      </label>
      <VoteBar />
      {facilitator && (
        <div className="facilitator-tools" role="toolbar" aria-label={t("session.facilitatorTools")}>
          <button
            type="button"
            className="button ghost small"
            onClick={() => setAgendaOpen(true)}
            data-testid="agenda-button"
          >
            {t("session.agenda")}
          </button>
          {session.timer.status === "running" && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => act("timer:pause", {})}
              data-testid="timer-pause"
            >
              {t("session.pause")}
            </button>
          )}
          {session.timer.status === "paused" && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => act("timer:resume", {})}
              data-testid="timer-resume"
            >
              {t("session.resume")}
            </button>
          )}
          {active && (
            <button type="button" className="button ghost small" onClick={() => act("timer:extend", { seconds: 60 })}>
              {t("session.addMinute")}
            </button>
          )}
          {phase && session.phases.at(-1)?.id !== phase.id && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => act("phase:next", {})}
              data-testid="phase-next"
            >
              {t("session.next")}
            </button>
          )}
          <span className="tool-sep-inline" aria-hidden="true" />
          <button
            type="button"
            className={`button small ${session.locked ? "primary" : "ghost"}`}
            aria-pressed={session.locked}
            onClick={() => act("board:lock", { locked: !session.locked })}
            data-testid="lock-toggle"
          >
            {session.locked ? t("session.unlock") : t("session.lock")}
          </button>
          <button
            type="button"
            className={`button small ${session.privateRound ? "primary" : "ghost"}`}
            onClick={() => act("private:set", { active: !session.privateRound })}
            data-testid="private-toggle"
          >
            {session.privateRound ? t("session.reveal") : t("session.privateStart")}
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={() => setVoteOpen(true)}
            data-testid="vote-button"
          >
            {t("session.vote")}
          </button>
          <button
            type="button"
            className={`button small ${session.follow ? "primary" : "ghost"}`}
            aria-pressed={!!session.follow}
            onClick={() => act("follow:set", { active: !session.follow })}
            data-testid="follow-toggle"
          >
            {session.follow ? t("session.stopFollow") : t("session.follow")}
          </button>
          <label className="check small">
            <input
              type="checkbox"
              checked={session.anonymous}
              onChange={(e) => act("anonymous:set", { active: e.target.checked })}
              data-testid="anonymous-toggle"
            />
            {t("session.anonymous")}
          </label>
        </div>
      )}
      {agendaOpen && <AgendaDialog onClose={() => setAgendaOpen(false)} />}
      {voteOpen && <VoteDialog doc={doc} onClose={() => setVoteOpen(false)} />}
    </section>
  );
}
