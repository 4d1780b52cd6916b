import type { DraftCard } from "@oppdag/shared";
import { useCallback, useState } from "react";
import { request } from "../control/request";
import { useSessionStore } from "../stores/sessionStore";
import type { Point } from "./boardProjection";

const NO_DRAFTS: DraftCard[] = [];

/**
 * This person's cards of a private round. They live on the server, not in the document; a draft
 * dragged here keeps its new position locally until the server's next state has it.
 */
export function usePrivateDrafts() {
  const drafts = useSessionStore((s) => s.session?.myDrafts) ?? NO_DRAFTS;
  const [draftMoves, setDraftMoves] = useState<Record<string, Point>>({});

  /** A draft dragged to `position`; `done` when it is dropped, which is when the server hears of it. */
  const handleDraftMove = useCallback(
    (draftId: string, position: Point, done: boolean) => {
      const { x, y } = position;
      setDraftMoves((moves) => ({ ...moves, [draftId]: { x, y } }));
      const draft = drafts.find((d) => d.id === draftId);
      if (draft && done) void request("draft:upsert", { ...draft, x: Math.round(x), y: Math.round(y) });
    },
    [drafts],
  );

  return { drafts, draftMoves, handleDraftMove };
}
