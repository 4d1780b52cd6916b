import {
  type Author,
  addCard,
  addLink,
  addZone,
  type BoardModel,
  type BoardRights,
  CARD_SIZE,
  type CardColor,
  type CardKind,
  type DraftCard,
  deleteCards,
  deleteLinks,
  deleteZones,
  findFreeSpot,
  Limits,
  newId,
  type Rect,
} from "@oppdag/shared";
import type * as Y from "yjs";
import type { BoardClipboard } from "../stores/uiStore";
import { draftNodeId, type Point } from "./boardProjection";

/** How far a paste lands from what was copied, so the copies are seen as copies. */
export const PASTE_OFFSET = 32;

/**
 * Board operations on the document. Each one is a single Yjs transaction, so it syncs as one
 * update and undoes as one step. Cards are added only through `addCards` below, which decides
 * whether they may reach the document at all.
 */
export const boardActions = {
  addZone(doc: Y.Doc, title: string, center: { x: number; y: number }): string {
    return addZone(doc, { title, x: Math.round(center.x - 240), y: Math.round(center.y - 180) });
  },

  deleteSelection(doc: Y.Doc, model: BoardModel, ids: Set<string>): void {
    doc.transact(() => {
      deleteCards(
        doc,
        model.cards.filter((c) => ids.has(c.id)).map((c) => c.id),
      );
      deleteZones(
        doc,
        model.zones.filter((z) => ids.has(z.id)).map((z) => z.id),
      );
      deleteLinks(
        doc,
        model.links.filter((l) => ids.has(l.id)).map((l) => l.id),
      );
    });
  },

  copy(model: BoardModel, ids: Set<string>): BoardClipboard | null {
    const cards = model.cards.filter((c) => ids.has(c.id));
    if (cards.length === 0) return null;
    const inside = new Set(cards.map((c) => c.id));
    return {
      cards: cards.map(({ id, kind, text, x, y, w, h, color }) => ({ id, kind, text, x, y, w, h, color })),
      links: model.links
        .filter((l) => inside.has(l.source) && inside.has(l.target))
        .map(({ source, target, label }) => ({ source, target, label })),
    };
  },
};

/** What a gesture asks to add: one empty card near a point (toolbar, double-click), or copies (paste, duplicate). */
export type NewCards =
  | { type: "card"; kind: CardKind; near: Point }
  | { type: "copies"; clip: BoardClipboard; offset?: number };

/** Everything `addCards` needs to know where new cards go. */
export interface CardDestination {
  rights: BoardRights;
  doc: Y.Doc;
  model: BoardModel;
  author: Author;
  /** This person's drafts, so a new draft finds a spot free of them too. */
  drafts: readonly DraftCard[];
  step<T>(change: () => T): T;
  /** Asks the server to keep a draft (`draft:upsert`). */
  sendDraft(draft: DraftCard): void;
}

export interface AddedCards {
  where: BoardRights["newCards"];
  /** The node ids of what was added (cards or drafts), to select. */
  nodeIds: string[];
}

/**
 * The one way cards are added, whatever the gesture: where they go is decided by the shared
 * `boardRights` rule. Public: into the document, as one undo step. Private (a participant in a
 * private round): drafts only the server and their author see, so nothing reaches the shared
 * document before the reveal. None: nothing.
 */
export function addCards(to: CardDestination, request: NewCards): AddedCards {
  switch (to.rights.newCards) {
    case "none":
      return { where: "none", nodeIds: [] };
    case "private": {
      const occupied = [...to.model.cards, ...to.drafts.map(draftRect)];
      const drafts = draftsFor(request, occupied);
      for (const draft of drafts) to.sendDraft(draft);
      return { where: "private", nodeIds: drafts.map((d) => draftNodeId(d.id)) };
    }
    case "public": {
      const ids = to.step(() =>
        request.type === "card"
          ? [addCardNear(to.doc, to.model, to.author, request.kind, request.near)]
          : pasteCopies(to.doc, to.author, request.clip, request.offset ?? PASTE_OFFSET),
      );
      return { where: "public", nodeIds: ids };
    }
  }
}

/**
 * The drafts a request becomes in a private round. Copies keep their text and kind; links between
 * them are left out, since a draft cannot be linked before it is revealed.
 */
function draftsFor(request: NewCards, occupied: readonly Rect[]): DraftCard[] {
  if (request.type === "card") {
    const spot = findFreeSpot(occupied, request.near, CARD_SIZE.w, CARD_SIZE.h);
    return [{ id: newId(), kind: request.kind, text: "", ...spot }];
  }
  const by = request.offset ?? PASTE_OFFSET;
  return request.clip.cards.map((card) => ({
    id: newId(),
    kind: card.kind,
    // A draft is held to the card limit (the document is not, being written by any client).
    text: card.text.slice(0, Limits.cardTextLength),
    x: card.x + by,
    y: card.y + by,
  }));
}

/** Adds a card at the free spot nearest to `center`, so cards from many people never pile up. */
function addCardNear(doc: Y.Doc, model: BoardModel, author: Author, kind: CardKind, center: Point): string {
  const spot = findFreeSpot(model.cards, center, CARD_SIZE.w, CARD_SIZE.h);
  return addCard(doc, { kind, ...spot }, author);
}

/** Pastes copies offset from the originals, with links between them; returns the new ids. */
function pasteCopies(doc: Y.Doc, author: Author, clip: BoardClipboard, offset: number): string[] {
  const ids = new Map<string, string>();
  doc.transact(() => {
    for (const card of clip.cards) {
      const id = newId();
      ids.set(card.id, id);
      addCard(
        doc,
        {
          kind: card.kind,
          text: card.text,
          x: card.x + offset,
          y: card.y + offset,
          w: card.w,
          h: card.h,
          color: card.color as CardColor,
        },
        author,
        id,
      );
    }
    for (const link of clip.links) {
      const s = ids.get(link.source);
      const t = ids.get(link.target);
      if (s && t) addLink(doc, s, t, author, link.label);
    }
  });
  return [...ids.values()];
}

function draftRect(draft: DraftCard): Rect {
  return { x: draft.x, y: draft.y, w: CARD_SIZE.w, h: CARD_SIZE.h };
}
