import type { ReactFlowInstance, Viewport } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { cameraMs } from "../lib/motion";
import { useSessionStore } from "../stores/sessionStore";

/**
 * Follow-me: the leading facilitator streams their viewport; everyone else follows it until they
 * pan or zoom themselves, and can follow again with one click.
 */
export function useFollow(flow: ReactFlowInstance) {
  const follow = useSessionStore((s) => s.session?.follow ?? null);
  const me = useSessionStore((s) => s.me);
  const followViewport = useSessionStore((s) => s.followViewport ?? s.session?.follow?.viewport ?? null);
  const socket = useSessionStore((s) => s.socket);
  // Opting out is remembered per leader: when someone else starts leading, everyone follows again.
  const [optedOutOf, setOptedOutOf] = useState<string | null>(null);
  const leading = !!follow && follow.facilitatorId === me?.id;
  const optedOut = !!follow && optedOutOf === follow.facilitatorId;
  const following = !!follow && !leading && !optedOut;

  useEffect(() => {
    if (following && followViewport) void flow.setViewport(followViewport, { duration: cameraMs(250) });
  }, [following, followViewport, flow]);

  const lastSent = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Called on every viewport move here. */
  const handleMove = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      if (leading && socket) {
        // At most ten updates a second, and always the final position.
        const send = () => {
          lastSent.current = Date.now();
          socket.volatile.emit("follow:viewport", viewport);
        };
        if (pending.current) clearTimeout(pending.current);
        if (Date.now() - lastSent.current > 100) send();
        else pending.current = setTimeout(send, 100);
      } else if (following && event) {
        // The person moved the board themselves: stop following them around.
        setOptedOutOf(follow?.facilitatorId ?? null);
      }
    },
    [leading, following, socket, follow?.facilitatorId],
  );

  // The leader sends where they are as soon as follow-me starts.
  useEffect(() => {
    if (leading && socket) socket.emit("follow:viewport", flow.getViewport());
  }, [leading, socket, flow]);

  const followAgain = useCallback(() => setOptedOutOf(null), []);
  /** Stops following, or follows again (the keyboard's F); null when there is nobody to follow. */
  const toggleFollow = useMemo(
    () =>
      !follow || leading
        ? null
        : () => setOptedOutOf((out) => (out === follow.facilitatorId ? null : follow.facilitatorId)),
    [follow, leading],
  );

  return { follow, leading, following, optedOut, followAgain, toggleFollow, handleMove };
}
