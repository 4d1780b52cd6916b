import type { ReactFlowInstance } from "@xyflow/react";
import { type PointerEvent, useCallback, useEffect, useRef } from "react";
import type { Awareness } from "y-protocols/awareness";

/**
 * This person's board pointer for others' cursors, in flow coordinates, at most once per frame.
 * The awareness field is "pointer": TipTap's caret plugin owns "cursor" in the same state, and
 * sharing one field crashed the editor.
 */
export function usePointerPresence(awareness: Awareness, flow: ReactFlowInstance) {
  const frame = useRef(0);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const handlePointerMove = useCallback(
    (e: PointerEvent) => {
      if (frame.current) return;
      const { clientX, clientY } = e;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const p = flow.screenToFlowPosition({ x: clientX, y: clientY });
        awareness.setLocalStateField("pointer", { x: Math.round(p.x), y: Math.round(p.y) });
      });
    },
    [awareness, flow],
  );

  const handlePointerLeave = useCallback(() => {
    // A frame still pending would put the pointer back after it left.
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    awareness.setLocalStateField("pointer", null);
  }, [awareness]);

  return { handlePointerMove, handlePointerLeave };
}
