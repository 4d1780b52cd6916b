import { lazy, Suspense } from "react";
import type * as Y from "yjs";
import { useSessionStore } from "../stores/sessionStore";

// Scoring is used in some workshops and for part of one: its code (the form, the results table,
// the dialog) loads when a facilitator opens the dialog or a round exists, not with the board.
const ScoringBar = lazy(() => import("./ScoringBar").then((m) => ({ default: m.ScoringBar })));
const ScoringDialog = lazy(() => import("./ScoringDialog").then((m) => ({ default: m.ScoringDialog })));

/** The scoring round's bar (form, progress, results), once there is a round. */
export function LazyScoringBar({ doc }: { doc: Y.Doc }) {
  const any = useSessionStore((s) => (s.session?.scoring.length ?? 0) > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <ScoringBar doc={doc} />
    </Suspense>
  );
}

/** The facilitator's dialog that starts a scoring round. */
export function LazyScoringDialog({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  return (
    <Suspense fallback={null}>
      <ScoringDialog doc={doc} onClose={onClose} />
    </Suspense>
  );
}
