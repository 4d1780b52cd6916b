import type { ParticipantInfo } from "@oppdag/shared";
import type { ParticipantRow } from "../storage/types";

export function presentParticipant(p: ParticipantRow, online: boolean): ParticipantInfo {
  return { id: p.id, name: p.name, actorGroup: p.actorGroup, role: p.role, organisation: p.organisation, online };
}
