import { cardText, type SessionView } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useCountdown } from "../hooks/useCountdown";
import { useSessionStore } from "../stores/sessionStore";
import { type Announcement, sessionAnnouncements, timerAnnouncement } from "./announcements";

/**
 * The workshop's polite live region: what happens in the session (phases, the timer's last minute
 * and its end, reveals, follow-me, spotlight) said to screen-reader users in the UI language.
 * Mounted once with the workshop, so the region exists before anything is said into it.
 */
export function Announcer({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const { ms, active } = useCountdown();
  const [said, setSaid] = useState<{ id: number; text: string } | null>(null);
  const lastSession = useRef<SessionView | null>(null);
  const lastMs = useRef<number | null>(null);

  const say = (announcements: Announcement[]) => {
    if (announcements.length === 0) return;
    const text = announcements.map((a) => t(a.key, a.values ?? {})).join(" ");
    // A new element each time: the same words said twice (two phases of one name) are heard twice.
    setSaid((prev) => ({ id: (prev?.id ?? 0) + 1, text }));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new session view is news
  useEffect(() => {
    if (!session) return;
    const { participants, me } = useSessionStore.getState();
    say(
      sessionAnnouncements(lastSession.current, session, {
        myId: me?.id,
        nameOf: (id) => participants.find((p) => p.id === id)?.name ?? "",
        cardTextOf: (id) => cardText(doc, id)?.toString() ?? "",
      }),
    );
    lastSession.current = session;
  }, [session]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the countdown's value is the trigger
  useEffect(() => {
    const cue = timerAnnouncement(lastMs.current, ms, active);
    lastMs.current = active ? ms : null;
    if (cue) say([cue]);
  }, [ms, active]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {said && <p key={said.id}>{said.text}</p>}
    </div>
  );
}
