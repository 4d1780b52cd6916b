import type { Rect } from "../board/placement";
import type { ActorGroup } from "../domain";
import type { TimerState } from "./timer";

/**
 * Thematic groups: the room split into parallel groups, each with a zone of the board, its own
 * timer and a rapporteur who writes the group's summary. Pure rules; the server keeps the state.
 */

export interface ThematicGroup {
  id: string;
  name: string;
  /** The zone of the board the group works in (its cards are the ones inside it). */
  zoneId: string | null;
  rapporteurId: string | null;
  summary: string;
  timer: TimerState;
}

export interface GroupsView {
  groups: ThematicGroup[];
  /** Participant id → group id. Someone missing here is in no group yet. */
  members: Record<string, string>;
  /** setup: formed, not started; working: group work runs; plenary: back together. */
  status: "setup" | "working" | "plenary";
  /** While working, a participant may only change cards inside their group's zone. */
  restrictToZone: boolean;
  /** The group whose zone and summary the room is looking at, in plenary. */
  presentingId: string | null;
  /** Server time group work last started (null before), for "quiet since" on the overview. */
  startedAt: number | null;
  /** The facilitator's message to every group, newest only. */
  message: { text: string; at: number } | null;
}

export const NO_GROUPS: GroupsView = {
  groups: [],
  members: {},
  status: "setup",
  restrictToZone: false,
  presentingId: null,
  startedAt: null,
  message: null,
};

/** The longest summary a rapporteur may write. */
export const GroupSummaryMax = 4000;

export const GROUP_SPLITS = ["balanced", "random", "keep"] as const;
export type GroupSplit = (typeof GROUP_SPLITS)[number];

export interface Splittable {
  id: string;
  actorGroup: ActorGroup;
}

/**
 * The group a participant who joins while groups exist goes to: the smallest, and among equals the
 * one with fewest of their actor group, so the split stays balanced as the room fills. Null when
 * there are no groups.
 */
export function groupForLatecomer(
  view: Pick<GroupsView, "groups" | "members">,
  people: readonly Splittable[],
  actorGroup: ActorGroup,
): string | null {
  if (view.groups.length === 0) return null;
  const groupOfPerson = new Map(people.map((p) => [p.id, p.actorGroup]));
  const size = (id: string) => Object.values(view.members).filter((g) => g === id).length;
  const same = (id: string) =>
    Object.entries(view.members).filter(([pid, g]) => g === id && groupOfPerson.get(pid) === actorGroup).length;
  const [first] = [...view.groups].sort((a, b) => size(a.id) - size(b.id) || same(a.id) - same(b.id));
  return first?.id ?? null;
}

/**
 * Deals people into groups. Balanced: each actor group is dealt in turn, always to the group with
 * fewest people so far (then fewest of that actor group), so every group gets a mix and sizes differ
 * by at most one. Random: shuffled, then dealt round the groups.
 */
export function splitIntoGroups(
  people: readonly Splittable[],
  groupIds: readonly string[],
  how: "balanced" | "random",
  random: () => number = Math.random,
): Record<string, string> {
  const members: Record<string, string> = {};
  if (groupIds.length === 0) return members;
  if (how === "random") {
    const order = [...people];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as Splittable, order[i] as Splittable];
    }
    order.forEach((person, i) => {
      members[person.id] = groupIds[i % groupIds.length] as string;
    });
    return members;
  }
  const size = new Map(groupIds.map((id) => [id, 0]));
  const mix = new Map(groupIds.map((id) => [id, new Map<ActorGroup, number>()]));
  const byActorGroup = new Map<ActorGroup, Splittable[]>();
  for (const person of people)
    byActorGroup.set(person.actorGroup, [...(byActorGroup.get(person.actorGroup) ?? []), person]);
  // The biggest actor groups first: they decide the spread, the small ones fill the gaps.
  const actorGroups = [...byActorGroup.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [actorGroup, persons] of actorGroups) {
    for (const person of persons) {
      const target = [...groupIds].sort(
        (a, b) =>
          (size.get(a) ?? 0) - (size.get(b) ?? 0) ||
          (mix.get(a)?.get(actorGroup) ?? 0) - (mix.get(b)?.get(actorGroup) ?? 0),
      )[0] as string;
      members[person.id] = target;
      size.set(target, (size.get(target) ?? 0) + 1);
      mix.get(target)?.set(actorGroup, (mix.get(target)?.get(actorGroup) ?? 0) + 1);
    }
  }
  return members;
}

/** The group a person is in, if any. */
export function groupOf(view: GroupsView, participantId: string): ThematicGroup | undefined {
  const id = view.members[participantId];
  return id ? view.groups.find((g) => g.id === id) : undefined;
}

/** The zone a person may write in right now, or null when nothing restricts them. */
export function restrictedZone(view: GroupsView, participantId: string): string | null {
  if (view.status !== "working" || !view.restrictToZone) return null;
  return groupOf(view, participantId)?.zoneId ?? null;
}

/** A card belongs to a zone when its centre is inside it (what the list, counts and the rule use). */
export function centreInside(card: Rect, zone: Rect): boolean {
  const cx = card.x + card.w / 2;
  const cy = card.y + card.h / 2;
  return cx >= zone.x && cx <= zone.x + zone.w && cy >= zone.y && cy <= zone.y + zone.h;
}
