import type { DraftCard, Role } from "@oppdag/shared";
import { conflict, forbidden, limitReached } from "../../domain/errors";
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

/**
 * Adds or replaces one of the author's drafts (the id is theirs, and becomes the card's id). In a
 * critique phase a participant's drafts are challenges only, as their public cards are: the reveal
 * must not publish what the sync channel would have refused.
 */
export async function upsertDraft(
  service: SessionService,
  workshopId: string,
  author: { id: string; role: Role },
  draft: DraftCard,
): Promise<void> {
  const authorId = author.id;
  await service.update(workshopId, (s) => {
    if (!s.privateRound) throw conflict("there is no private round now");
    if (s.critique && author.role === "participant" && draft.kind !== "challenge") {
      throw forbidden("only challenges can be added in the critique phase");
    }
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
