import {
  type ClientToServerEvents,
  type ControlAuth,
  estimateClockOffset,
  type HandshakeRefusal,
  type LimitNotice,
  type ServerToClientEvents,
} from "@oppdag/shared";
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { keepUnchanged } from "../lib/keepUnchanged";
import { clearSession, type StoredSession } from "../lib/session";
import { type FatalReason, useSessionStore } from "../stores/sessionStore";
import { handshakeRefusal, protocolMismatch, retryDelay } from "./protocol";

/** A refusal that ends the visit, and how the page explains it. */
const FATAL_REFUSALS = {
  forbidden: "removed",
  unauthorized: "revoked",
  "unknown-workshop": "unknownWorkshop",
} as const satisfies Partial<Record<HandshakeRefusal, FatalReason>>;

/**
 * Connects the session-control channel and mirrors what the server pushes into the store.
 * `appUpdated`: the server speaks another protocol version than this page; the page must reload.
 * `screen`: this page is a shared screen (the projector view), shown the room, not a person in it.
 */
export function useControl(
  workshopId: string,
  session: StoredSession | null,
  { screen = false }: { screen?: boolean } = {},
): { appUpdated: boolean } {
  const set = useSessionStore((s) => s.set);
  const [appUpdated, setAppUpdated] = useState(false);

  useEffect(() => {
    if (!session) return;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    const retryLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), retryDelay(attempts++));
    };
    const auth: ControlAuth = { token: session.token, workshopId, ...(screen ? { screen } : {}) };
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      auth,
      transports: ["websocket"],
    });
    set({ socket, me: session.participant });
    socket.on("connect", () => {
      attempts = 0;
      set({ controlConnected: true });
      void syncClock(socket, (clockOffset) => set({ clockOffset }));
    });
    socket.on("disconnect", (reason) => {
      set({ controlConnected: false });
      // The server let go on purpose (a restart or deploy); a removal or deletion is told apart
      // by the handshake refusal the retry then gets.
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", (err) => {
      set({ controlConnected: false });
      const reason = handshakeRefusal(err);
      switch (reason) {
        case null:
          // A lost network or a timeout: socket.io retries by itself.
          return;
        case "workshop-full":
          showNotice("workshop_full");
          retryLater();
          return;
        case "server-error":
          // Passing trouble on the server: try again quietly, as the sync channel does.
          retryLater();
          return;
        case "forbidden":
        case "unauthorized":
        case "unknown-workshop":
          socket.disconnect();
          set({ fatal: FATAL_REFUSALS[reason] });
          return;
        default: {
          const unhandled: never = reason;
          return unhandled;
        }
      }
    });
    socket.on("session:hello", (hello) => {
      if (protocolMismatch(hello)) {
        // This page no longer speaks the server's language: say so calmly, and send nothing more.
        socket.disconnect();
        setAppUpdated(true);
        return;
      }
      set({ me: hello.me, workshop: hello.workshop });
    });
    socket.on("participants:changed", (participants) => {
      // My own entry may have changed (an erased name): keep `me` in step.
      const mine = participants.find((p) => p.id === useSessionStore.getState().me?.id);
      set(mine && mine.name !== useSessionStore.getState().me?.name ? { participants, me: mine } : { participants });
    });
    socket.on("workshop:changed", (workshop) => set({ workshop }));
    socket.on("session:state", (next) => {
      // Parts that did not change keep their identity, so what is derived from them stays put.
      const session = keepUnchanged(useSessionStore.getState().session, next);
      set({ session, ...(session.follow ? {} : { followViewport: null }) });
    });
    socket.on("session:me", (me) => set({ me }));
    socket.on("session:notice", ({ code }) => showNotice(code));
    socket.on("follow:viewport", (followViewport) => set({ followViewport }));
    socket.on("session:removed", () => {
      clearSession(workshopId);
      set({ fatal: "removed" });
      socket.disconnect();
    });
    return () => {
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
      set({ socket: null, controlConnected: false });
    };
  }, [workshopId, session, set, screen]);

  return { appUpdated };
}

/**
 * Estimates the server clock from a few pings, so a countdown is right even on a laptop whose
 * clock is minutes off. The fastest round trip so far wins (see estimateClockOffset); each better
 * estimate is applied at once.
 */
async function syncClock(
  socket: Socket<ServerToClientEvents, ClientToServerEvents>,
  apply: (offset: number) => void,
): Promise<void> {
  const samples: Array<{ sentAt: number; serverNow: number; receivedAt: number }> = [];
  for (let i = 0; i < 5 && socket.connected; i++) {
    const sentAt = Date.now();
    try {
      const serverNow = await socket.timeout(3000).emitWithAck("time:ping");
      samples.push({ sentAt, serverNow, receivedAt: Date.now() });
      apply(estimateClockOffset(samples));
    } catch {
      // A lost ping just means one sample fewer.
    }
  }
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
/** Shows a limit notice on the board for a few seconds. */
function showNotice(notice: LimitNotice | "workshop_full"): void {
  useSessionStore.getState().set({ notice });
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => useSessionStore.getState().set({ notice: null }), 6000);
}
