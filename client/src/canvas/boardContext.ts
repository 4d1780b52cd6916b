import type { Author } from "@oppdag/shared";
import { createContext, useContext } from "react";
import type * as Y from "yjs";

/** What every node and edge on the board needs: the document, who is editing, and whether they may. */
export interface BoardContextValue {
  doc: Y.Doc;
  author: Author;
  canEdit: boolean;
  nameOf(participantId: string): string | undefined;
  /**
   * Runs a discrete change (add, delete, recolour, paste…) as its own undo step. Without it, Yjs
   * merges everything within its capture window, and undoing a quick delete would also undo the
   * card's creation. Drags and typing still merge, as people expect.
   */
  step<T>(change: () => T): T;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoardContext outside <BoardContext>");
  return value;
}
