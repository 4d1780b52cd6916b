import { boardFromDoc, newId, selectVoteTargets, type ValidPayload } from "@oppdag/shared";
import { invalid } from "../domain/errors";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import { readWorkshopDoc } from "../sync/workshopDoc";
import type { WriteBatcher } from "../sync/writeBatcher";

export interface StartVoteDeps {
  storage: Storage;
  sessionService: SessionService;
  rooms: Rooms;
  batcher: WriteBatcher;
}

/**
 * Opens a voting round on what the board holds now: the targets are fixed when it opens, so a
 * card added later is not votable. An open round is closed first; only one runs at a time.
 */
export async function startVote(
  deps: StartVoteDeps,
  workshopId: string,
  spec: ValidPayload<"vote:start">,
): Promise<void> {
  const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
  const targetIds = selectVoteTargets(boardFromDoc(doc), spec.targets);
  if (targetIds.length === 0) throw invalid("nothing on the board matches these targets", "no_targets");
  await deps.sessionService.update(workshopId, (s) => {
    for (const r of s.votes) if (r.status === "open") r.status = "closed";
    s.votes.push({
      id: newId(),
      title: spec.title,
      status: "open",
      targetIds,
      votesPerPerson: spec.votesPerPerson,
      allowMultiplePerTarget: spec.allowMultiplePerTarget,
      anonymous: spec.anonymous,
      createdAt: Date.now(),
      ballots: {},
      groups: {},
      results: null,
    });
  });
}
