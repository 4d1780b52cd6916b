import type { ParticipantInfo } from "@oppdag/shared";
import { presentParticipantList } from "../presenters/participantList";
import type { Presence } from "../session/presence";
import type { SessionService } from "../session/service";
import type { ParticipantRow, Storage } from "../storage/types";

export interface ParticipantListDeps {
  storage: Storage;
  sessionService: SessionService;
  presence: Presence;
}

/** Everyone in the workshop with their online state, as this viewer may see them. */
export async function listParticipants(deps: ParticipantListDeps, viewer: ParticipantRow): Promise<ParticipantInfo[]> {
  const workshopId = viewer.workshopId;
  const [rows, state] = await Promise.all([
    deps.storage.listParticipants(workshopId),
    deps.sessionService.get(workshopId),
  ]);
  return presentParticipantList(rows, {
    anonymous: state.anonymous,
    viewer,
    isOnline: (id) => deps.presence.isOnline(workshopId, id),
  });
}
