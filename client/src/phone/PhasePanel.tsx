import { formatCountdown } from "@oppdag/shared";
import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { LazyGroupBanner } from "../groups/LazyGroups";
import { useCountdown } from "../hooks/useCountdown";
import { LazyScoringBar } from "../scoring/LazyScoring";
import { VoteBar } from "../session/VoteBar";
import { useSessionStore } from "../stores/sessionStore";

/**
 * What the room is doing now, always at the top of a phone: the phase, its timer and its
 * instructions (a long text shows its first lines, and all of it with a tap), and whether the
 * board is locked or the writing private; an open vote or scoring round, with its form.
 */
export function PhasePanel({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const { ms, active } = useCountdown();
  const [openFor, setOpenFor] = useState<string | null>(null);
  const text = useRef<HTMLParagraphElement>(null);
  const [long, setLong] = useState(false);
  const phases = session?.phases ?? [];
  const index = phases.findIndex((p) => p.id === session?.currentPhaseId);
  const phase = phases[index];
  const open = !!phase && openFor === phase.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the text changes
  useLayoutEffect(() => {
    const el = text.current;
    setLong(!!el && el.scrollHeight > el.clientHeight + 1);
  }, [phase?.instructions, open]);

  if (!session) return null;
  const timeUp = active && ms === 0;
  return (
    <section className="phase-panel" aria-label={t("session.agenda")} data-testid="phase-panel">
      <div className="phase-panel-head">
        <div>
          {phase && phases.length > 1 && (
            <span className="phase-step">{t("phone.phaseOf", { n: index + 1, count: phases.length })}</span>
          )}
          <h2 className="phase-name" data-testid="phase-name">
            {phase?.name ?? t("session.noPhase")}
          </h2>
        </div>
        {active && (
          <output
            className={`timer ${timeUp ? "up" : ""}`}
            data-testid="timer"
            data-status={session.timer.status}
            aria-live="off"
          >
            {timeUp ? t("session.timeUp") : formatCountdown(ms)}
            {session.timer.status === "paused" && (
              <>
                {" · "}
                <span className="timer-paused" role="status" data-testid="timer-paused">
                  {t("session.paused")}
                </span>
              </>
            )}
          </output>
        )}
      </div>
      {phase?.instructions && (
        <>
          <p
            ref={text}
            className={`phase-panel-text ${open ? "open" : ""}`}
            id="phase-instructions"
            data-testid="phase-instructions"
          >
            {phase.instructions}
          </p>
          {(long || open) && (
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              aria-controls="phase-instructions"
              onClick={() => setOpenFor(open ? null : phase.id)}
              data-testid="phase-more"
            >
              {open ? t("phone.less") : t("phone.more")}
            </button>
          )}
        </>
      )}
      {session.locked && <p className="phase-flag locked">{t("session.locked")}</p>}
      {session.privateRound && !session.locked && <p className="phase-flag private">{t("session.privateBanner")}</p>}
      <LazyGroupBanner compact />
      <VoteBar />
      <LazyScoringBar doc={doc} />
    </section>
  );
}
