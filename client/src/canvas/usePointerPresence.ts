import type { ReactFlowInstance } from "@xyflow/react";
import { type PointerEvent, useCallback, useEffect, useRef } from "react";
import type { Awareness } from "y-protocols/awareness";

/**
 * How often this person's pointer is sent: others' screens glide between positions (a CSS
 * transition of the same length), so ten a second looks smooth and a room of sixty stays light.
 */
export const POINTER_INTERVAL_MS = 100;

/**
 * This person's board pointer for others' cursors, in flow coordinates, at most every
 * POINTER_INTERVAL_MS: the first move at once, the latest one at the end of each interval.
 * The awareness field is "pointer": TipTap's caret plugin owns "cursor" in the same state, and
 * sharing one field crashed the editor.
 */
export function usePointerPresence(awareness: Awareness, flow: ReactFlowInstance) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef<{ x: number; y: number } | null>(null);

  const send = useCallback(() => {
    timer.current = null;
    const at = latest.current;
    if (!at) return;
    lastSent.current = performance.now();
    const p = flow.screenToFlowPosition(at);
    awareness.setLocalStateField("pointer", { x: Math.round(p.x), y: Math.round(p.y) });
  }, [awareness, flow]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const handlePointerMove = useCallback(
    (e: PointerEvent) => {
      latest.current = { x: e.clientX, y: e.clientY };
      if (timer.current) return;
      const wait = Math.max(0, lastSent.current + POINTER_INTERVAL_MS - performance.now());
      timer.current = setTimeout(send, wait);
    },
    [send],
  );

  const handlePointerLeave = useCallback(() => {
    // A send still pending would put the pointer back after it left.
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current = null;
    awareness.setLocalStateField("pointer", null);
  }, [awareness]);

  return { handlePointerMove, handlePointerLeave };
}
