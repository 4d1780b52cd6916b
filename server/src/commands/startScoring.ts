import {
  boardFromDoc,
  newId,
  readActionItems,
  SCORING_LIMITS,
  selectScoreTargets,
  type ValidPayload,
} from "@oppdag/shared";
import { invalid, limitReached } from "../domain/errors";
import { readWorkshopDoc } from "../sync/workshopDoc";
import type { StartVoteDeps } from "./startVote";

/**
 * Opens a scoring round on what the board and the plan hold now (fixed when it opens, as a vote's
 * targets are). An open scoring round is closed first; one runs at a time, beside any vote.
 */
export async function startScoring(
  deps: StartVoteDeps,
  workshopId: string,
  spec: ValidPayload<"score:start">,
): Promise<void> {
  const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
  const itemIds = readActionItems(doc).map((item) => item.id);
  const targetIds = selectScoreTargets(boardFromDoc(doc), itemIds, spec.targets);
  if (targetIds.length === 0) throw invalid("nothing on the board matches these targets", "no_targets");
  if (targetIds.length > SCORING_LIMITS.targets) {
    throw limitReached(`a scoring round takes at most ${SCORING_LIMITS.targets} targets`);
  }
  await deps.sessionService.update(workshopId, (s) => {
    for (const r of s.scoring) if (r.status === "open") r.status = "closed";
    s.scoring.push({
      id: newId(),
      title: spec.title,
      status: "open",
      targetIds,
      criteria: spec.criteria.map((c, i) => ({ id: `c${i + 1}`, name: c.name })),
      createdAt: Date.now(),
      sheets: {},
      groups: {},
      results: null,
    });
  });
}
