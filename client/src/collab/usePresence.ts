import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { PresenceUser } from "./useWorkshopDoc";

/** What another person's client announces: who they are, where their pointer is, what they selected. */
export interface RemotePresence {
  clientId: number;
  user: PresenceUser;
  /** Board pointer in flow coordinates (TipTap's caret uses the separate `cursor` field). */
  pointer: { x: number; y: number } | null;
  selection: string[];
}

/** Everyone else's presence, re-read whenever awareness changes. */
export function useRemotePresence(awareness: Awareness): RemotePresence[] {
  const store = useMemo(() => {
    let snapshot: RemotePresence[] = [];
    const read = () => {
      const out: RemotePresence[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state.user as PresenceUser | undefined;
        if (!user || typeof user.name !== "string") return;
        out.push({
          clientId,
          user,
          pointer: isPoint(state.pointer) ? state.pointer : null,
          selection: Array.isArray(state.selection)
            ? state.selection.filter((s: unknown) => typeof s === "string")
            : [],
        });
      });
      snapshot = out;
    };
    read();
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          read();
          listener();
        };
        awareness.on("change", onChange);
        return () => awareness.off("change", onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

function isPoint(v: unknown): v is { x: number; y: number } {
  return !!v && typeof (v as { x: unknown }).x === "number" && typeof (v as { y: unknown }).y === "number";
}
