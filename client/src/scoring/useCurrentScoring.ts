import type { ScoreRoundView } from "@oppdag/shared";
import { useSessionStore } from "../stores/sessionStore";

/** The latest scoring round (open, closed or revealed), or null before the first. */
export function useCurrentScoring(): ScoreRoundView | null {
  return useSessionStore((s) => s.session?.scoring?.at(-1)) ?? null;
}
