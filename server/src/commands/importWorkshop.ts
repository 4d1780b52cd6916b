import {
  type CreateWorkshopResult,
  groupsFromJson,
  importWorkshopDoc,
  newId,
  tally,
  type WorkshopJson,
} from "@oppdag/shared";
import * as Y from "yjs";
import { limitReached } from "../domain/errors";
import { initialSessionState } from "../session/state";
import type { Storage } from "../storage/types";
import { createWorkshop } from "./createWorkshop";

/**
 * Creates a new workshop from a JSON export: the board, notes and action items keep their ids (so
 * provenance still points at the right cards), voting results come back as revealed rounds, and
 * thematic groups with their names, zones and summaries. Nobody comes along (an export holds no
 * tokens), so the groups' members and rapporteurs are ids of people not in the new workshop: the
 * exports and the groups dialog list only people who are, unless a caller adds them with those ids
 * (the example workshop does).
 */
export async function importWorkshop(
  storage: Storage,
  data: WorkshopJson,
  limits: { maxCardsPerBoard: number },
): Promise<CreateWorkshopResult> {
  // The same limit the sync channel holds a board to, checked before anything is created.
  if (data.board.cards.length > limits.maxCardsPerBoard) {
    throw limitReached(
      `the export holds ${data.board.cards.length} cards; a board holds at most ${limits.maxCardsPerBoard}`,
      "too_many",
    );
  }
  const created = await createWorkshop(storage, {
    title: data.workshop.title,
    region: data.workshop.region ?? undefined,
    language: data.workshop.language,
  });
  const doc = new Y.Doc();
  importWorkshopDoc(doc, data);
  await storage.appendUpdates([{ workshopId: created.workshop.id, update: Y.encodeStateAsUpdate(doc) }]);
  const session = initialSessionState();
  session.votes = data.votes.map((round) => ({
    id: newId(),
    title: round.title,
    status: "revealed",
    targetIds: round.targetIds,
    votesPerPerson: round.votesPerPerson,
    allowMultiplePerTarget: round.allowMultiplePerTarget,
    anonymous: true,
    createdAt: round.createdAt,
    ballots: {},
    results: round.results.length > 0 ? round.results : tally(round.targetIds, {}, false),
  }));
  // Revealed scoring rounds come back with their results only: nobody's scores were exported.
  session.scoring = (data.scoring ?? []).map((round) => ({
    id: newId(),
    title: round.title,
    status: "revealed",
    targetIds: round.targetIds,
    criteria: round.criteria,
    createdAt: round.createdAt,
    sheets: {},
    groups: {},
    results: round.results,
  }));
  session.groups = groupsFromJson(data.groups);
  await storage.saveSessionState(created.workshop.id, session);
  return created;
}
