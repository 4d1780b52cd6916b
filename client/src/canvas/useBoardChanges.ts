import { type BoardModel, updateCard, updateZone } from "@oppdag/shared";
import type { EdgeChange, NodeChange } from "@xyflow/react";
import { type RefObject, useCallback } from "react";
import type * as Y from "yjs";
import { type BoardNode, draftIdOf, type Point, type Size } from "./boardProjection";
import type { LinkEdgeType } from "./LinkEdge";

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  canEdit: boolean;
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  /** Sizes React Flow measured, kept for the next projection. */
  measured: RefObject<Map<string, Size>>;
  handleDraftMove(draftId: string, position: Point, done: boolean): void;
}

/**
 * What React Flow reports, sent where it belongs: moves of cards and zones to the document (one
 * transaction per batch), moves of drafts to the server, measured sizes to the projection, and
 * selection to this person's selection.
 */
export function useBoardChanges({ doc, model, canEdit, selected, setSelected, measured, handleDraftMove }: Options) {
  const handleNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      const zones = new Set(model.zones.map((z) => z.id));
      let nextSelected: Set<string> | null = null;
      doc.transact(() => {
        for (const change of changes) {
          const draftId = change.type === "position" ? draftIdOf(change.id) : null;
          if (change.type === "position" && change.position && draftId) {
            handleDraftMove(draftId, change.position, change.dragging === false);
          } else if (change.type === "position" && change.position && canEdit) {
            const position = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
            if (zones.has(change.id)) updateZone(doc, change.id, position);
            else updateCard(doc, change.id, position);
          } else if (change.type === "dimensions" && change.dimensions) {
            measured.current.set(change.id, change.dimensions);
          } else if (change.type === "select") {
            nextSelected ??= new Set(selected);
            if (change.selected) nextSelected.add(change.id);
            else nextSelected.delete(change.id);
          }
        }
      });
      if (nextSelected) setSelected(nextSelected);
    },
    [doc, model.zones, canEdit, selected, setSelected, measured, handleDraftMove],
  );

  const handleEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdgeType>[]) => {
      const next = new Set(selected);
      let changed = false;
      for (const change of changes) {
        if (change.type !== "select") continue;
        changed = true;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (changed) setSelected(next);
    },
    [selected, setSelected],
  );

  return { handleNodesChange, handleEdgesChange };
}
