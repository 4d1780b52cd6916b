import { Handle, Position, type ReactFlowState, useNodeId, useStoreApi } from "@xyflow/react";
import { createContext, useContext } from "react";

const SIDES = [
  ["l", Position.Left],
  ["r", Position.Right],
  ["t", Position.Top],
  ["b", Position.Bottom],
] as const;

/** A link is being drawn (by drag or by click), so every card must take its end. */
export const drawingLink = (s: ReactFlowState) => s.connection.inProgress || !!s.connectionClickStartHandle;

/**
 * Whether a link is being drawn, read once for the board (Board.tsx) rather than by a store
 * selector in every card, which React Flow would run for all cards on every store update.
 */
export const LinkDrawingContext = createContext(false);

/**
 * The four handles on a card's sides that links start and end at.
 *
 * React Flow's `<Handle>` subscribes to the store with a shallow-compared selector, so four per card
 * are 8,000 selectors run on every pan frame and every remote move on a 2,000-card board. A card
 * that is not hovered or selected, while no link is being drawn, gets plain elements instead,
 * with the classes and data attributes React Flow measures edges from and finds a link's end by.
 * Starting a link needs the real handle, and a card gets it as soon as the pointer is on it.
 */
export function LinkHandles({ active, connectable }: { active: boolean; connectable: boolean }) {
  const nodeId = useNodeId();
  const store = useStoreApi();
  const drawing = useContext(LinkDrawingContext);
  if (active || drawing) {
    return SIDES.map(([id, position]) => (
      <Handle key={id} type="source" position={position} id={id} className="link-handle" isConnectable={connectable} />
    ));
  }
  const { rfId, noPanClassName } = store.getState();
  const able = connectable ? "connectable connectablestart connectableend" : "";
  return SIDES.map(([id, position]) => (
    <div
      key={id}
      data-handleid={id}
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={`${rfId}-${nodeId}-${id}-source`}
      className={`react-flow__handle react-flow__handle-${position} nodrag ${noPanClassName} link-handle source ${able}`}
    />
  ));
}
