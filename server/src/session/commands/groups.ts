import {
  extendTimer,
  type GroupsView,
  IDLE_TIMER,
  newId,
  splitIntoGroups,
  startTimer,
  type ThematicGroup,
  type ValidPayload,
} from "@oppdag/shared";
import { conflict, forbidden, invalid, notFound } from "../../domain/errors";
import type { ParticipantRow, Storage } from "../../storage/types";
import type { SessionService } from "../service";

// Thematic groups (shared/src/session/groups.ts). Nothing in them is secret: everyone sees who is
// in which group, each group's timer and summary. The zone rule is enforced on the sync channel
// (SessionService.rightsOf, sync/zoneRule.ts).

function findGroup(groups: GroupsView, groupId: string): ThematicGroup {
  const group = groups.groups.find((g) => g.id === groupId);
  if (!group) throw notFound("group");
  return group;
}

/**
 * Forms the groups, replacing any before. Groups that keep their id keep their summary and
 * rapporteur. Participants (not facilitators or observers) are dealt balanced by actor group, at
 * random, or kept where they were ("keep": anyone whose group is gone is left unplaced).
 */
export async function setupGroups(
  deps: { storage: Storage; sessionService: SessionService },
  workshopId: string,
  spec: ValidPayload<"groups:setup">,
): Promise<void> {
  const people = (await deps.storage.listParticipants(workshopId)).filter(
    (p: ParticipantRow) => p.role === "participant" && !p.removedAt,
  );
  await deps.sessionService.update(workshopId, (s) => {
    const before = new Map(s.groups.groups.map((g) => [g.id, g]));
    const groups: ThematicGroup[] = spec.groups.map((g) => {
      const kept = g.id ? before.get(g.id) : undefined;
      return {
        id: kept?.id ?? newId(),
        name: g.name,
        zoneId: g.zoneId,
        rapporteurId: kept?.rapporteurId ?? null,
        summary: kept?.summary ?? "",
        timer: IDLE_TIMER,
      };
    });
    const ids = groups.map((g) => g.id);
    let members: Record<string, string>;
    if (spec.split === "keep") {
      const alive = new Set(ids);
      members = Object.fromEntries(Object.entries(s.groups.members).filter(([, gid]) => alive.has(gid)));
    } else {
      members = splitIntoGroups(people, ids, spec.split);
    }
    for (const g of groups) if (g.rapporteurId && members[g.rapporteurId] !== g.id) g.rapporteurId = null;
    s.groups = { ...s.groups, groups, members, status: "setup", presentingId: null };
  });
}

/** Group work begins: every group's timer starts at once. */
export async function startGroupWork(
  service: SessionService,
  workshopId: string,
  spec: { durationSec: number; restrictToZone?: boolean },
): Promise<void> {
  await service.update(workshopId, (s) => {
    if (s.groups.groups.length === 0) throw conflict("form the groups first");
    const now = Date.now();
    for (const g of s.groups.groups)
      g.timer = spec.durationSec > 0 ? startTimer(spec.durationSec * 1000, now) : IDLE_TIMER;
    s.groups.status = "working";
    s.groups.restrictToZone = spec.restrictToZone ?? false;
    s.groups.presentingId = null;
    s.groups.startedAt = now;
  });
}

/** Back to plenary: the groups stay (with their summaries) for presenting; the zone rule ends. */
export async function endGroupWork(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    if (s.groups.groups.length === 0) return;
    for (const g of s.groups.groups) g.timer = IDLE_TIMER;
    s.groups.status = "plenary";
  });
}

export async function clearGroups(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.groups = { ...s.groups, groups: [], members: {}, status: "setup", presentingId: null, restrictToZone: false };
  });
}

/** Moves a person to another group (or out of all), at once, also while the groups work. */
export async function moveToGroup(
  service: SessionService,
  workshopId: string,
  participantId: string,
  groupId: string | null,
): Promise<void> {
  await service.update(workshopId, (s) => {
    if (groupId) findGroup(s.groups, groupId);
    const from = s.groups.members[participantId];
    if (groupId) s.groups.members[participantId] = groupId;
    else delete s.groups.members[participantId];
    const left = s.groups.groups.find((g) => g.id === from && from !== groupId);
    if (left?.rapporteurId === participantId) left.rapporteurId = null;
  });
}

/** The group's rapporteur must be one of its members. */
export async function setRapporteur(
  service: SessionService,
  workshopId: string,
  groupId: string,
  participantId: string | null,
): Promise<void> {
  await service.update(workshopId, (s) => {
    const group = findGroup(s.groups, groupId);
    if (participantId && s.groups.members[participantId] !== groupId)
      throw invalid("the rapporteur must be in the group");
    group.rapporteurId = participantId;
  });
}

/** More (or less) time for one group, or for all of them. */
export async function extendGroupTimer(
  service: SessionService,
  workshopId: string,
  groupId: string | null,
  seconds: number,
): Promise<void> {
  await service.update(workshopId, (s) => {
    const now = Date.now();
    const groups = groupId ? [findGroup(s.groups, groupId)] : s.groups.groups;
    for (const g of groups) g.timer = extendTimer(g.timer, seconds * 1000, now);
  });
}

/**
 * The group's summary: written by its rapporteur, or by any member while it has none, or by a
 * facilitator.
 */
export async function writeSummary(
  service: SessionService,
  workshopId: string,
  writer: { id: string; role: string },
  groupId: string,
  text: string,
): Promise<void> {
  await service.update(workshopId, (s) => {
    const group = findGroup(s.groups, groupId);
    const allowed =
      writer.role === "facilitator" ||
      group.rapporteurId === writer.id ||
      (group.rapporteurId === null && s.groups.members[writer.id] === groupId);
    if (!allowed) throw forbidden("only the group's rapporteur writes its summary");
    group.summary = text;
  });
}

/** The group the room is looking at in plenary; the facilitator's follow-me does the moving. */
export async function presentGroup(service: SessionService, workshopId: string, groupId: string | null): Promise<void> {
  await service.update(workshopId, (s) => {
    if (groupId) findGroup(s.groups, groupId);
    s.groups.presentingId = groupId;
  });
}

/** A message to every group at once (null takes it down). */
export async function messageGroups(service: SessionService, workshopId: string, text: string | null): Promise<void> {
  await service.update(workshopId, (s) => {
    s.groups.message = text ? { text, at: Date.now() } : null;
  });
}
