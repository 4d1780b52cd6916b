import { z } from "zod";
import { ACTOR_GROUPS, type ActorGroup, type Language } from "../domain";
import { Limits } from "../protocol";
import { GroupSummaryMax, type GroupsView } from "../session/groups";
import { IDLE_TIMER } from "../session/timer";
import type { ExportLabels } from "./labels";

/**
 * Thematic groups as the exports carry them: each group with its members already looked up (name
 * and actor group), so the JSON says who was in it and the report needs no participant ids.
 */

const GroupMemberJson = z.object({
  id: z.string().min(1).max(64),
  /** Empty when the viewer may not see names (an anonymous workshop). */
  name: z.string().max(60),
  actorGroup: z.enum(ACTOR_GROUPS),
});

const GroupJson = z.object({
  id: z.string().min(1).max(40),
  name: z.string().max(Limits.titleLength),
  zoneId: z.string().max(64).nullable(),
  rapporteurId: z.string().max(64).nullable(),
  summary: z.string().max(GroupSummaryMax),
  members: z.array(GroupMemberJson),
});

/** The groups of a workshop, in the JSON export (exports before groups have none). */
export const GroupsJson = z.object({
  status: z.enum(["setup", "working", "plenary"]),
  groups: z.array(GroupJson).max(20),
});
export type GroupsJson = z.infer<typeof GroupsJson>;

/**
 * The session's groups with their members looked up among the people still in the workshop
 * (someone removed is in no group any more); undefined when there are no groups.
 */
export function groupsForExport(
  view: GroupsView,
  people: ReadonlyArray<{ id: string; name: string; actorGroup: ActorGroup }>,
  hideNames: boolean,
): GroupsJson | undefined {
  if (view.groups.length === 0) return undefined;
  return {
    status: view.status,
    groups: view.groups.map((g) => {
      const members = people
        .filter((p) => view.members[p.id] === g.id)
        .map((p) => ({ id: p.id, name: hideNames ? "" : p.name, actorGroup: p.actorGroup }));
      // A rapporteur is one of the members (who may since have been removed).
      const rapporteurId = members.some((m) => m.id === g.rapporteurId) ? g.rapporteurId : null;
      return { id: g.id, name: g.name, zoneId: g.zoneId, rapporteurId, summary: g.summary, members };
    }),
  };
}

/**
 * The groups an import brings back: names, zones, summaries, rapporteurs and who was in which.
 * Timers are idle and nothing is presented: no group's time runs in a workshop nobody has opened.
 */
export function groupsFromJson(data: GroupsJson | undefined): GroupsView {
  const groups = data?.groups ?? [];
  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      zoneId: g.zoneId,
      rapporteurId: g.rapporteurId,
      summary: g.summary,
      timer: IDLE_TIMER,
    })),
    members: Object.fromEntries(groups.flatMap((g) => g.members.map((m) => [m.id, g.id]))),
    status: data?.status ?? "setup",
    restrictToZone: false,
    presentingId: null,
    startedAt: null,
    message: null,
  };
}

/** A thematic group as the document exports show it. */
export interface ReportGroup {
  name: string;
  /** The zone's title; null when the group has none (or its zone is gone). */
  zone: string | null;
  memberCount: number;
  /** Members by actor group, names sorted; no names in an anonymous workshop, counts only. */
  members: Array<{ group: string; count: number; names: string[] }>;
  /** The rapporteur's name, or their actor group in an anonymous workshop; null when none. */
  rapporteur: string | null;
  summary: string;
}

/** The groups for the report: zones by title, members by actor group, in the workshop's language. */
export function reportGroups(
  data: GroupsJson | undefined,
  zones: ReadonlyArray<{ id: string; title: string }>,
  labels: ExportLabels,
  options: { anonymous: boolean; language: Language },
): ReportGroup[] {
  const zoneTitle = new Map(zones.map((z) => [z.id, z.title.trim() || labels.untitled]));
  return (data?.groups ?? []).map((g) => {
    const members = ACTOR_GROUPS.flatMap((actorGroup) => {
      const names = g.members.filter((m) => m.actorGroup === actorGroup).map((m) => m.name);
      if (names.length === 0) return [];
      const shown = options.anonymous ? [] : names.sort((a, b) => a.localeCompare(b, options.language));
      return [{ group: labels.groups[actorGroup], count: names.length, names: shown }];
    });
    const rapporteur = g.members.find((m) => m.id === g.rapporteurId);
    return {
      name: g.name.trim() || labels.untitled,
      zone: g.zoneId ? (zoneTitle.get(g.zoneId) ?? null) : null,
      memberCount: g.members.length,
      members,
      rapporteur: rapporteur
        ? options.anonymous || !rapporteur.name.trim()
          ? labels.groups[rapporteur.actorGroup]
          : rapporteur.name
        : null,
      summary: g.summary.trim(),
    };
  });
}

/** "Industry (2): Kari Nordmann, Jonas Eriksen; Research and education (1): Ole Åsheim". */
export function groupMembersInWords(group: ReportGroup): string {
  return group.members
    .map((m) => `${m.group} (${m.count})${m.names.length > 0 ? `: ${m.names.join(", ")}` : ""}`)
    .join("; ");
}
