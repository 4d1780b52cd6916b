import {
  type Author,
  addCard,
  addLink,
  addZone,
  type BoardModel,
  CARD_SIZE,
  type CardColor,
  type CardKind,
  deleteCards,
  deleteLinks,
  deleteZones,
  findFreeSpot,
  newId,
} from "@oppdag/shared";
import type * as Y from "yjs";
import type { BoardClipboard } from "../stores/uiStore";

/**
 * Board operations triggered from the toolbar, the keyboard and menus. Each one is a single Yjs
 * transaction, so it syncs as one update and undoes as one step.
 */
export const boardActions = {
  /** Adds a card at the free spot nearest to `center`, so cards from many people never pile up. */
  addCard(doc: Y.Doc, model: BoardModel, author: Author, kind: CardKind, center: { x: number; y: number }): string {
    const spot = findFreeSpot(model.cards, center, CARD_SIZE.w, CARD_SIZE.h);
    return addCard(doc, { kind, ...spot }, author);
  },

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

  /** Pastes copies offset from the originals, with links between them; returns the new ids. */
  paste(doc: Y.Doc, author: Author, clip: BoardClipboard, offset = 32): string[] {
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
  },
};
