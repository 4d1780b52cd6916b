import { ACTION_ITEMS_KEY, type ActionItem, readActionItems } from "@oppdag/shared";
import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** The action plan, read from the document and re-read on every change to it. */
export function useActionItems(doc: Y.Doc): ActionItem[] {
  const store = useMemo(() => {
    const map = doc.getMap(ACTION_ITEMS_KEY);
    let snapshot = readActionItems(doc);
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          snapshot = readActionItems(doc);
          listener();
        };
        map.observeDeep(onChange);
        return () => map.unobserveDeep(onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
