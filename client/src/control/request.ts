import type { Ack, ClientToServerEvents, ControlRequest, RequestPayload } from "@oppdag/shared";
import i18next from "../i18n";
import { describeError } from "../lib/errors";
import { useSessionStore } from "../stores/sessionStore";

/** How long a request may wait for the server's answer before it counts as not done. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Sends a control request and resolves to null when the server agreed, or to a message in the
 * person's language when it did not. Nothing is dropped silently: a request made while the channel
 * is down is refused at once (it is not queued: a lock or a reveal pressed a minute ago must not
 * fire by surprise on reconnect), and every refusal also shows in the page's toast unless the
 * caller shows it itself (`inline`).
 */
export async function request<E extends ControlRequest>(
  event: E,
  payload: RequestPayload<E>,
  options: { inline?: boolean } = {},
): Promise<string | null> {
  const refuse = (message: string) => {
    if (!options.inline) useSessionStore.getState().set({ actionError: message });
    return message;
  };
  const socket = useSessionStore.getState().socket;
  if (!socket?.connected) return refuse(i18next.t("errors.offlineAction"));
  const timed = socket.timeout(ANSWER_TIMEOUT_MS);
  // Bound: emitWithAck needs its socket as `this`; the event map is keyed by the same names.
  const emit = timed.emitWithAck.bind(timed) as unknown as (e: keyof ClientToServerEvents, p: unknown) => Promise<Ack>;
  try {
    const ack = await emit(event, payload);
    return ack.ok ? null : refuse(describeError(ack, i18next.t));
  } catch {
    return refuse(i18next.t("errors.noAnswer"));
  }
}
