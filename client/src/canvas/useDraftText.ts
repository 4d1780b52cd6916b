import type { DraftCard } from "@oppdag/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { request } from "../control/request";

/** How long typing may pause before the server hears of it. */
const SEND_AFTER_MS = 300;

/**
 * The text of a private draft as its author types it: shown at once, sent to the server when
 * typing pauses and when the field is left (`flush`). Used wherever a draft is written (the
 * board's draft card, the phone's card sheet).
 */
export function useDraftText(draft: DraftCard) {
  const [text, setText] = useState(draft.text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const send = useCallback((value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    void request("draft:upsert", { ...latest.current, text: value });
  }, []);

  const change = useCallback(
    (value: string) => {
      setText(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => send(value), SEND_AFTER_MS);
    },
    [send],
  );

  /** Sets the text and sends it at once (text typed before the field could take it). */
  const put = useCallback(
    (value: string) => {
      setText(value);
      send(value);
    },
    [send],
  );

  const flush = useCallback(() => send(text), [send, text]);

  return { text, change, put, flush };
}
