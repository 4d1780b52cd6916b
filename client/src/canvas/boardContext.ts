import type { Author } from "@oppdag/shared";
import { createContext, useContext } from "react";
import type * as Y from "yjs";

/** What every node and edge on the board needs: the document, who is editing, and whether they may. */
export interface BoardContextValue {
  doc: Y.Doc;
  author: Author;
  canEdit: boolean;
  nameOf(participantId: string): string | undefined;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoardContext outside <BoardContext>");
  return value;
}
