import { lazy, Suspense } from "react";
import type * as Y from "yjs";
import { selectRole, useSessionStore } from "../stores/sessionStore";

// Only facilitators see the balance: its code and styles load for them, not with every page.
const BalanceBar = lazy(() => import("./BalanceBar").then((m) => ({ default: m.BalanceBar })));

/** The facilitator's balance of the room by actor group (balance/BalanceBar.tsx). */
export function LazyBalanceBar({ doc }: { doc: Y.Doc }) {
  const facilitator = useSessionStore(selectRole) === "facilitator";
  if (!facilitator) return null;
  return (
    <Suspense fallback={null}>
      <BalanceBar doc={doc} />
    </Suspense>
  );
}
