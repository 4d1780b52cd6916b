import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { useSessionStore } from "../stores/sessionStore";
import {
  type Activity,
  countContributions,
  countPresent,
  type GroupBalance,
  NO_ACTIVITY,
  noteActivity,
  roomBalance,
  totalOf,
} from "./balance";

/** Often enough for a ten-minute "quiet" to show within a minute of being true. */
const TICK_MS = 30_000;

/** The room's balance, live: presence from the session store, contributions from the board. */
export function useBalance(doc: Y.Doc): GroupBalance[] {
  const board = useBoardModel(doc);
  const participants = useSessionStore((s) => s.participants);
  // Only the parts that count: a timer tick or a lock leaves them (and the count) as they were.
  const draftCounts = useSessionStore((s) => s.session?.draftCounts);
  const votes = useSessionStore((s) => s.session?.votes);
  const scoring = useSessionStore((s) => s.session?.scoring);
  const present = useMemo(() => countPresent(participants), [participants]);
  const { cards, links } = board;
  const contributions = useMemo(
    () =>
      countContributions(
        { cards, links },
        votes && scoring ? { draftCounts: draftCounts ?? null, votes, scoring } : null,
        participants,
      ),
    [cards, links, draftCounts, votes, scoring, participants],
  );
  const totals = useMemo(() => new Map([...contributions].map(([g, c]) => [g, totalOf(c)])), [contributions]);

  const [activity, setActivity] = useState<Activity>(NO_ACTIVITY);
  useEffect(() => setActivity((prev) => noteActivity(prev, totals, present, Date.now())), [totals, present]);

  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  return useMemo(
    () => roomBalance(present, contributions, activity, Math.max(now, activity.roomAt ?? 0)),
    [present, contributions, activity, now],
  );
}
