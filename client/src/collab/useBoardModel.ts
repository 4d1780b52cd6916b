import {
  type BoardCard,
  type BoardLink,
  type BoardModel,
  type BoardZone,
  boardFromDoc,
  boardMaps,
} from "@oppdag/shared";
import { useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * A snapshot of the board that changes identity only when the board changes, and keeps the
 * identity of every card, link and zone that did not change, so React and React Flow re-render
 * only what moved.
 */
export interface BoardStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): BoardModel;
}

function createBoardStore(doc: Y.Doc): BoardStore {
  const maps = boardMaps(doc);
  let snapshot: BoardModel = boardFromDoc(doc);
  let stale = false;
  const listeners = new Set<() => void>();

  const reuse = <T extends { id: string }>(prev: T[], next: T[]): T[] => {
    const byId = new Map(prev.map((item) => [item.id, item]));
    return next.map((item) => {
      const old = byId.get(item.id);
      return old && shallowEqual(old, item) ? old : item;
    });
  };

  const refresh = () => {
    if (!stale) return;
    stale = false;
    const next = boardFromDoc(doc);
    snapshot = {
      cards: reuse<BoardCard>(snapshot.cards, next.cards),
      links: reuse<BoardLink>(snapshot.links, next.links),
      zones: reuse<BoardZone>(snapshot.zones, next.zones),
    };
  };

  // The maps' observers only mark the model stale; it is rebuilt once after the transaction, even
  // when one transaction touched cards, links and zones (a paste, a delete).
  const markStale = () => {
    stale = true;
  };
  maps.cards.observeDeep(markStale);
  maps.links.observeDeep(markStale);
  maps.zones.observeDeep(markStale);
  const notify = () => {
    frame = 0;
    if (!stale || listeners.size === 0) return;
    refresh();
    for (const listener of listeners) listener();
  };
  // This person's own changes show at once; others' are gathered into one render per frame, so a
  // peer dragging cards (an update per pointer move) cannot queue more renders than the screen shows.
  let frame = 0;
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (!stale || listeners.size === 0) return;
    if (transaction.local) {
      if (frame) cancelAnimationFrame(frame);
      notify();
    } else if (!frame) {
      frame = requestAnimationFrame(notify);
    }
  });

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    // Unread changes (none was listening) are picked up here, once.
    getSnapshot() {
      refresh();
      return snapshot;
    },
  };
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

// One store per document, shared by every component that reads the board: the model is rebuilt
// once per update, not once per reader. Weak, so a closed workshop's store goes with its doc.
const stores = new WeakMap<Y.Doc, BoardStore>();

/** The board store of `doc`, created on first use. */
export function boardStoreFor(doc: Y.Doc): BoardStore {
  let store = stores.get(doc);
  if (!store) {
    store = createBoardStore(doc);
    stores.set(doc, store);
  }
  return store;
}

export function useBoardModel(doc: Y.Doc): BoardModel {
  const store = boardStoreFor(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
