import {
  type ClientToServerEvents,
  estimateClockOffset,
  type LimitNotice,
  type ServerToClientEvents,
} from "@oppdag/shared";
import { useEffect } from "react";
import { io, type Socket } from "socket.io-client";
import { clearSession, type StoredSession } from "../lib/session";
import { useSessionStore } from "../stores/sessionStore";

/** Connects the session-control channel and mirrors what the server pushes into the store. */
export function useControl(workshopId: string, session: StoredSession | null): void {
  const set = useSessionStore((s) => s.set);

  useEffect(() => {
    if (!session) return;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      auth: { token: session.token, workshopId },
      transports: ["websocket"],
    });
    set({ socket, me: session.participant });
    socket.on("connect", () => {
      set({ controlConnected: true });
      void syncClock(socket, (clockOffset) => set({ clockOffset }));
    });
    socket.on("disconnect", () => set({ controlConnected: false }));
    socket.on("connect_error", (err) => {
      set({ controlConnected: false });
      const reason = err.message;
      if (reason === "workshop-full") {
        // Refused by the server's middleware, so socket.io will not retry by itself.
        showNotice("workshop_full");
        setTimeout(() => socket.connect(), 5000);
        return;
      }
      if (reason === "forbidden" || reason === "unauthorized" || reason === "unknown-workshop") {
        socket.disconnect();
        set({
          fatal: reason === "unknown-workshop" ? "unknownWorkshop" : reason === "forbidden" ? "removed" : "revoked",
        });
      }
    });
    socket.on("session:hello", ({ me, workshop }) => set({ me, workshop }));
    socket.on("participants:changed", (participants) => {
      // My own entry may have changed (an erased name): keep `me` in step.
      const mine = participants.find((p) => p.id === useSessionStore.getState().me?.id);
      set(mine && mine.name !== useSessionStore.getState().me?.name ? { participants, me: mine } : { participants });
    });
    socket.on("workshop:changed", (workshop) => set({ workshop }));
    socket.on("session:state", (session) => set({ session, ...(session.follow ? {} : { followViewport: null }) }));
    socket.on("session:me", (me) => set({ me }));
    socket.on("session:notice", ({ code }) => showNotice(code));
    socket.on("follow:viewport", (followViewport) => set({ followViewport }));
    socket.on("session:removed", () => {
      clearSession(workshopId);
      set({ fatal: "removed" });
      socket.disconnect();
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      set({ socket: null, controlConnected: false });
    };
  }, [workshopId, session, set]);
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
