import {
  type BoardCard,
  type BoardLink,
  type BoardModel,
  type BoardZone,
  boardFromDoc,
  boardMaps,
} from "@oppdag/shared";
import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * A snapshot of the board that changes identity only when the board changes, and keeps the
 * identity of every card, link and zone that did not change, so React and React Flow re-render
 * only what moved.
 */
function createBoardStore(doc: Y.Doc) {
  const maps = boardMaps(doc);
  let snapshot: BoardModel = boardFromDoc(doc);
  const listeners = new Set<() => void>();

  const reuse = <T extends { id: string }>(prev: T[], next: T[]): T[] => {
    const byId = new Map(prev.map((item) => [item.id, item]));
    return next.map((item) => {
      const old = byId.get(item.id);
      return old && shallowEqual(old, item) ? old : item;
    });
  };

  const onChange = () => {
    const next = boardFromDoc(doc);
    snapshot = {
      cards: reuse<BoardCard>(snapshot.cards, next.cards),
      links: reuse<BoardLink>(snapshot.links, next.links),
      zones: reuse<BoardZone>(snapshot.zones, next.zones),
    };
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (listeners.size === 1) {
        maps.cards.observeDeep(onChange);
        maps.links.observeDeep(onChange);
        maps.zones.observeDeep(onChange);
        onChange();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          maps.cards.unobserveDeep(onChange);
          maps.links.unobserveDeep(onChange);
          maps.zones.unobserveDeep(onChange);
        }
      };
    },
    getSnapshot: () => snapshot,
  };
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

export function useBoardModel(doc: Y.Doc): BoardModel {
  const store = useMemo(() => createBoardStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
