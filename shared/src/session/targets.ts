import type { BoardModel } from "../board/model";
import type { VoteTargetSpec } from "./phaseSpecs";

/**
 * What a voting round votes on: cards of the chosen kinds (only those inside the zone, if one is
 * given), plus every link if links are chosen. Fixed when the round starts.
 */
export function selectVoteTargets(board: BoardModel, spec: VoteTargetSpec): string[] {
  const zone = spec.zoneId ? board.zones.find((z) => z.id === spec.zoneId) : undefined;
  const cards = board.cards.filter((c) => {
    if (spec.kinds.length > 0 && !spec.kinds.includes(c.kind)) return false;
    if (spec.zoneId) {
      if (!zone) return false;
      const cx = c.x + c.w / 2;
      const cy = c.y + c.h / 2;
      return cx >= zone.x && cx <= zone.x + zone.w && cy >= zone.y && cy <= zone.y + zone.h;
    }
    return spec.kinds.length > 0;
  });
  return [...cards.map((c) => c.id), ...(spec.links ? board.links.map((l) => l.id) : [])];
}
