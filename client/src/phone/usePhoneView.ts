import { useCallback, useSyncExternalStore } from "react";
import { useSearchParams } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";

/** Narrower than this, a participant gets the phone view (a list and sheets, not a shrunken board). */
const PHONE_QUERY = "(max-width: 640px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export const isPhoneScreen = () => window.matchMedia(PHONE_QUERY).matches;

/** Whether this screen is phone-sized; follows rotation and window resizes. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhoneScreen, () => false);
}

export const PHONE_VIEWS = ["cards", "board", "notes", "plan"] as const;
export type PhoneView = (typeof PHONE_VIEWS)[number];

/**
 * Where a person is in the phone view, kept in the address (`?view=board&card=…`): the phone's
 * Back button goes back a view or closes the open card, as it does in any app, and a reload
 * keeps the place.
 */
export function usePhoneView() {
  const [params, setParams] = useSearchParams();
  const historyState = useHistoryState<{ sheet?: boolean } | null>();
  const asked = params.get("view");
  const view: PhoneView = PHONE_VIEWS.includes(asked as PhoneView) ? (asked as PhoneView) : "cards";
  const cardId = params.get("card");

  const go = useCallback(
    (next: PhoneView) => {
      if (next === view && !cardId) return;
      setParams(next === "cards" ? {} : { view: next });
    },
    [view, cardId, setParams],
  );

  const openCard = useCallback(
    (id: string) => {
      const next = new URLSearchParams(params);
      next.set("card", id);
      // Marked, so closing it can go back in history instead of adding a step.
      setParams(next, { replace: !!cardId, state: { sheet: true } });
    },
    [params, cardId, setParams],
  );

  const closeCard = useCallback(() => {
    if (!cardId) return;
    if (historyState?.sheet) {
      window.history.back();
      return;
    }
    const next = new URLSearchParams(params);
    next.delete("card");
    setParams(next, { replace: true });
  }, [cardId, historyState, params, setParams]);

  return { view, go, cardId, openCard, closeCard };
}
