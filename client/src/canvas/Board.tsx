import { asUndoStep, KIND_COLORS } from "@oppdag/shared";
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  type Edge,
  MiniMap,
  type Node,
  type OnConnect,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import { type MouseEvent, useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { ChallengeContext, type ChallengeContextValue } from "../critique/challengeContext";
import { challengeMarks } from "../critique/marks";
import { useGroupCamera } from "../groups/useGroups";
import { useZoneRule } from "../groups/zoneRule";
import { selectBoardRights, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { BoardBanners } from "./BoardBanners";
import { BoardToolbar } from "./BoardToolbar";
import { BoardContext, type BoardContextValue } from "./boardContext";
import { type BoardNode, projectEdges, projectNodes, type Size } from "./boardProjection";
import { CardNode } from "./CardNode";
import { DraftNode } from "./DraftNode";
import { boardDescriber, flowAriaLabels } from "./describeBoard";
import { focusBoardIfLost } from "./focus";
import { LinkEdge, type LinkEdgeType } from "./LinkEdge";
import { drawingLink, LinkDrawingContext } from "./LinkHandles";
import { RemoteCursors } from "./RemoteCursors";
import { ShortcutSheet } from "./ShortcutSheet";
import { useBoardActions } from "./useBoardActions";
import { useBoardChanges } from "./useBoardChanges";
import { useBoardKeyboard } from "./useBoardKeyboard";
import { fitViewOptions, useCamera } from "./useCamera";
import { useFollow } from "./useFollow";
import { useKeyboardControl } from "./useKeyboardControl";
import { usePointerPresence } from "./usePointerPresence";
import { usePrivateDrafts } from "./usePrivateDrafts";
import { useSharedSelection } from "./useSharedSelection";
import { useVisibleArea } from "./useVisibleArea";
import { useVoteMarks } from "./useVoteMarks";
import { ZoneNode } from "./ZoneNode";
import { FAR_ZOOM } from "./zoom";

/** Cards beyond which only those in view are drawn (a workshop has a few hundred at most). */
const CULL_ABOVE_CARDS = 600;

const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

const nodeTypes = { card: CardNode, zone: ZoneNode, draft: DraftNode };
const edgeTypes = { link: LinkEdge };

function minimapColor(node: BoardNode): string {
  return node.type === "card" ? KIND_COLORS[node.data.card.kind] : "#e6e9ee";
}

/**
 * The board: the workshop's cards, links and zones on React Flow. This file only composes; each
 * concern has its own module (projection, camera, drafts, presence, votes, actions, keyboard).
 */
export function Board({ workshop, onAddAny }: BoardProps) {
  return (
    <ReactFlowProvider>
      <BoardCanvas workshop={workshop} onAddAny={onAddAny} />
    </ReactFlowProvider>
  );
}

interface BoardProps {
  workshop: WorkshopDoc;
  /** The phone's own "add a card" (a sheet that asks the kind), in place of the kind buttons. */
  onAddAny?: () => void;
}

function BoardCanvas({ workshop, onAddAny }: BoardProps) {
  const { doc, awareness, undoManager } = workshop;
  const { t, i18n } = useTranslation();
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, Size>());
  const model = useBoardModel(doc);
  const rights = useSessionStore(selectBoardRights);
  const canEdit = rights.edit;
  const me = useSessionStore((s) => s.me);
  const participants = useSessionStore((s) => s.participants);
  const setUi = useUiStore((s) => s.set);

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
  const { author, step } = context;

  const { selected, setSelected, marks } = useSharedSelection(awareness);
  const votes = useVoteMarks();
  const { drafts, draftMoves, handleDraftMove } = usePrivateDrafts();
  const { spotlight } = useCamera({ flow, model, setSelected });
  const visible = useVisibleArea(flow, wrapper);
  const far = useStore(isFar);
  const drawing = useStore(drawingLink);
  const { following, optedOut, followAgain, toggleFollow, handleMove } = useFollow(flow);
  const { handlePointerMove, handlePointerLeave } = usePointerPresence(awareness, flow);
  const actions = useBoardActions({ doc, model, author, step, drafts, selected, setSelected, visible });
  const zoneRule = useZoneRule(model);
  // Challenges: the counts on their targets, and a critical friend's own cards (critique/).
  const items = useActionItems(doc);
  const itemTitles = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const challenges = useMemo(() => challengeMarks(model, itemTitles), [model, itemTitles]);
  const ownerId = rights.ownCardsOnly ? (me?.id ?? null) : null;
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const canChallenge = rights.newCards === "public";
  const challengeContext = useMemo<ChallengeContextValue>(
    () => ({
      canChallenge,
      canAnswer: canEdit,
      challenge: (targetId, near) =>
        actionsRef.current.addCards({ type: "card", kind: "challenge", near, attachedTo: targetId }),
    }),
    [canChallenge, canEdit],
  );
  useGroupCamera();
  const { handleNodesChange, handleEdgesChange } = useBoardChanges({
    doc,
    model,
    canEdit,
    zoneRule,
    selected,
    setSelected,
    measured,
    handleDraftMove,
    ownerId,
  });
  useBoardKeyboard({ model, selected, setSelected, undoManager, canEdit, actions });
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const revealNode = useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      visible.reveal([{ x, y, w: node.measured.width ?? 0, h: node.measured.height ?? 0 }]);
    },
    [flow, visible],
  );
  const { linkingFrom } = useKeyboardControl({
    doc,
    model,
    wrapper,
    selected,
    setSelected,
    canEdit,
    actions,
    votes,
    drafts,
    draftMoves,
    handleDraftMove,
    toggleFollow,
    center: visible.center,
    revealNode,
    openShortcuts,
  });
  const linkingCard = linkingFrom ? model.cards.find((c) => c.id === linkingFrom) : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language must name everything anew
  const describe = useMemo(() => boardDescriber(t), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t, i18n.language]);

  // The last projection, by id: unchanged nodes and edges are handed back as the same objects.
  const lastNodes = useRef(new Map<string, BoardNode>());
  const lastEdges = useRef(new Map<string, LinkEdgeType>());
  const nodes = useMemo(() => {
    const view = {
      model,
      selected,
      votes,
      marks,
      drafts,
      draftMoves,
      spotlight,
      canEdit,
      zoneRule,
      measured: measured.current,
      describe,
      challenges,
      ownerId,
    };
    const next = projectNodes(view, lastNodes.current);
    lastNodes.current = new Map(next.map((n) => [n.id, n]));
    return next;
  }, [model, selected, votes, marks, drafts, draftMoves, spotlight, canEdit, zoneRule, describe, challenges, ownerId]);
  const edges = useMemo(() => {
    const next = projectEdges({ model, selected, votes, describe, challenges }, lastEdges.current);
    lastEdges.current = new Map(next.map((e) => [e.id, e]));
    return next;
  }, [model, selected, votes, describe, challenges]);

  const handleConnect: OnConnect = useCallback(
    ({ source, target }) => {
      if (source && target) actions.link(source, target);
    },
    [actions],
  );
  const handleDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: Node[]; edges: Edge[] }) => {
      actions.delete([...n, ...e].map((x) => x.id));
      // The deleted card had focus: the board keeps it, so the keyboard can go on from here.
      focusBoardIfLost(wrapper.current);
    },
    [actions],
  );
  // Double-click on the empty board: a new idea card right there.
  const handleDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target as Element).classList.contains("react-flow__pane")) return;
      actions.addCards({ type: "card", kind: "idea", near: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    },
    [actions, flow],
  );

  return (
    <BoardContext.Provider value={context}>
      <ChallengeContext.Provider value={challengeContext}>
        <LinkDrawingContext.Provider value={drawing}>
          <div
            className={far ? "board far" : "board"}
            ref={wrapper}
            onPointerMove={handlePointerMove}
            onPointerLeave={handlePointerLeave}
            onDoubleClick={handleDoubleClick}
            data-testid="board"
            data-readonly={!canEdit}
            // Focusable from script only: where focus goes when what had it leaves (Tab reaches the cards).
            tabIndex={-1}
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
              onMoveStart={() => wrapper.current?.classList.add("moving")}
              onMoveEnd={() => wrapper.current?.classList.remove("moving")}
              onEdgeDoubleClick={(_e, edge) => canEdit && setUi({ editingLinkId: edge.id })}
              connectionMode={ConnectionMode.Loose}
              nodesConnectable={canEdit}
              nodesDraggable={canEdit}
              deleteKeyCode={canEdit ? ["Backspace", "Delete"] : null}
              multiSelectionKeyCode={["Shift", "Meta", "Control"]}
              zoomOnDoubleClick={false}
              autoPanOnNodeFocus={false}
              // On a board far larger than a workshop's, cards out of view leave the page, so a pan or a
              // peer's drag costs what is on screen. Not below that: every card stays reachable by Tab
              // and by a screen reader, and a card someone adds off-screen is still in the page.
              onlyRenderVisibleElements={model.cards.length > CULL_ABOVE_CARDS}
              minZoom={0.1}
              maxZoom={3}
              fitView
              fitViewOptions={fitViewOptions()}
              proOptions={{ hideAttribution: true }}
              ariaLabelConfig={ariaLabelConfig}
            >
              <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#c5ccd6" />
              <MiniMap<BoardNode>
                pannable
                zoomable
                nodeColor={minimapColor}
                nodeStrokeWidth={0}
                maskColor="rgba(23, 50, 77, 0.08)"
              />
              <Controls showInteractive={false} fitViewOptions={fitViewOptions()} />
              <RemoteCursors awareness={awareness} />
            </ReactFlow>
            <BoardBanners
              following={following}
              optedOut={optedOut}
              onFollowAgain={followAgain}
              linkingFrom={linkingCard ? linkingCard.text.trim() || t(`kinds.${linkingCard.kind}`) : null}
            />
            <button
              type="button"
              className="shortcut-button"
              onClick={openShortcuts}
              aria-label={t("keyboard.open")}
              title={`${t("keyboard.open")} (?)`}
              aria-haspopup="dialog"
              data-testid="shortcut-button"
            >
              ?
            </button>
            {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
            {(canEdit || canChallenge) && (
              <BoardToolbar
                onlyChallenges={rights.kinds === "challenges"}
                boardTools={canEdit}
                onMakeActionItem={actions.makeActionItem}
                onTidy={actions.tidy}
                onAddCard={(kind) => actions.addCards({ type: "card", kind, near: visible.center() })}
                onAddAny={onAddAny}
                onAddZone={() => actions.addZone(visible.center())}
                onUndo={() => undoManager.undo()}
                onRedo={() => undoManager.redo()}
              />
            )}
            {model.cards.length === 0 && model.zones.length === 0 && (
              <p className="board-empty" data-testid="board-empty">
                {canEdit ? (
                  // The toolbar sits on the left of a wide board and along the bottom of a narrow one.
                  <>
                    <span className="wide-only">{t("board.emptyHint")}</span>
                    <span className="narrow-only">{t("board.emptyHintNarrow")}</span>
                  </>
                ) : (
                  t("board.readOnly")
                )}
              </p>
            )}
          </div>
        </LinkDrawingContext.Provider>
      </ChallengeContext.Provider>
    </BoardContext.Provider>
  );
}
