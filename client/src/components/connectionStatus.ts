import { useEffect, useRef, useState } from "react";
import { type ConnectionState, selectConnection, useSessionStore } from "../stores/sessionStore";

/** Gone this long, the page says so in a banner: shorter blips only show in the indicator. */
export const BANNER_AFTER_MS = 4000;
/** How long "Reconnected" shows after a connection comes back. */
const RECONNECTED_MS = 3000;

export type ConnectionView = ConnectionState | "reconnected";

/**
 * Both channels as one state for the person: online, reconnecting, offline, and for a moment
 * after a loss "reconnected", plus whether the loss has lasted long enough for a banner.
 */
export function useConnectionView(): { state: ConnectionView; longLoss: boolean } {
  const connection = useSessionStore(selectConnection);
  const [reconnected, setReconnected] = useState(false);
  const [longLoss, setLongLoss] = useState(false);
  const wasDown = useRef(false);

  useEffect(() => {
    if (connection !== "online") {
      wasDown.current = true;
      setReconnected(false);
      const timer = setTimeout(() => setLongLoss(true), BANNER_AFTER_MS);
      return () => clearTimeout(timer);
    }
    setLongLoss(false);
    if (!wasDown.current) return;
    wasDown.current = false;
    setReconnected(true);
    const timer = setTimeout(() => setReconnected(false), RECONNECTED_MS);
    return () => clearTimeout(timer);
  }, [connection]);

  return { state: reconnected ? "reconnected" : connection, longLoss };
}
