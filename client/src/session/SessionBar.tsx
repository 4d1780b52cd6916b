import { formatCountdown } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { LazyBalanceBar } from "../balance/LazyBalance";
import { BellIcon } from "../components/icons";
import { LazyGroupBanner, LazyGroupsDialog } from "../groups/LazyGroups";
import { useCountdown } from "../hooks/useCountdown";
import { LazyScoringBar, LazyScoringDialog } from "../scoring/LazyScoring";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { AgendaDialog } from "./AgendaDialog";
import { FacilitatorTools } from "./FacilitatorTools";
import { PhaseInfo } from "./PhaseInfo";
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
  const [scoringOpen, setScoringOpen] = useState(false);
  const [groupsOpen, setGroupsOpen] = useState(false);
  const wasAboveZero = useRef(false);
  const bar = useRef<HTMLElement>(null);
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
  const paused = session.timer.status === "paused";

  return (
    <section
      ref={bar}
      className={`session-bar ${timeUp ? "time-up" : ""}`}
      aria-label={t("session.agenda")}
      data-testid="session-bar"
    >
      <PhaseInfo phase={phase} />
      <LazyGroupBanner />
      {active && (
        <span className={`timer-box ${paused ? "paused" : ""}`}>
          <output
            className="timer"
            data-testid="timer"
            data-ms={ms}
            data-status={session.timer.status}
            data-clock-offset={Math.round(offset)}
            // Not a live region (an <output> is one by default): it would read out every second.
            // The Announcer says "one minute left" and "time's up".
            aria-live="off"
          >
            {timeUp ? t("session.timeUp") : formatCountdown(ms)}
          </output>
          {/* Said in words on every screen: a frozen number alone looks like a stuck clock. */}
          {paused && (
            <span className="timer-paused" role="status" data-testid="timer-paused">
              {t("session.paused")}
            </span>
          )}
        </span>
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
      <LazyScoringBar doc={doc} />
      {facilitator && (
        <FacilitatorTools
          bar={bar}
          onAgenda={() => setAgendaOpen(true)}
          onVote={() => setVoteOpen(true)}
          onScore={() => setScoringOpen(true)}
          onGroups={() => setGroupsOpen(true)}
        />
      )}
      <LazyBalanceBar doc={doc} />
      {agendaOpen && <AgendaDialog onClose={() => setAgendaOpen(false)} />}
      {voteOpen && <VoteDialog doc={doc} onClose={() => setVoteOpen(false)} />}
      {scoringOpen && <LazyScoringDialog doc={doc} onClose={() => setScoringOpen(false)} />}
      {groupsOpen && <LazyGroupsDialog doc={doc} onClose={() => setGroupsOpen(false)} />}
    </section>
  );
}
