import { CloseCode, DocKeys, namesHiddenFor, PERMANENT_CLOSE_CODES, SYNC_PATH, syncProtocols } from "@oppdag/shared";
import { useLayoutEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import type { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { presenceColor } from "../lib/colors";
import { type StoredSession, updateStoredName } from "../lib/session";
import { useSessionStore } from "../stores/sessionStore";

export interface WorkshopDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  /** Undo and redo of this person's own board changes only. */
  undoManager: Y.UndoManager;
}

/** The presence each client announces (TipTap's caret reads `user.name` and `user.color`). */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  group: string;
}

function syncUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${SYNC_PATH}`;
}

/**
 * Opens the workshop's Yjs document: the local IndexedDB copy first (edits made offline survive a
 * reload) and the server through y-websocket.
 */
export function useWorkshopDoc(workshopId: string, session: StoredSession | null): WorkshopDoc | null {
  const [state, setState] = useState<WorkshopDoc | null>(null);
  const set = useSessionStore((s) => s.set);

  // A layout effect, not render-time creation: StrictMode renders twice and would orphan a
  // websocket; the cleanup below closes exactly what this effect opened.
  useLayoutEffect(() => {
    if (!session) return;
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`oppdag.${workshopId}.${session.participant.id}`, doc);
    const provider = new WebsocketProvider(syncUrl(), workshopId, doc, {
      // The token goes in the handshake's subprotocol header, never in the URL (logs, console).
      protocols: syncProtocols(session.token),
      // Tabs must not sync with each other around the server: the server checks who may write.
      disableBc: true,
      maxBackoffTime: 5000,
    });
    let fatal = false;
    const user: PresenceUser = {
      id: session.participant.id,
      name: session.participant.name,
      color: presenceColor(session.participant.id),
      group: session.participant.actorGroup,
    };
    provider.awareness.setLocalStateField("user", user);
    // An erased name disappears from this person's cursor and caret at once, and stays gone on
    // reload. Presence reaches everyone, so it carries a name only if the least entitled viewer
    // (a participant) may see names: in an anonymous workshop none is sent (the server refuses
    // presence with one).
    let storedName = session.participant.name;
    const stopWatchingName = useSessionStore.subscribe((s) => {
      if (s.me && s.me.id === user.id && s.me.name !== storedName) {
        storedName = s.me.name;
        updateStoredName(workshopId, s.me.name);
      }
      const hidden = namesHiddenFor({ role: "participant" }, !!s.session?.anonymous);
      const shown = hidden ? "" : s.me?.id === user.id ? s.me.name : user.name;
      if (shown !== user.name) {
        user.name = shown;
        provider.awareness.setLocalStateField("user", { ...user });
      }
    });

    const onStatus = ({ status }: { status: string }) => {
      if (fatal) return;
      if (status === "connected") set({ syncConnection: "online" });
      else set({ syncConnection: navigator.onLine ? "reconnecting" : "offline" });
    };
    const onClose = (event: CloseEvent | null) => {
      const code = event?.code ?? 0;
      if (!PERMANENT_CLOSE_CODES.has(code)) return;
      fatal = true;
      provider.disconnect();
      set({
        fatal:
          code === CloseCode.UnknownWorkshop ? "unknownWorkshop" : code === CloseCode.Forbidden ? "removed" : "revoked",
      });
    };
    // Without this the provider only notices a dead network after its 30 s message timeout.
    const goOffline = () => {
      provider.disconnect();
      set({ syncConnection: "offline" });
    };
    const goOnline = () => {
      if (!fatal) provider.connect();
    };
    provider.on("status", onStatus);
    provider.on("connection-close", onClose);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    if (!navigator.onLine) goOffline();

    const undoManager = new Y.UndoManager(
      [doc.getMap(DocKeys.cards), doc.getMap(DocKeys.links), doc.getMap(DocKeys.zones)],
      { captureTimeout: 400 },
    );
    setState({ doc, provider, awareness: provider.awareness, undoManager });

    return () => {
      stopWatchingName();
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      undoManager.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setState(null);
    };
  }, [workshopId, session, set]);

  return state;
}
