import { useEffect, useRef, useState } from "react";
import { type ConnectionState, selectConnection, useSessionStore } from "../stores/sessionStore";

/** Gone this long, the page says so in a banner: shorter blips only show in the indicator. */
export const BANNER_AFTER_MS = 4000;
/** How long "Reconnected" shows after a connection comes back. */
const RECONNECTED_MS = 3000;

export type ConnectionView = ConnectionState | "connecting" | "reconnected";

/**
 * Both channels as one state for the person: connecting (the first time, before the page has
 * ever been online: a large board takes a moment and nothing was lost), online, reconnecting,
 * offline, and for a moment after a loss "reconnected", plus whether a loss (or a first
 * connection) has lasted long enough for a banner.
 */
export function useConnectionView(): { state: ConnectionView; longLoss: boolean } {
  const connection = useSessionStore(selectConnection);
  const [reconnected, setReconnected] = useState(false);
  const [longLoss, setLongLoss] = useState(false);
  const everOnline = useRef(false);
  const wasDown = useRef(false);

  useEffect(() => {
    if (connection !== "online") {
      wasDown.current = everOnline.current;
      setReconnected(false);
      const timer = setTimeout(() => setLongLoss(true), BANNER_AFTER_MS);
      return () => clearTimeout(timer);
    }
    everOnline.current = true;
    setLongLoss(false);
    if (!wasDown.current) return;
    wasDown.current = false;
    setReconnected(true);
    const timer = setTimeout(() => setReconnected(false), RECONNECTED_MS);
    return () => clearTimeout(timer);
  }, [connection]);

  const state: ConnectionView =
    connection === "reconnecting" && !everOnline.current ? "connecting" : reconnected ? "reconnected" : connection;
  return { state, longLoss };
}
