import { addCard, boardFromDoc, revealArrangement, updateZone } from "@oppdag/shared";
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
 * so a reveal repeated after a crash overwrites instead of duplicating. The drafts are laid out
 * readably (`revealArrangement`): in rows inside the zone they were written in, or as one grid
 * grouped by author, never over another card or each other, though each person placed theirs
 * seeing only their own.
 */
export async function revealDrafts(deps: RevealDraftsDeps, workshopId: string): Promise<void> {
  await deps.sessionService.update(workshopId, async (s) => {
    const drafts = s.drafts;
    const authors = await deps.storage.listParticipants(workshopId);
    const groupOf = new Map(authors.map((p) => [p.id, p.actorGroup]));
    const room = deps.rooms.open(workshopId);
    await room.ready;
    room.transactAsServer((doc) => {
      const all = Object.entries(drafts).flatMap(([authorId, cards]) => cards.map((d) => ({ ...d, authorId })));
      const layout = revealArrangement(boardFromDoc(doc), all);
      for (const [id, size] of layout.zones) updateZone(doc, id, size);
      for (const [authorId, cards] of Object.entries(drafts)) {
        for (const d of cards) {
          const at = layout.cards.get(d.id) ?? d;
          addCard(
            doc,
            { kind: d.kind, text: d.text, x: at.x, y: at.y },
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
