import { type Phase, phaseActionKeys } from "@oppdag/shared";
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDismiss } from "../hooks/useDismiss";

/**
 * The current phase in the session bar: its name and instructions on one line, cut with an
 * ellipsis so the bar never grows a second row; a click (or Enter) shows both in full below it.
 */
export function PhaseInfo({ phase }: { phase: Phase | undefined }) {
  const { t } = useTranslation();
  // Kept per phase: a new phase starts closed, so old details never stand in for new ones.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = !!phase && openFor === phase.id;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpenFor(null), []);
  useDismiss(open, root, toggle, close);

  if (!phase) {
    return (
      <div className="phase-info">
        <span className="muted">{t("session.noPhase")}</span>
      </div>
    );
  }
  return (
    <div className="phase-info" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="phase-toggle"
        aria-expanded={open}
        aria-controls={id}
        title={open ? undefined : t("session.showInstructions")}
        onClick={() => setOpenFor(open ? null : phase.id)}
        data-testid="phase-toggle"
      >
        <strong className="phase-name" data-testid="phase-name">
          {phase.name}
        </strong>
        {phase.instructions && (
          <span className="phase-instructions" data-testid="phase-instructions">
            {phase.instructions}
          </span>
        )}
        <svg className="phase-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <section id={id} className="phase-details" hidden={!open} aria-label={phase.name} data-testid="phase-details">
        <h2>{phase.name}</h2>
        {phase.instructions ? <p>{phase.instructions}</p> : null}
        {phaseActionKeys(phase.actions).length > 0 && (
          <p className="phase-starts" data-testid="phase-starts">
            {t("agenda.starts")}:{" "}
            {phaseActionKeys(phase.actions)
              .map((key) => t(`agenda.actions.${key}`))
              .join(" · ")}
          </p>
        )}
      </section>
    </div>
  );
}
