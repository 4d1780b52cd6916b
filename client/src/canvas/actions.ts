import {
  type Author,
  addCard,
  addLink,
  addZone,
  type BoardModel,
  type BoardRights,
  boundsOf,
  CARD_SIZE,
  type CardColor,
  type CardKind,
  cardRect,
  DEFAULT_CARD_COLOR,
  type DraftCard,
  deleteCards,
  deleteLinks,
  deleteZones,
  findFreeSpot,
  Limits,
  newId,
  type Rect,
  rectInside,
  rectsOverlap,
  tidyArrangement,
  updateCard,
  updateZone,
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

  /**
   * Lays the selected zones' cards in rows inside them, and the other selected cards in a block,
   * in one transaction (one undo step). Returns how many cards moved.
   */
  tidy(doc: Y.Doc, model: BoardModel, ids: ReadonlySet<string>): number {
    const arrangement = tidyArrangement(model, ids);
    doc.transact(() => {
      for (const [id, size] of arrangement.zones) updateZone(doc, id, size);
      for (const [id, spot] of arrangement.cards) updateCard(doc, id, spot);
    });
    return arrangement.cards.size;
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
  | {
      type: "card";
      kind: CardKind;
      near: Point;
      /** A challenge's target (board/challenges.ts). */
      attachedTo?: string;
    }
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
  /** The part of the board this person sees: new cards go there when there is room. */
  within?: Rect;
}

export interface AddedCards {
  where: BoardRights["newCards"];
  /** The node ids of what was added (cards or drafts), to select. */
  nodeIds: string[];
  /** Where they went, to bring into view. */
  rects: Rect[];
  /** What copies were made from, when it was in view: best kept in view beside them. */
  originals?: Rect;
  /** In a private round, the drafts themselves (the server's state has them a round trip later). */
  drafts?: DraftCard[];
}

/** A new card or copy, and where it goes. */
type Placed<T> = T & { x: number; y: number };

/**
 * The one way cards are added, whatever the gesture: where they go is decided by the shared
 * `boardRights` rule. Public: into the document, as one undo step. Private (a participant in a
 * private round): drafts only the server and their author see, so nothing reaches the shared
 * document before the reveal. None: nothing.
 */
export function addCards(to: CardDestination, asked: NewCards): AddedCards {
  // During the critique, and for a critical friend, every new card is a challenge (the server
  // refuses any other), whichever button, key or paste asked for it.
  const request = to.rights.kinds === "challenges" ? asChallenges(asked, !to.rights.ownCardsOnly) : asked;
  switch (to.rights.newCards) {
    case "none":
      return { where: "none", nodeIds: [], rects: [] };
    case "private": {
      const occupied = [...to.model.cards.map(cardRect), ...to.drafts.map(draftRect)];
      const drafts = draftsFor(request, occupied, to.within);
      for (const draft of drafts) to.sendDraft(draft);
      return {
        where: "private",
        nodeIds: drafts.map((d) => draftNodeId(d.id)),
        rects: drafts.map(draftRect),
        drafts,
      };
    }
    case "public": {
      const occupied = to.model.cards.map(cardRect);
      if (request.type === "card") {
        const added = to.step(() =>
          addCardNear(to.doc, occupied, to.author, request.kind, request.near, to.within, request.attachedTo),
        );
        return { where: "public", nodeIds: [added.id], rects: [added.rect] };
      }
      const placed = placeCopies(request, occupied, to.within);
      const added = to.step(() => pasteCopies(to.doc, to.author, placed.cards, request.clip.links));
      return {
        where: "public",
        nodeIds: added.map((a) => a.id),
        rects: added.map((a) => a.rect),
        originals: placed.originals,
      };
    }
  }
}

/** Room between copies and what they were copied from, when they go beside it. */
const BESIDE_GAP = 32;

interface PlacedCopies {
  cards: Array<Placed<BoardClipboard["cards"][number]>>;
  /** What was copied, when it is in view: the view should keep it there beside the copies. */
  originals?: Rect;
}

/**
 * Where copies go: offset from what was copied, so they are seen as copies; where that would
 * cover a card, right beside the originals (right, below, left, above), keeping their layout, on
 * a side where the view can show both; when the originals are out of sight, at the free spot
 * nearest to the middle of the view. Copies never cover a card.
 */
function placeCopies(
  request: Extract<NewCards, { type: "copies" }>,
  occupied: readonly Rect[],
  within?: Rect,
): PlacedCopies {
  const from = boundsOf(request.clip.cards.map(cardRect));
  if (!from) return { cards: [] };
  const by = request.offset ?? PASTE_OFFSET;
  const shifted = (dx: number, dy: number) => ({ ...from, x: from.x + dx, y: from.y + dy });
  const free = (r: Rect) =>
    request.clip.cards.every((c) => {
      const card = cardRect({ ...c, x: c.x + r.x - from.x, y: c.y + r.y - from.y });
      return !occupied.some((o) => rectsOverlap(card, o, BESIDE_GAP / 2));
    });
  const seen = !within || rectInside(from, within);
  const candidates = [
    shifted(by, by),
    shifted(from.w + BESIDE_GAP, 0),
    shifted(0, from.h + BESIDE_GAP),
    shifted(-from.w - BESIDE_GAP, 0),
    shifted(0, -from.h - BESIDE_GAP),
  ].filter(free);
  // Beside the originals where the view can show both (it pans if need be), right or below first.
  const showable = (r: Rect) => {
    const both = boundsOf([r, from]) as Rect;
    return !within || (both.w <= within.w && both.h <= within.h);
  };
  let spot = seen ? (candidates.find(showable) ?? candidates[0]) : undefined;
  if (!spot) {
    const center = within ? { x: within.x + within.w / 2, y: within.y + within.h / 2 } : { x: from.x, y: from.y };
    spot = { ...from, ...findFreeSpot(occupied, center, from.w, from.h, { within }) };
  }
  const { x, y } = spot;
  return {
    cards: request.clip.cards.map((card) => ({ ...card, x: card.x + x - from.x, y: card.y + y - from.y })),
    originals: seen ? from : undefined,
  };
}

/**
 * The drafts a request becomes in a private round. Copies keep their text and kind; links between
 * them are left out, since a draft cannot be linked before it is revealed.
 */
function draftsFor(request: NewCards, occupied: readonly Rect[], within?: Rect): DraftCard[] {
  if (request.type === "card") {
    const spot = findFreeSpot(occupied, request.near, CARD_SIZE.w, CARD_SIZE.h, { within });
    return [{ id: newId(), kind: request.kind, text: "", ...spot }];
  }
  // A draft has the default size, so its copy is placed as one.
  const copies = {
    ...request,
    clip: { ...request.clip, cards: request.clip.cards.map((c) => ({ ...c, ...CARD_SIZE })) },
  };
  return placeCopies(copies, occupied, within).cards.map((card) => ({
    id: newId(),
    kind: card.kind,
    // A draft is held to the card limit (the document is not, being written by any client).
    text: card.text.slice(0, Limits.cardTextLength),
    x: card.x,
    y: card.y,
  }));
}

interface AddedCard {
  id: string;
  rect: Rect;
}

/** Adds a card at the free spot nearest to `center`, so cards from many people never pile up. */
function addCardNear(
  doc: Y.Doc,
  occupied: readonly Rect[],
  author: Author,
  kind: CardKind,
  center: Point,
  within?: Rect,
  attachedTo?: string,
): AddedCard {
  const spot = findFreeSpot(occupied, center, CARD_SIZE.w, CARD_SIZE.h, { within });
  return { id: addCard(doc, { kind, ...spot, attachedTo }, author), rect: { ...spot, ...CARD_SIZE } };
}

/** The same request with every new card a challenge (and no links, for one who may not link). */
function asChallenges(request: NewCards, mayLink: boolean): NewCards {
  if (request.type === "card") return { ...request, kind: "challenge" };
  return {
    ...request,
    clip: {
      links: mayLink ? request.clip.links : [],
      cards: request.clip.cards.map((c) => ({ ...c, kind: "challenge", color: DEFAULT_CARD_COLOR.challenge })),
    },
  };
}

/** Pastes placed copies, with the links between them; returns the new cards. */
function pasteCopies(
  doc: Y.Doc,
  author: Author,
  cards: ReadonlyArray<Placed<BoardClipboard["cards"][number]>>,
  links: BoardClipboard["links"],
): AddedCard[] {
  const ids = new Map<string, string>();
  const added: AddedCard[] = [];
  doc.transact(() => {
    for (const card of cards) {
      const id = newId();
      ids.set(card.id, id);
      addCard(
        doc,
        {
          kind: card.kind,
          text: card.text,
          x: card.x,
          y: card.y,
          w: card.w,
          h: card.h,
          color: card.color as CardColor,
        },
        author,
        id,
      );
      added.push({ id, rect: cardRect(card) });
    }
    for (const link of links) {
      const s = ids.get(link.source);
      const t = ids.get(link.target);
      if (s && t) addLink(doc, s, t, author, link.label);
    }
  });
  return added;
}

/** A draft as placement sees it: the default width, grown to fit its text. */
function draftRect(draft: DraftCard): Rect {
  return cardRect({ ...draft, ...CARD_SIZE });
}
