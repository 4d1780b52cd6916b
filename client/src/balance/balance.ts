import {
  ACTOR_GROUPS,
  type ActorGroup,
  type BoardModel,
  type GroupCounts,
  type ParticipantInfo,
  type SessionView,
} from "@oppdag/shared";

/**
 * The room's balance by actor group, for the facilitator: who is here and who is heard. Pure, so
 * the rules can be read and tested apart from the bar that shows them.
 */

/** What a discovery workshop is for: the quadruple helix. A missing one is worth saying. */
export const EXPECTED_GROUPS: readonly ActorGroup[] = ["industry", "research", "public", "civil"];

/** Everyone but the facilitators, who run the room rather than speak for a group. */
export const BALANCE_GROUPS: readonly ActorGroup[] = ACTOR_GROUPS.filter((g) => g !== "facilitator");

/** No contributions for this long, while others add theirs, and a present group counts as quiet. */
export const QUIET_MS = 10 * 60_000;
/** Shares say little about a room that has only just begun. */
export const MIN_FOR_SHARE = 8;
/** "Far below its share": fewer than this fraction of what its people would bring. */
export const SHARE_RATIO = 1 / 3;

export interface Contributions {
  /** Cards on the board, plus hidden drafts during a private round. */
  cards: number;
  links: number;
  /** People who have voted in the open round(s). */
  votes: number;
  /** People who have scored in the open round(s). */
  scores: number;
}

export type BalanceFlag =
  | { kind: "missing" }
  /** Present, but "share": far below its share of the room; "quiet": nothing new for a while. */
  | { kind: "silent"; reason: "share" | "quiet" };

export interface GroupBalance {
  group: ActorGroup;
  present: number;
  contributions: Contributions;
  total: number;
  flag: BalanceFlag | null;
}

/** When each group (and the room) last added something, as this screen saw it. */
export interface Activity {
  totals: Partial<Record<ActorGroup, number>>;
  present: Partial<Record<ActorGroup, number>>;
  at: Partial<Record<ActorGroup, number>>;
  roomAt: number | null;
}

export const NO_ACTIVITY: Activity = { totals: {}, present: {}, at: {}, roomAt: null };

const zero = (): Contributions => ({ cards: 0, links: 0, votes: 0, scores: 0 });
export const totalOf = (c: Contributions) => c.cards + c.links + c.votes + c.scores;

/** People here now who can contribute (participants and critical friends), per group. */
export function countPresent(participants: readonly ParticipantInfo[]): Map<ActorGroup, number> {
  const counts = new Map<ActorGroup, number>();
  for (const p of participants) {
    if (!p.online || (p.role !== "participant" && p.role !== "critic")) continue;
    counts.set(p.actorGroup, (counts.get(p.actorGroup) ?? 0) + 1);
  }
  return counts;
}

/**
 * Contributions per group: cards and links by their author's group (recorded by the server),
 * drafts by their author's, and the counts of voters and scorers the server gives facilitators.
 */
export function countContributions(
  board: Pick<BoardModel, "cards" | "links">,
  session: Pick<SessionView, "draftCounts" | "votes" | "scoring"> | null,
  participants: readonly ParticipantInfo[],
): Map<ActorGroup, Contributions> {
  const counts = new Map<ActorGroup, Contributions>();
  const of = (g: ActorGroup) => {
    const c = counts.get(g) ?? zero();
    counts.set(g, c);
    return c;
  };
  for (const card of board.cards) of(card.authorGroup).cards++;
  for (const link of board.links) of(link.authorGroup).links++;
  const groupOf = new Map(participants.map((p) => [p.id, p.actorGroup]));
  for (const [id, n] of Object.entries(session?.draftCounts ?? {})) {
    const g = groupOf.get(id);
    if (g) of(g).cards += n;
  }
  const add = (by: GroupCounts | undefined, key: "votes" | "scores") => {
    for (const [g, n] of Object.entries(by ?? {})) of(g as ActorGroup)[key] += n ?? 0;
  };
  for (const round of session?.votes ?? []) if (round.status === "open") add(round.votersByGroup, "votes");
  for (const round of session?.scoring ?? []) if (round.status === "open") add(round.scorersByGroup, "scores");
  return counts;
}

/**
 * Notes which groups added something since the last look. A group first seen, or whose first
 * person just arrived, counts as active now: a facilitator who reloads the page is not told that
 * everyone has been quiet, nor is a newcomer quiet on arrival.
 */
export function noteActivity(
  prev: Activity,
  totals: ReadonlyMap<ActorGroup, number>,
  present: ReadonlyMap<ActorGroup, number>,
  now: number,
): Activity {
  let changed = prev.roomAt === null;
  let grew = false;
  const next: Activity = {
    totals: { ...prev.totals },
    present: { ...prev.present },
    at: { ...prev.at },
    roomAt: prev.roomAt,
  };
  for (const g of BALANCE_GROUPS) {
    const total = totals.get(g) ?? 0;
    const here = present.get(g) ?? 0;
    const before = prev.totals[g];
    const hereBefore = prev.present[g] ?? 0;
    if (before === total && hereBefore === here) continue;
    changed = true;
    next.totals[g] = total;
    next.present[g] = here;
    const arrived = hereBefore === 0 && here > 0;
    if (before === undefined || total > before || arrived) next.at[g] = now;
    if (before !== undefined && total > before) grew = true;
  }
  if (grew || next.roomAt === null) next.roomAt = now;
  return changed ? next : prev;
}

/** Whether a group should be named, and why. Missing wins over silent. */
export function flagOf(
  group: ActorGroup,
  present: number,
  total: number,
  room: { present: number; total: number },
  lastAt: number | undefined,
  roomAt: number | null,
  now: number,
): BalanceFlag | null {
  if (present === 0) return EXPECTED_GROUPS.includes(group) ? { kind: "missing" } : null;
  if (room.total >= MIN_FOR_SHARE && room.present > 0) {
    const fair = (present / room.present) * room.total;
    if (total < fair * SHARE_RATIO) return { kind: "silent", reason: "share" };
  }
  // Quiet: nothing from them for a while, and the room has moved on since.
  if (lastAt !== undefined && roomAt !== null && now - lastAt >= QUIET_MS && roomAt > lastAt) {
    return { kind: "silent", reason: "quiet" };
  }
  return null;
}

/**
 * The rows the bar shows: every expected group, and any other with people or contributions, in
 * the order of `ACTOR_GROUPS`.
 */
export function roomBalance(
  present: ReadonlyMap<ActorGroup, number>,
  contributions: ReadonlyMap<ActorGroup, Contributions>,
  activity: Activity,
  now: number,
): GroupBalance[] {
  const rows = BALANCE_GROUPS.map((group) => {
    const c = contributions.get(group) ?? zero();
    return { group, present: present.get(group) ?? 0, contributions: c, total: totalOf(c) };
  });
  const room = {
    present: rows.reduce((n, r) => n + r.present, 0),
    total: rows.reduce((n, r) => n + r.total, 0),
  };
  return rows
    .filter((r) => EXPECTED_GROUPS.includes(r.group) || r.present > 0 || r.total > 0)
    .map((r) => ({
      ...r,
      flag: flagOf(r.group, r.present, r.total, room, activity.at[r.group], activity.roomAt, now),
    }));
}
