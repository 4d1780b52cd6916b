import type { SessionView } from "@oppdag/shared";

/** A message for the live region: an i18n key and its values, put into words when it is said. */
export interface Announcement {
  key: string;
  values?: Record<string, string | number>;
}

/** What the announcer needs to know beyond the session: who this is, and names and texts by id. */
export interface AnnouncementContext {
  myId: string | undefined;
  nameOf(participantId: string): string;
  cardTextOf(cardId: string): string;
}

/**
 * What changed in the session that a person who cannot see the screen must hear about: a new
 * phase, private writing starting or revealed, a vote starting or its results revealed, the board
 * locked or unlocked, follow-me, a spotlight. Nothing on the first view: joining is not news.
 */
export function sessionAnnouncements(
  prev: SessionView | null,
  next: SessionView,
  context: AnnouncementContext,
): Announcement[] {
  if (!prev) return [];
  const out: Announcement[] = [];
  if (next.currentPhaseId !== prev.currentPhaseId) {
    const phase = next.phases.find((p) => p.id === next.currentPhaseId);
    out.push(phase ? { key: "a11y.phaseStarted", values: { name: phase.name } } : { key: "a11y.phaseEnded" });
  }
  if (next.privateRound !== prev.privateRound)
    out.push({ key: next.privateRound ? "a11y.privateStarted" : "a11y.privateRevealed" });
  if (next.locked !== prev.locked) out.push({ key: next.locked ? "session.locked" : "a11y.unlocked" });

  const round = next.votes.at(-1);
  const before = round && prev.votes.find((r) => r.id === round.id);
  if (round?.status === "open" && !before) out.push({ key: "a11y.voteStarted" });
  if (round?.status === "revealed" && before?.status !== "revealed") out.push({ key: "a11y.voteRevealed" });

  // The leader needs no telling that they lead.
  const leader = next.follow?.facilitatorId;
  if (leader && leader !== prev.follow?.facilitatorId && leader !== context.myId)
    out.push({ key: "session.followBanner", values: { name: context.nameOf(leader) } });
  if (!leader && prev.follow && prev.follow.facilitatorId !== context.myId) out.push({ key: "a11y.followEnded" });

  if (next.spotlightCardId && next.spotlightCardId !== prev.spotlightCardId)
    out.push({ key: "a11y.spotlight", values: { text: context.cardTextOf(next.spotlightCardId) } });
  return out;
}

const ONE_MINUTE = 60_000;

/**
 * The timer's warnings, when a running countdown crosses one minute left and when it reaches
 * zero (`prevMs` is the time left at the last look; `active`, whether a timer runs or is paused). A timer that starts under a minute, or is
 * moved by hand, says nothing until it runs out.
 */
export function timerAnnouncement(prevMs: number | null, ms: number, active: boolean): Announcement | null {
  if (!active || prevMs === null) return null;
  if (prevMs > 0 && ms === 0) return { key: "session.timeUp" };
  if (prevMs > ONE_MINUTE && ms <= ONE_MINUTE && prevMs - ms < 5_000) return { key: "a11y.oneMinuteLeft" };
  return null;
}
