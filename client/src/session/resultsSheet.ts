import { useMemo, useSyncExternalStore } from "react";
import { useSessionStore } from "../stores/sessionStore";
import { useCurrentVote } from "./useCurrentVote";

/** How many closed rounds each workshop remembers: a long day has a handful. */
const REMEMBERED = 50;
const listeners = new Set<() => void>();
const keyOf = (workshopId: string) => `oppdag.resultsClosed.${workshopId}`;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function parse(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

function write(workshopId: string, ids: string[]): void {
  try {
    localStorage.setItem(keyOf(workshopId), JSON.stringify(ids.slice(-REMEMBERED)));
  } catch {
    // Storage full or refused: the sheet still closes, it just may open again after a reload.
  }
  for (const listener of listeners) listener();
}

/**
 * The results sheet of the latest revealed round. It opens by itself once, at the reveal; a person
 * who closes it has it stay closed for that round, also after a reload (remembered in this browser,
 * per workshop and round), until they open it again.
 */
export function useResultsSheet(): { open: boolean; show(): void; hide(): void } {
  const workshopId = useSessionStore((s) => s.workshop?.id ?? "");
  const current = useCurrentVote();
  const raw = useSyncExternalStore(subscribe, () => (workshopId ? localStorage.getItem(keyOf(workshopId)) : null));
  const closed = useMemo(() => parse(raw), [raw]);
  const round = current?.round;
  const roundId = round?.id ?? "";
  const open = round?.status === "revealed" && !!round.results && !closed.includes(roundId);
  return useMemo(
    () => ({
      open,
      show: () =>
        write(
          workshopId,
          closed.filter((id) => id !== roundId),
        ),
      hide: () => write(workshopId, [...closed.filter((id) => id !== roundId), roundId]),
    }),
    [open, closed, workshopId, roundId],
  );
}
