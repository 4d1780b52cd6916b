import { type BoardModel, type Rect, updateCard, updateZone } from "@oppdag/shared";
import type { EdgeChange, NodeChange } from "@xyflow/react";
import { type RefObject, useCallback } from "react";
import type * as Y from "yjs";
import { changeableUnder, keepInZone } from "../groups/zoneRule";
import { type BoardNode, draftIdOf, type Point, type Size } from "./boardProjection";
import type { LinkEdgeType } from "./LinkEdge";

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  canEdit: boolean;
  /** While thematic groups keep to their zones: cards outside stay put, drags stop at the edge. */
  zoneRule: Rect | null;
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  /** Sizes React Flow measured, kept for the next projection. */
  measured: RefObject<Map<string, Size>>;
  handleDraftMove(draftId: string, position: Point, done: boolean): void;
  /** A critical friend: they move only the cards this author (they) wrote. */
  ownerId?: string | null;
}

/**
 * What React Flow reports, sent where it belongs: moves of cards and zones to the document (one
 * transaction per batch), moves of drafts to the server, measured sizes to the projection, and
 * selection to this person's selection.
 */
export function useBoardChanges({
  doc,
  model,
  canEdit,
  zoneRule,
  selected,
  setSelected,
  measured,
  handleDraftMove,
  ownerId = null,
}: Options) {
  const handleNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      const zones = new Set(model.zones.map((z) => z.id));
      let nextSelected: Set<string> | null = null;
      doc.transact(() => {
        for (const change of changes) {
          const draftId = change.type === "position" ? draftIdOf(change.id) : null;
          if (change.type === "position" && change.position && draftId) {
            handleDraftMove(draftId, change.position, change.dragging === false);
          } else if (
            change.type === "position" &&
            change.position &&
            (canEdit || (!!ownerId && model.cards.some((c) => c.id === change.id && c.authorId === ownerId)))
          ) {
            const position = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
            if (zones.has(change.id)) {
              if (!zoneRule) updateZone(doc, change.id, position);
            } else if (!zoneRule) updateCard(doc, change.id, position);
            else {
              const card = model.cards.find((c) => c.id === change.id);
              if (card && changeableUnder(zoneRule, card))
                updateCard(doc, change.id, keepInZone(position, card, zoneRule));
            }
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
    [doc, model.zones, model.cards, canEdit, zoneRule, selected, setSelected, measured, handleDraftMove, ownerId],
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
