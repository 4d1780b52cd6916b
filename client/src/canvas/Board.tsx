import { addLink, asUndoStep, type CardKind, facingSides, updateCard, updateZone } from "@oppdag/shared";
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  type Edge,
  type EdgeChange,
  type FitViewOptions,
  MiniMap,
  type Node,
  type NodeChange,
  type OnConnect,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import { type MouseEvent, type PointerEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardModel } from "../collab/useBoardModel";
import { useRemotePresence } from "../collab/usePresence";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { boardActions } from "./actions";
import { BoardToolbar } from "./BoardToolbar";
import { BoardContext, type BoardContextValue } from "./boardContext";
import { CardNode, type CardNodeType, type RemoteMark } from "./CardNode";
import { LinkEdge, type LinkEdgeType } from "./LinkEdge";
import { RemoteCursors } from "./RemoteCursors";
import { useBoardKeyboard } from "./useBoardKeyboard";
import { ZoneNode, type ZoneNodeType } from "./ZoneNode";

const nodeTypes = { card: CardNode, zone: ZoneNode };
/** Room for the floating toolbar (left on desktops, bottom on phones), so "fit" never hides a card under it. */
function fitViewOptions(): FitViewOptions {
  const narrow = window.matchMedia("(max-width: 900px)").matches;
  return {
    maxZoom: 1,
    padding: narrow
      ? ({ top: "24px", right: "24px", bottom: "96px", left: "24px" } as const)
      : ({ top: "48px", right: "48px", bottom: "48px", left: "180px" } as const),
  };
}
const edgeTypes = { link: LinkEdge };
type BoardNode = CardNodeType | ZoneNodeType;

const MINIMAP_COLORS: Record<string, string> = {
  strength: "#4caf7a",
  opportunity: "#4f8fdc",
  idea: "#e0b526",
  challenge: "#df6b7e",
  question: "#9a6fd6",
};

export function Board({ workshop }: { workshop: WorkshopDoc }) {
  return (
    <ReactFlowProvider>
      <BoardCanvas workshop={workshop} />
    </ReactFlowProvider>
  );
}

