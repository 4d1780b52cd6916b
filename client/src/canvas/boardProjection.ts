import { type BoardModel, CARD_SIZE, type DraftCard, facingSides } from "@oppdag/shared";
import type { CardNodeType, RemoteMark } from "./CardNode";
import type { DraftNodeType } from "./DraftNode";
import type { LinkEdgeType } from "./LinkEdge";
import type { CardVote } from "./VoteControl";
import type { ZoneNodeType } from "./ZoneNode";

/**
 * What React Flow draws, projected from what the board holds: the document model, this person's
 * selection and private drafts, the vote on each target and other people's selections. Pure, so
 * it is tested without a browser; `Board.tsx` memoises it.
 */

export type BoardNode = CardNodeType | ZoneNodeType | DraftNodeType;
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

// Draft ids share the node namespace with card ids (the reveal reuses them), so draft nodes are prefixed.
const DRAFT_PREFIX = "draft:";

/** The node id of a private draft. */
export function draftNodeId(draftId: string): string {
  return `${DRAFT_PREFIX}${draftId}`;
}

/** The draft a node id stands for, or null for a card, zone or link. */
export function draftIdOf(nodeId: string): string | null {
  return nodeId.startsWith(DRAFT_PREFIX) ? nodeId.slice(DRAFT_PREFIX.length) : null;
}

export interface BoardView {
  model: BoardModel;
  selected: ReadonlySet<string>;
  /** The latest round's vote on each target (cards and links). */
  votes: ReadonlyMap<string, CardVote>;
  /** Who else has each card selected. */
  marks: ReadonlyMap<string, RemoteMark[]>;
  /** This person's drafts of a private round. */
  drafts: readonly DraftCard[];
  /** Draft positions moved here that the server has not confirmed yet. */
  draftMoves: Readonly<Record<string, Point>>;
  spotlight: string | null;
  canEdit: boolean;
  /** Sizes React Flow measured, handed back so it need not measure every node again. */
  measured: ReadonlyMap<string, Size>;
}

const NO_MARKS: RemoteMark[] = [];

/** Zones (under everything), cards, then this person's drafts. */
export function projectNodes(view: BoardView): BoardNode[] {
  const { model, selected, votes, marks, drafts, draftMoves, spotlight, canEdit, measured } = view;
  const zones: ZoneNodeType[] = model.zones.map((zone) => ({
    id: zone.id,
    type: "zone",
    position: { x: zone.x, y: zone.y },
    width: zone.w,
    height: zone.h,
    measured: measured.get(zone.id),
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
    // The stored height is the card's least; styles.css lets the node grow with its text. (Left
    // out, React Flow would hide the node until measured, and a new card's editor could not focus.)
    width: card.w,
    height: card.h,
    measured: measured.get(card.id),
    data: {
      card,
      remote: marks.get(card.id) ?? NO_MARKS,
      vote: votes.get(card.id) ?? null,
      spotlit: spotlight === card.id,
    },
    selected: selected.has(card.id),
    draggable: canEdit,
  }));
  const draftNodes: DraftNodeType[] = drafts.map((draft) => {
    const id = draftNodeId(draft.id);
    return {
      id,
      type: "draft",
      position: draftMoves[draft.id] ?? { x: draft.x, y: draft.y },
      width: CARD_SIZE.w,
      height: CARD_SIZE.h,
      measured: measured.get(id),
      data: { draft },
      selected: selected.has(id),
    };
  });
  return [...zones, ...cards, ...draftNodes];
}

/** Links between cards that exist, each drawn between the sides that face each other. */
export function projectEdges(view: Pick<BoardView, "model" | "selected" | "votes">): LinkEdgeType[] {
  const { model, selected, votes } = view;
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
        // A strength linked to an opportunity is drawn bolder.
        strong: kinds.has("strength") && kinds.has("opportunity"),
        vote: votes.get(link.id) ?? null,
      },
      selected: selected.has(link.id),
    };
  });
}
