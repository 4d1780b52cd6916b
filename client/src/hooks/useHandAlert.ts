import { useEffect, useRef, useState } from "react";
import { playHandTone, useHandSound } from "../session/handCue";
import { useSessionStore } from "../stores/sessionStore";

/** How long the count flashes after a new hand goes up. */
export const HAND_FLASH_MS = 2_400;

/**
 * Raised hands for the facilitator's top bar: how many there are, and whether the count is
 * flashing because a new one just went up (with a tone, if this facilitator asked for one).
 * Hands already up when the session arrives (a reload, a reconnect) are not news.
 */
export function useHandAlert(): { count: number; flashing: boolean } {
  const hands = useSessionStore((s) => s.session?.hands);
  const [sound] = useHandSound();
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const seen = useRef<ReadonlySet<string> | null>(null);
  const [flashing, setFlashing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!hands) return;
    const ids = new Set(hands.map((h) => h.participantId));
    const before = seen.current;
    seen.current = ids;
    if (!before || ![...ids].some((id) => !before.has(id))) return;
    setFlashing(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFlashing(false), HAND_FLASH_MS);
    if (soundRef.current) playHandTone();
  }, [hands]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { count: hands?.length ?? 0, flashing };
}