function BoardCanvas({ workshop }: { workshop: WorkshopDoc }) {
  const { doc, awareness, undoManager } = workshop;
  const { t } = useTranslation();
  const flow = useReactFlow();
  const model = useBoardModel(doc);
  const presence = useRemotePresence(awareness);
  const me = useSessionStore((s) => s.me);
  const participants = useSessionStore((s) => s.participants);
  const setUi = useUiStore((s) => s.set);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const wrapper = useRef<HTMLDivElement>(null);
  const canEdit = !!me && me.role !== "observer";

  const context = useMemo<BoardContextValue>(() => {
    const names = new Map(participants.map((p) => [p.id, p.name]));
    return {
      doc,
      author: { id: me?.id ?? "", group: me?.actorGroup ?? "external" },
      canEdit,
      nameOf: (id) => names.get(id),
      step: asUndoStep(undoManager),
    };
  }, [doc, me, canEdit, participants, undoManager]);
  const { step } = context;

  // Tell others what is selected here, so they see it outlined.
  useEffect(() => {
    awareness.setLocalStateField("selection", [...selected]);
  }, [awareness, selected]);

  const remoteMarks = useMemo(() => {
    const marks = new Map<string, RemoteMark[]>();
    for (const p of presence) {
      for (const id of p.selection)
        marks.set(id, [...(marks.get(id) ?? []), { name: p.user.name, color: p.user.color }]);
    }
    return marks;
  }, [presence]);

  const nodes = useMemo<BoardNode[]>(() => {
    const none: RemoteMark[] = [];
    const zones: ZoneNodeType[] = model.zones.map((zone) => ({
      id: zone.id,
      type: "zone",
      position: { x: zone.x, y: zone.y },
      width: zone.w,
      height: zone.h,
      measured: measured.current.get(zone.id),
      data: { zone },
      selected: selected.has(zone.id),
      draggable: canEdit,
      dragHandle: ".zone-header",
      zIndex: -1,
    }));
    const cards: CardNodeType[] = model.cards.map((card) => ({
      id: card.id,
      type: "card",
      position: { x: card.x, y: card.y },
      width: card.w,
      height: card.h,
      measured: measured.current.get(card.id),
      data: { card, remote: remoteMarks.get(card.id) ?? none },
      selected: selected.has(card.id),
      draggable: canEdit,
    }));
    return [...zones, ...cards];
  }, [model.zones, model.cards, selected, remoteMarks, canEdit]);

  const edges = useMemo<LinkEdgeType[]>(() => {
    const cardById = new Map(model.cards.map((c) => [c.id, c]));
    return model.links.flatMap((link) => {
      const from = cardById.get(link.source);
      const to = cardById.get(link.target);
      if (!from || !to) return [];
      const kinds = new Set([from.kind, to.kind]);
      const sides = facingSides(from, to);
      return {
        id: link.id,
        type: "link" as const,
        source: link.source,
        target: link.target,
        sourceHandle: sides.source,
        targetHandle: sides.target,
        data: { label: link.label, strong: kinds.has("strength") && kinds.has("opportunity") },
        selected: selected.has(link.id),
      };
    });
  }, [model.links, model.cards, selected]);

  const isZone = useCallback((id: string) => model.zones.some((z) => z.id === id), [model.zones]);

  const handleNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      let nextSelected: Set<string> | null = null;
      doc.transact(() => {
        for (const change of changes) {
          if (change.type === "position" && change.position && canEdit) {
            const { x, y } = change.position;
            if (isZone(change.id)) updateZone(doc, change.id, { x: Math.round(x), y: Math.round(y) });
            else updateCard(doc, change.id, { x: Math.round(x), y: Math.round(y) });
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
    [doc, canEdit, isZone, selected],
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
    [selected],
  );

  const handleConnect: OnConnect = useCallback(
    ({ source, target }) => {
      if (!canEdit || !source || !target) return;
      const id = step(() => addLink(doc, source, target, context.author));
      // Select the new link so its "Add label" button is right there.
      if (id) setSelected(new Set([id]));
    },
    [doc, canEdit, context.author, step],
  );

  const handleDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: Node[]; edges: Edge[] }) => {
      if (!canEdit) return;
      step(() => boardActions.deleteSelection(doc, model, new Set([...n.map((x) => x.id), ...e.map((x) => x.id)])));
      setSelected(new Set());
    },
    [doc, model, canEdit, step],
  );

  /** Where new things go: the middle of what this person sees. */
  const viewCenter = useCallback(() => {
    const rect = wrapper.current?.getBoundingClientRect();
    return flow.screenToFlowPosition({
      x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
      y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
    });
  }, [flow]);

  const handleAddCard = useCallback(
    (kind: CardKind) => {
      const id = step(() => boardActions.addCard(doc, model, context.author, kind, viewCenter()));
      setSelected(new Set([id]));
      setUi({ editingId: id });
    },
    [doc, model, context.author, viewCenter, setUi, step],
  );

  const handleDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!canEdit || !(e.target as Element).classList.contains("react-flow__pane")) return;
      const id = boardActions.addCard(
        doc,
        model,
        context.author,
        "idea",
        flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }),
      );
      setSelected(new Set([id]));
      setUi({ editingId: id });
    },
    [canEdit, doc, model, context.author, flow, setUi],
  );

  // Pointer position for others' cursors, at most once per frame. The field is "pointer":
  // TipTap's caret plugin owns "cursor" in the same awareness state.
  const frame = useRef(0);
  const handlePointerMove = useCallback(
    (e: PointerEvent) => {
      if (frame.current) return;
      const { clientX, clientY } = e;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const p = flow.screenToFlowPosition({ x: clientX, y: clientY });
        awareness.setLocalStateField("pointer", { x: Math.round(p.x), y: Math.round(p.y) });
      });
    },
    [awareness, flow],
  );

  // The document arrives after the first render (IndexedDB, then the server): fit once it has.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || model.cards.length + model.zones.length === 0) return;
    fitted.current = true;
    requestAnimationFrame(() => void flow.fitView(fitViewOptions()));
  }, [flow, model.cards.length, model.zones.length]);

  useBoardKeyboard({ doc, model, selected, setSelected, undoManager, author: context.author, canEdit, step });

  return (
    <BoardContext.Provider value={context}>
      <div
        className="board"
        ref={wrapper}
        onPointerMove={handlePointerMove}
        onPointerLeave={() => awareness.setLocalStateField("pointer", null)}
        onDoubleClick={handleDoubleClick}
        data-testid="board"
        data-readonly={!canEdit}
      >
        <ReactFlow<BoardNode, LinkEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={handleNodesChange}
          onEdgesChange={handleEdgesChange}
          onConnect={handleConnect}
          onDelete={handleDelete}
          onEdgeDoubleClick={(_e, edge) => canEdit && setUi({ editingLinkId: edge.id })}
          connectionMode={ConnectionMode.Loose}
          nodesConnectable={canEdit}
          nodesDraggable={canEdit}
          deleteKeyCode={canEdit ? ["Backspace", "Delete"] : null}
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          zoomOnDoubleClick={false}
          minZoom={0.1}
          maxZoom={3}
          fitView
          fitViewOptions={fitViewOptions()}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#c5ccd6" />
          <MiniMap
            pannable
            zoomable
            nodeColor={(n) =>
              n.type === "card" ? (MINIMAP_COLORS[(n as CardNodeType).data.card.kind] ?? "#999") : "#e6e9ee"
            }
            nodeStrokeWidth={0}
            maskColor="rgba(23, 50, 77, 0.08)"
          />
          <Controls showInteractive={false} fitViewOptions={fitViewOptions()} />
          <RemoteCursors presence={presence} />
        </ReactFlow>
        {canEdit && (
          <BoardToolbar
            onAddCard={handleAddCard}
            onAddZone={() => {
              const id = step(() => boardActions.addZone(doc, t("board.newZone"), viewCenter()));
              setSelected(new Set([id]));
            }}
            onUndo={() => undoManager.undo()}
            onRedo={() => undoManager.redo()}
          />
        )}
        {model.cards.length === 0 && model.zones.length === 0 && (
          <p className="board-empty" data-testid="board-empty">
            {canEdit ? t("board.emptyHint") : t("board.readOnly")}
          </p>
        )}
      </div>
    </BoardContext.Provider>
  );
}
