import { CloseCode, PERMANENT_CLOSE_CODES, SYNC_PATH, syncProtocols } from "@oppdag/shared";
import { useLayoutEffect, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { StoredSession } from "../lib/session";
import { useSessionStore } from "../stores/sessionStore";

function syncUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${SYNC_PATH}`;
}

/**
 * The workshop's board for the projector view, only read: the chart names cards by their text.
 * Unlike the board's own document (`useWorkshopDoc`) it announces no presence, so the wall shows
 * no cursor and counts as nobody, and keeps no offline copy, since it never writes.
 */
export function useScreenDoc(workshopId: string, session: StoredSession | null): Y.Doc | null {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const set = useSessionStore((s) => s.set);

  // A layout effect, as in useWorkshopDoc: StrictMode would otherwise orphan a websocket.
  useLayoutEffect(() => {
    if (!session) return;
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(), workshopId, ydoc, {
      protocols: syncProtocols(session.token),
      disableBc: true,
      maxBackoffTime: 5000,
    });
    // No presence at all: nothing is sent on connect, nobody sees a cursor for the wall.
    provider.awareness.setLocalState(null);
    let fatal = false;
    provider.on("status", ({ status }: { status: string }) => {
      if (!fatal) set({ syncConnection: status === "connected" ? "online" : "reconnecting" });
    });
    provider.on("connection-close", (event: CloseEvent | null) => {
      const code = event?.code ?? 0;
      if (!PERMANENT_CLOSE_CODES.has(code)) return;
      fatal = true;
      provider.disconnect();
      set({
        fatal:
          code === CloseCode.UnknownWorkshop ? "unknownWorkshop" : code === CloseCode.Forbidden ? "removed" : "revoked",
      });
    });
    setDoc(ydoc);
    return () => {
      provider.destroy();
      ydoc.destroy();
      setDoc(null);
    };
  }, [workshopId, session, set]);

  return doc;
}
