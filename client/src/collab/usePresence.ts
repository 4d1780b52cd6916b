import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { PresenceUser } from "./useWorkshopDoc";

/** What another person's client announces: who they are, where their pointer is, what they selected. */
export interface RemotePresence {
  clientId: number;
  user: PresenceUser;
  /** Board pointer in flow coordinates (TipTap's caret uses the separate `cursor` field). */
  pointer: { x: number; y: number } | null;
  /** When this client last saw the pointer move (local clock), so a still pointer can fade. */
  movedAt: number;
  selection: string[];
}

/** Everyone else's presence, re-read whenever awareness changes. */
export function useRemotePresence(awareness: Awareness): RemotePresence[] {
  const store = useMemo(() => {
    let snapshot: RemotePresence[] = [];
    const read = () => {
      const now = Date.now();
      // Awareness keeps no time per field (its renewals every 15 s would count as news), so a move
      // is a pointer that differs from the one this client saw last.
      const before = new Map(snapshot.map((p) => [p.clientId, p]));
      const out: RemotePresence[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state.user as PresenceUser | undefined;
        if (!user || typeof user.name !== "string") return;
        const pointer = isPoint(state.pointer) ? { x: state.pointer.x, y: state.pointer.y } : null;
        const last = before.get(clientId);
        const moved = !last || !samePoint(last.pointer, pointer);
        out.push({
          clientId,
          user,
          pointer,
          movedAt: moved ? now : last.movedAt,
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

function samePoint(a: { x: number; y: number } | null, b: { x: number; y: number } | null): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y);
}

function isPoint(v: unknown): v is { x: number; y: number } {
  return !!v && typeof (v as { x: unknown }).x === "number" && typeof (v as { y: unknown }).y === "number";
}

/** Who else has which cards selected. */
export interface RemoteSelection {
  clientId: number;
  user: PresenceUser;
  selection: string[];
}

/**
 * Everyone else's selections. Unlike `useRemotePresence`, a new value only when a selection (or
 * a name or colour) changes, not with every pointer move: the board re-projects its nodes on it.
 */
export function useRemoteSelections(awareness: Awareness): RemoteSelection[] {
  const store = useMemo(() => {
    let snapshot: RemoteSelection[] = [];
    let signature = "";
    const read = () => {
      const out: RemoteSelection[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state.user as PresenceUser | undefined;
        if (!user || typeof user.name !== "string") return;
        const selection = Array.isArray(state.selection)
          ? state.selection.filter((s: unknown): s is string => typeof s === "string")
          : [];
        if (selection.length > 0) out.push({ clientId, user, selection });
      });
      const next = JSON.stringify(out);
      if (next === signature) return false;
      signature = next;
      snapshot = out;
      return true;
    };
    read();
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          if (read()) listener();
        };
        awareness.on("change", onChange);
        return () => awareness.off("change", onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
