import { type BoardModel, CARD_SIZE, type DraftCard, facingSides, type Rect } from "@oppdag/shared";
import { type ChallengeMarks, NO_MARKS as NO_CHALLENGES } from "../critique/marks";
import { changeableUnder } from "../groups/zoneRule";
import type { CardNodeType, RemoteMark } from "./CardNode";
import type { DraftNodeType } from "./DraftNode";
import type { BoardDescriber } from "./describeBoard";
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
  /** While thematic groups keep to their zones: the only zone whose cards this person may change. */
  zoneRule?: Rect | null;
  /** Sizes React Flow measured, handed back so it need not measure every node again. */
  measured: ReadonlyMap<string, Size>;
  /** Names for screen readers, in the UI language (left out where nobody listens, as in tests). */
  describe?: BoardDescriber;
  /** Open challenges on each target and each challenge's target (critique/marks.ts). */
  challenges?: ChallengeMarks;
  /** A critical friend: the author whose cards (their own) they may change though `canEdit` is false. */
  ownerId?: string | null;
}

const NO_MARKS: RemoteMark[] = [];

/**
 * Zones (under everything), cards, then this person's drafts. A node whose inputs are the same as
 * in `previous` (the last projection, by id) is that very object, so React Flow re-renders only
 * the nodes that changed: a peer dragging 20 cards on a 2,000-card board re-renders 20.
 */
export function projectNodes(view: BoardView, previous: ReadonlyMap<string, BoardNode> = new Map()): BoardNode[] {
  const { model, selected, votes, marks, drafts, draftMoves, spotlight, canEdit, measured, describe } = view;
  const zoneRule = view.zoneRule ?? null;
  const challenges = view.challenges ?? NO_CHALLENGES;
  const ownerId = view.ownerId ?? null;
  const zones = model.zones.map((zone): ZoneNodeType => {
    const prev = previous.get(zone.id);
    const isSelected = selected.has(zone.id);
    const size = measured.get(zone.id);
    if (
      prev?.type === "zone" &&
      prev.data.zone === zone &&
      prev.selected === isSelected &&
      prev.draggable === (canEdit && !zoneRule) &&
      prev.measured === size &&
      // The describer's role objects are made per language: another language names every node anew.
      prev.domAttributes === describe?.roles.zone
    ) {
      return prev;
    }
    return {
      id: zone.id,
      ariaLabel: describe?.zone(zone),
      domAttributes: describe?.roles.zone,
      type: "zone",
      position: { x: zone.x, y: zone.y },
      width: zone.w,
      height: zone.h,
      measured: size,
      data: { zone },
      selected: isSelected,
      draggable: canEdit && !zoneRule,
      dragHandle: ".zone-header",
      zIndex: -1,
    };
  });
  const cards = model.cards.map((card): CardNodeType => {
    const prev = previous.get(card.id);
    const isSelected = selected.has(card.id);
    const size = measured.get(card.id);
    const remote = marks.get(card.id) ?? NO_MARKS;
    const vote = votes.get(card.id) ?? null;
    const spotlit = spotlight === card.id;
    const own = !!ownerId && card.authorId === ownerId;
    const editable = (canEdit && changeableUnder(zoneRule, card)) || own;
    const outside = canEdit && !editable;
    const openChallenges = challenges.open.get(card.id) ?? 0;
    const target = challenges.targets.get(card.id);
    if (
      prev?.type === "card" &&
      prev.data.card === card &&
      prev.data.remote === remote &&
      prev.data.vote === vote &&
      prev.data.spotlit === spotlit &&
      prev.data.outside === outside &&
      prev.data.own === own &&
      prev.data.challenges === openChallenges &&
      prev.data.targetType === target?.type &&
      prev.data.targetLabel === target?.label &&
      prev.selected === isSelected &&
      prev.draggable === editable &&
      prev.measured === size &&
      prev.domAttributes === describe?.roles.card
    ) {
      return prev;
    }
    return {
      id: card.id,
      ariaLabel: describe?.card(card, vote),
      domAttributes: describe?.roles.card,
      type: "card",
      position: { x: card.x, y: card.y },
      // The stored height is the card's least; styles.css lets the node grow with its text. (Left
      // out, React Flow would hide the node until measured, and a new card's editor could not focus.)
      width: card.w,
      height: card.h,
      measured: size,
      data: {
        card,
        remote,
        vote,
        spotlit,
        outside,
        own,
        challenges: openChallenges,
        targetType: target?.type,
        targetLabel: target?.label,
      },
      selected: isSelected,
      draggable: editable,
    };
  });
  const draftNodes = drafts.map((draft): DraftNodeType => {
    const id = draftNodeId(draft.id);
    const prev = previous.get(id);
    const position = draftMoves[draft.id] ?? { x: draft.x, y: draft.y };
    const isSelected = selected.has(id);
    const size = measured.get(id);
    if (
      prev?.type === "draft" &&
      prev.data.draft === draft &&
      prev.position.x === position.x &&
      prev.position.y === position.y &&
      prev.selected === isSelected &&
      prev.measured === size &&
      prev.domAttributes === describe?.roles.draft
    ) {
      return prev;
    }
    return {
      id,
      ariaLabel: describe?.draft(draft),
      domAttributes: describe?.roles.draft,
      type: "draft",
      position,
      width: CARD_SIZE.w,
      height: CARD_SIZE.h,
      measured: size,
      data: { draft },
      selected: isSelected,
    };
  });
  return [...zones, ...cards, ...draftNodes];
}

/** Links between cards that exist, each drawn between the sides that face each other; unchanged ones as in `previous`. */
export function projectEdges(
  view: Pick<BoardView, "model" | "selected" | "votes" | "describe" | "challenges">,
  previous: ReadonlyMap<string, LinkEdgeType> = new Map(),
): LinkEdgeType[] {
  const { model, selected, votes, describe } = view;
  const open = (view.challenges ?? NO_CHALLENGES).open;
  const cardById = new Map(model.cards.map((c) => [c.id, c]));
  return model.links.flatMap((link): LinkEdgeType | [] => {
    const from = cardById.get(link.source);
    const to = cardById.get(link.target);
    if (!from || !to) return [];
    const kinds = new Set([from.kind, to.kind]);
    const sides = facingSides(from, to);
    // A strength linked to an opportunity is drawn bolder.
    const strong = kinds.has("strength") && kinds.has("opportunity");
    const vote = votes.get(link.id) ?? null;
    const isSelected = selected.has(link.id);
    const challenges = open.get(link.id) ?? 0;
    // Named by its cards' texts, which may change while the link does not: worked out every time.
    const ariaLabel = describe?.link(from, to, link.label, vote);
    const prev = previous.get(link.id);
    if (
      prev?.data &&
      prev.source === link.source &&
      prev.target === link.target &&
      prev.sourceHandle === sides.source &&
      prev.targetHandle === sides.target &&
      prev.data.label === link.label &&
      prev.data.strong === strong &&
      prev.data.vote === vote &&
      prev.data.challenges === challenges &&
      prev.selected === isSelected &&
      prev.ariaLabel === ariaLabel &&
      prev.domAttributes === describe?.roles.link
    ) {
      return prev;
    }
    return {
      id: link.id,
      ariaLabel,
      domAttributes: describe?.roles.link,
      type: "link" as const,
      source: link.source,
      target: link.target,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      data: { label: link.label, strong, vote, challenges },
      selected: isSelected,
    };
  });
}
