import type * as Y from "yjs";

/**
 * Wraps a discrete change (add, delete, recolour, paste…) so it is its own undo step: it neither
 * merges into the previous step nor swallows the next. Without it Yjs merges everything within its
 * capture window, and undoing a quick delete would also undo the card's creation. Drags and typing
 * are not wrapped, so they still merge as people expect.
 */
export function asUndoStep(undoManager: Y.UndoManager) {
  return <T>(change: () => T): T => {
    undoManager.stopCapturing();
    const result = change();
    undoManager.stopCapturing();
    return result;
  };
}
