import { addCard } from "@oppdag/shared";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";

export interface RevealDraftsDeps {
  storage: Storage;
  sessionService: SessionService;
  rooms: Rooms;
}

/**
 * Ends a private round: every draft becomes a card on the board, written through the room's
 * durable path, and only once that is durable are the drafts cleared. Draft ids become card ids,
 * so a reveal repeated after a crash overwrites instead of duplicating.
 */
export async function revealDrafts(deps: RevealDraftsDeps, workshopId: string): Promise<void> {
  await deps.sessionService.update(workshopId, async (s) => {
    const drafts = s.drafts;
    const authors = await deps.storage.listParticipants(workshopId);
    const groupOf = new Map(authors.map((p) => [p.id, p.actorGroup]));
    const room = deps.rooms.open(workshopId);
    await room.ready;
    room.transactAsServer((doc) => {
      for (const [authorId, cards] of Object.entries(drafts)) {
        for (const d of cards) {
          addCard(
            doc,
            { kind: d.kind, text: d.text, x: d.x, y: d.y },
            { id: authorId, group: groupOf.get(authorId) ?? "external" },
            d.id,
          );
        }
      }
    });
    await new Promise<void>((resolve) => room.whenDurable(resolve));
    deps.rooms.releaseIfEmpty(room);
    s.drafts = {};
    s.privateRound = false;
  });
}
