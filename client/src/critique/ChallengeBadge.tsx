import { challengesByTarget } from "@oppdag/shared";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { useDismiss } from "../hooks/useDismiss";
import { ChallengeList } from "./ChallengeList";
import { useChallengeContext } from "./challengeContext";

interface Props {
  doc: Y.Doc;
  targetId: string;
  /** Open challenges on the target: the badge shows only while there are some. */
  count: number;
  step?<T>(change: () => T): T;
}

/**
 * The mark of open challenges on an opportunity, a link or an action item; pressed, it lists the
 * challenges on it, and whoever may answers them right there.
 */
export function ChallengeBadge({ doc, targetId, count, step }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, root, button, close);
  if (count === 0 && !open) return null;
  return (
    <span className="challenge-badge-root nodrag nopan nowheel" ref={root}>
      <button
        ref={button}
        type="button"
        className="challenge-badge"
        aria-expanded={open}
        aria-label={t("critique.badge", { count })}
        title={t("critique.badge", { count })}
        onClick={(e) => {
          e.stopPropagation();
          setOpen((v) => !v);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
        data-testid="challenge-badge"
      >
        <span aria-hidden="true">⚑</span> {count}
      </button>
      {open && <ChallengePopover doc={doc} targetId={targetId} step={step} onClose={close} />}
    </span>
  );
}

/** Mounted only while open: it reads the whole board, which a closed badge must not. */
function ChallengePopover({
  doc,
  targetId,
  step,
  onClose,
}: {
  doc: Y.Doc;
  targetId: string;
  step?<T>(change: () => T): T;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const model = useBoardModel(doc);
  const { canAnswer } = useChallengeContext();
  const challenges = challengesByTarget(model).get(targetId) ?? [];
  // Below its badge, unless that runs off the bottom of the window and there is more room above
  // (a card low on the screen): then above it, so the answer's Save button is never out of reach.
  const box = useRef<HTMLDivElement>(null);
  const [above, setAbove] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    const anchor = el?.parentElement?.getBoundingClientRect();
    if (!el || !anchor) return;
    const height = el.getBoundingClientRect().height;
    setAbove(anchor.bottom + height + 8 > window.innerHeight && anchor.top > window.innerHeight - anchor.bottom);
  }, []);
  return (
    // Keys typed in an answer belong to it, not to the board's shortcuts.
    <div
      ref={box}
      className={`challenge-popover${above ? " above" : ""}`}
      role="dialog"
      aria-label={t("critique.heading")}
      onKeyDown={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      data-testid="challenge-popover"
    >
      <header>
        <h3>{t("critique.heading")}</h3>
        <button type="button" className="button ghost small" onClick={onClose}>
          {t("critique.close")}
        </button>
      </header>
      <ChallengeList doc={doc} challenges={challenges} canAnswer={canAnswer} step={step} />
    </div>
  );
}
