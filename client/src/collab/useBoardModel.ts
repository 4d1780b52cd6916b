import { type BoardModel, boardFromDoc, rereadBoard, trackBoardChanges } from "@oppdag/shared";
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
  let snapshot: BoardModel = boardFromDoc(doc);
  // The maps' observers only note which items changed; the model is re-read once after the
  // transaction, and only those items, even when one transaction touched cards, links and zones.
  const changes = trackBoardChanges(doc);
  const stale = changes.pending;
  const listeners = new Set<() => void>();

  const refresh = () => {
    if (stale()) snapshot = rereadBoard(doc, snapshot, changes.take());
  };

  const notify = () => {
    frame = 0;
    if (!stale() || listeners.size === 0) return;
    const before = snapshot;
    refresh();
    if (snapshot === before) return;
    for (const listener of listeners) listener();
  };
  // This person's own changes show at once; others' are gathered into one render per frame, so a
  // peer dragging cards (an update per pointer move) cannot queue more renders than the screen shows.
  let frame = 0;
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (!stale() || listeners.size === 0) return;
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
