import type { DraftCard } from "@oppdag/shared";
import { conflict, limitReached } from "../../domain/errors";
import type { SessionService } from "../service";

const MAX_DRAFTS_PER_PERSON = 200;

/**
 * Starts a private writing round: from now on a participant's new cards are drafts, kept here
 * and seen only by their author, and the sync channel refuses new public cards from them.
 * Ending it is `revealDrafts` (commands/), which writes the drafts into the document.
 */
export async function startPrivateRound(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.privateRound = true;
  });
}

/** Adds or replaces one of the author's drafts (the id is theirs, and becomes the card's id). */
export async function upsertDraft(
  service: SessionService,
  workshopId: string,
  authorId: string,
  draft: DraftCard,
): Promise<void> {
  await service.update(workshopId, (s) => {
    if (!s.privateRound) throw conflict("there is no private round now");
    const mine = s.drafts[authorId] ?? [];
    const index = mine.findIndex((d) => d.id === draft.id);
    if (index === -1 && mine.length >= MAX_DRAFTS_PER_PERSON) throw limitReached("too many private cards");
    if (index === -1) mine.push(draft);
    else mine[index] = draft;
    s.drafts[authorId] = mine;
  });
}

export async function deleteDraft(
  service: SessionService,
  workshopId: string,
  authorId: string,
  draftId: string,
): Promise<void> {
  await service.update(workshopId, (s) => {
    s.drafts[authorId] = (s.drafts[authorId] ?? []).filter((d) => d.id !== draftId);
  });
}
