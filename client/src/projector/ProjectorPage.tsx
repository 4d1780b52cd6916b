import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { FatalScreen } from "../components/FatalScreen";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { useControl } from "../control/useControl";
import { loadSession } from "../lib/session";
import { selectConnection, useSessionStore } from "../stores/sessionStore";
import "./projector.css";
import { ProjectorTimer } from "./ProjectorTimer";
import { ScorePanel } from "./ScorePanel";
import { useIdle } from "./useIdle";
import { useScreenDoc } from "./useScreenDoc";
import { VotePanel } from "./VotePanel";

const JoinCode = lazy(() => import("./JoinCode").then((m) => ({ default: m.JoinCode })));

/**
 * The big screen at the front of the room: the phase and its instructions, the timer, the latest
 * vote or scoring round (its results once revealed) and, on demand, the join code. It follows what the facilitator
 * does on any device, live. It opens with this browser's own session for the workshop but as a
 * shared screen (`screen` on both channels' terms): nobody's ballot or drafts, no presence, no
 * requests, so it is not one more person in the room.
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { workshopId = "" } = useParams();
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  const reset = useSessionStore((s) => s.reset);
  const fatal = useSessionStore((s) => s.fatal);
  const state = useSessionStore((s) => s.session);
  const workshop = useSessionStore((s) => s.workshop);
  const connection = useSessionStore(selectConnection);
  const [codeOpen, setCodeOpen] = useState(false);
  const [resultsHidden, setResultsHidden] = useState<string | null>(null);
  const idle = useIdle(4000);

  useEffect(() => reset, [reset]);
  const { appUpdated } = useControl(workshopId, session, { screen: true });
  const doc = useScreenDoc(workshopId, session);
  const fullScreen = useFullScreen();

  useEffect(() => {
    document.title = workshop ? `${workshop.title} · ${t("projector.name")}` : t("projector.name");
  }, [workshop, t]);

  if (!session) return <FatalScreen reason="noSession" />;
  if (appUpdated) return <FatalScreen reason="appUpdated" />;
  if (fatal) return <FatalScreen reason={fatal} />;

  const phaseIndex = state ? state.phases.findIndex((p) => p.id === state.currentPhaseId) : -1;
  const phase = state?.phases[phaseIndex];
  // The newer of the last vote and the last scoring round: what the room is doing, or just did.
  const vote = state?.votes.at(-1);
  const scoring = state?.scoring.at(-1);
  const round = scoring && (!vote || scoring.createdAt > vote.createdAt) ? scoring : vote;
  const showRound = !!round && !!doc && resultsHidden !== round.id;
  const timed = !!state && state.timer.status !== "idle";

  return (
    <div
      className={`projector ${idle && !codeOpen ? "idle" : ""} ${showRound ? "with-vote" : ""} ${timed ? "with-timer" : ""}`}
      data-testid="projector"
    >
      <header className="pj-top">
        <span className="pj-brand">
          <svg viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#ffffff" fillOpacity=".12" />
            <circle cx="12" cy="16" r="5" fill="#7dd3a8" />
            <circle cx="21" cy="16" r="5" fill="#8fb8f0" fillOpacity=".9" />
          </svg>
          <span className="pj-title" data-testid="projector-title">
            {workshop?.title ?? "\u00a0"}
          </span>
        </span>
        {connection !== "online" && state && (
          <span className="pj-connection" role="status" data-testid="projector-connection">
            {t("connection.reconnecting")}
          </span>
        )}
        <nav className="pj-tools" aria-label={t("projector.tools")}>
          <button type="button" className="pj-button" onClick={() => setCodeOpen(true)} data-testid="projector-qr">
            {t("projector.showCode")}
          </button>
          {round?.status === "revealed" && (
            <button
              type="button"
              className="pj-button"
              aria-pressed={resultsHidden !== round.id}
              onClick={() => setResultsHidden(resultsHidden === round.id ? null : round.id)}
              data-testid="projector-results-toggle"
            >
              {t("projector.results")}
            </button>
          )}
          {fullScreen.supported && (
            <button type="button" className="pj-button" onClick={fullScreen.toggle} data-testid="projector-fullscreen">
              {fullScreen.active ? t("projector.exitFullScreen") : t("projector.fullScreen")}
            </button>
          )}
          <LanguageSwitcher />
        </nav>
      </header>

      <main className="pj-main">
        {!state ? (
          <p className="pj-loading" aria-busy="true">
            {t("errors.loading")}
          </p>
        ) : (
          <>
            <section className="pj-phase" aria-labelledby="pj-phase-name" data-testid="projector-phase">
              {phase ? (
                <>
                  <p className="pj-eyebrow" data-testid="projector-phase-step">
                    {t("projector.phaseOf", { n: phaseIndex + 1, total: state.phases.length })}
                  </p>
                  <h1 id="pj-phase-name" className="pj-phase-name" data-testid="projector-phase-name">
                    {phase.name}
                  </h1>
                  {phase.instructions && (
                    <p className="pj-instructions" data-testid="projector-instructions">
                      {phase.instructions}
                    </p>
                  )}
                </>
              ) : (
                <>
                  <p className="pj-eyebrow">{t("projector.welcome")}</p>
                  <h1 id="pj-phase-name" className="pj-phase-name" data-testid="projector-phase-name">
                    {workshop?.title}
                  </h1>
                  <p className="pj-instructions">{t("projector.notStarted")}</p>
                </>
              )}
              {(state.locked || state.privateRound) && (
                <ul className="pj-flags">
                  {state.locked && <li data-testid="projector-locked">{t("projector.locked")}</li>}
                  {state.privateRound && <li data-testid="projector-private">{t("projector.private")}</li>}
                </ul>
              )}
            </section>
            <ProjectorTimer totalMs={(phase?.durationSec ?? 0) * 1000} />
            {showRound && doc && round === vote && vote && <VotePanel round={vote} doc={doc} />}
            {showRound && doc && round === scoring && scoring && <ScorePanel round={scoring} doc={doc} />}
          </>
        )}
      </main>

      {codeOpen && (
        <Suspense fallback={null}>
          <JoinCode workshopId={workshopId} title={workshop?.title ?? ""} onClose={() => setCodeOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** The browser's full-screen mode for the whole page, where it has one. */
function useFullScreen() {
  const [active, setActive] = useState(() => !!document.fullscreenElement);
  useEffect(() => {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  return {
    supported: typeof document.documentElement.requestFullscreen === "function" && document.fullscreenEnabled,
    active,
    toggle() {
      // Refused without a user gesture or by policy: the page simply stays as it is.
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    },
  };
}
