import { ViewportPayload } from "@oppdag/shared";
import { moveFollowViewport } from "../session/commands/settings";
import { type ControlContext, type ControlSocket, workshopRoom } from "./context";

/**
 * The two unacknowledged events: the clock probe clients use to estimate their offset, and the
 * followed facilitator's viewport, relayed at once as a volatile event (only the latest matters).
 */
export function registerLiveEvents(ctx: ControlContext, socket: ControlSocket): void {
  const me = socket.data.participant;
  socket.on("time:ping", (ack) => {
    if (typeof ack === "function") ack(Date.now());
  });
  socket.on("follow:viewport", (payload) => {
    if (socket.data.screen) return;
    const parsed = ViewportPayload.safeParse(payload);
    if (!parsed.success) return;
    if (!moveFollowViewport(ctx.sessionService, me.workshopId, me.id, parsed.data)) return;
    socket.to(workshopRoom(me.workshopId)).volatile.emit("follow:viewport", parsed.data);
  });
}
