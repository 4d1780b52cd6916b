import {
  addActionItem,
  addLink,
  asUndoStep,
  CARD_SIZE,
  type CardKind,
  facingSides,
  findFreeSpot,
  newId,
  provenanceFrom,
  updateCard,
  updateZone,
  votesUsed,
} from "@oppdag/shared";
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
import { request, selectCanEdit, selectRole, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { boardActions } from "./actions";
import { BoardBanners } from "./BoardBanners";
import { BoardToolbar } from "./BoardToolbar";
import { BoardContext, type BoardContextValue } from "./boardContext";
import { CardNode, type CardNodeType, type RemoteMark } from "./CardNode";
import { DraftNode, type DraftNodeType } from "./DraftNode";
import { LinkEdge, type LinkEdgeType } from "./LinkEdge";
import { RemoteCursors } from "./RemoteCursors";
import { useBoardKeyboard } from "./useBoardKeyboard";
import { useFollow } from "./useFollow";
import type { CardVote } from "./VoteControl";
import { ZoneNode, type ZoneNodeType } from "./ZoneNode";

const nodeTypes = { card: CardNode, zone: ZoneNode, draft: DraftNode };
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
type BoardNode = CardNodeType | ZoneNodeType | DraftNodeType;

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
  const canEdit = useSessionStore(selectCanEdit);
  const role = useSessionStore(selectRole);
  const session = useSessionStore((s) => s.session);
  const privateWriting = !!session?.privateRound && role === "participant";
  const hideNames = !!session?.anonymous && role !== "facilitator";

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
        marks.set(id, [
          ...(marks.get(id) ?? []),
          { name: hideNames ? t(`groups.${p.user.group}`, { defaultValue: "" }) : p.user.name, color: p.user.color },
        ]);
    }
    return marks;
  }, [presence, hideNames, t]);

  // The latest voting round, as dots or counts on each of its targets.
  const votes = useMemo(() => {
    const round = session?.votes.at(-1);
    const byTarget = new Map<string, CardVote>();
    if (!round || (round.status !== "open" && round.status !== "revealed")) return byTarget;
    const counts = new Map(round.results?.map((r) => [r.targetId, r.count]));
    const left = round.votesPerPerson - votesUsed(round.myBallot);
    const voter = role === "participant";
    for (const targetId of round.targetIds) {
      const mine = round.myBallot[targetId] ?? 0;
      byTarget.set(targetId, {
        roundId: round.id,
        mine,
        open: round.status === "open" && voter,
        canAdd: left > 0 && (round.allowMultiplePerTarget || mine === 0),
        count: round.status === "revealed" ? (counts.get(targetId) ?? 0) : null,
      });
    }
    return byTarget;
  }, [session?.votes, role]);
  const spotlight = session?.spotlightCardId ?? null;

  // Private-round cards, with positions moved here kept until the server confirms them.
  const myDrafts = session?.myDrafts;
  const [draftMoves, setDraftMoves] = useState<Record<string, { x: number; y: number }>>({});

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
      data: {
        card,
        remote: remoteMarks.get(card.id) ?? none,
        vote: votes.get(card.id) ?? null,
        spotlit: spotlight === card.id,
      },
      selected: selected.has(card.id),
      draggable: canEdit,
    }));
    const drafts: DraftNodeType[] = (myDrafts ?? []).map((draft) => ({
      id: `draft:${draft.id}`,
      type: "draft",
      position: draftMoves[draft.id] ?? { x: draft.x, y: draft.y },
      width: CARD_SIZE.w,
      height: CARD_SIZE.h,
      measured: measured.current.get(`draft:${draft.id}`),
      data: { draft },
      selected: selected.has(`draft:${draft.id}`),
    }));
    return [...zones, ...cards, ...drafts];
  }, [model.zones, model.cards, selected, remoteMarks, canEdit, votes, spotlight, myDrafts, draftMoves]);

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
        data: {
          label: link.label,
          strong: kinds.has("strength") && kinds.has("opportunity"),
          vote: votes.get(link.id) ?? null,
        },
        selected: selected.has(link.id),
      };
    });
  }, [model.links, model.cards, selected, votes]);

  const isZone = useCallback((id: string) => model.zones.some((z) => z.id === id), [model.zones]);

  const handleNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      let nextSelected: Set<string> | null = null;
      doc.transact(() => {
        for (const change of changes) {
          if (change.type === "position" && change.position && change.id.startsWith("draft:")) {
            const draftId = change.id.slice("draft:".length);
            const draft = myDrafts?.find((d) => d.id === draftId);
            const { x, y } = change.position;
            setDraftMoves((moves) => ({ ...moves, [draftId]: { x, y } }));
            if (draft && change.dragging === false)
              void request("draft:upsert", { ...draft, x: Math.round(x), y: Math.round(y) });
          } else if (change.type === "position" && change.position && canEdit) {
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
    [doc, canEdit, isZone, selected, myDrafts],
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
      if (privateWriting) {
        const occupied = [...model.cards, ...(myDrafts ?? []).map((d) => ({ ...d, w: CARD_SIZE.w, h: CARD_SIZE.h }))];
        const spot = findFreeSpot(occupied, viewCenter(), CARD_SIZE.w, CARD_SIZE.h);
        const id = newId();
        void request("draft:upsert", { id, kind, text: "", ...spot });
        setSelected(new Set([`draft:${id}`]));
        return;
      }
      const id = step(() => boardActions.addCard(doc, model, context.author, kind, viewCenter()));
      setSelected(new Set([id]));
      setUi({ editingId: id });
    },
    [doc, model, context.author, viewCenter, setUi, step, privateWriting, myDrafts],
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

  const { following, optedOut, followAgain, handleMove } = useFollow(flow);

  // Spotlight: everyone's view centres on the card the facilitator points at (only when the
  // spotlight moves, not whenever the card does).
  const spotlightCard = spotlight ? model.cards.find((c) => c.id === spotlight) : undefined;
  const spotlightRef = useRef(spotlightCard);
  spotlightRef.current = spotlightCard;
  useEffect(() => {
    const card = spotlightRef.current;
    if (spotlight && card)
      void flow.setCenter(card.x + card.w / 2, card.y + card.h / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 400,
      });
  }, [spotlight, flow]);

  // An action item from the selection: a link, an idea card, or several cards and links.
  const handleMakeActionItem = useCallback(() => {
    const round = session?.votes.filter((r) => r.status === "revealed").at(-1);
    const counts = new Map((round?.results ?? []).map((r) => [r.targetId, r.count]));
    const provenance = provenanceFrom(model, selected, counts);
    const link = model.links.find((l) => selected.has(l.id));
    const text = (id: string) => model.cards.find((c) => c.id === id)?.text.trim() ?? "";
    const title = link
      ? link.label || `${text(link.source)} – ${text(link.target)}`
      : text(provenance.cardIds[0] ?? "");
    step(() => addActionItem(doc, { title, provenance }));
    setUi({ sideTab: "plan", notesOpen: true });
  }, [session?.votes, model, selected, step, doc, setUi]);

  // "Show on board" from the action plan: select the item's sources and bring them into view.
  const focusIds = useUiStore((s) => s.focusIds);
  useEffect(() => {
    if (!focusIds) return;
    setSelected(new Set(focusIds));
    const nodes = focusIds.filter((id) => model.cards.some((c) => c.id === id)).map((id) => ({ id }));
    if (nodes.length > 0) void flow.fitView({ ...fitViewOptions(), nodes, duration: 300 });
    setUi({ focusIds: null });
  }, [focusIds, model.cards, flow, setUi]);

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
          onMove={handleMove}
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
        <BoardBanners following={following} optedOut={optedOut} onFollowAgain={followAgain} />
        {canEdit && (
          <BoardToolbar
            onMakeActionItem={selected.size > 0 && !privateWriting ? handleMakeActionItem : null}
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
