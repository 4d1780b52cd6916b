import { type BoardModel, CARD_KINDS, type DraftCard, updateCard, updateZone } from "@oppdag/shared";
import { type RefObject, useEffect, useState } from "react";
import type * as Y from "yjs";
import { request } from "../control/request";
import { draftNodeId, type Point } from "./boardProjection";
import { focusBoardIfLost, focusedNodeId, focusNode } from "./focus";
import { directionOf, MIN_ZONE, nearestInDirection, type Rect, resizedBy, stepOf } from "./keyboardNavigation";
import { holdKey } from "./typeAhead";
import type { BoardActions } from "./useBoardActions";
import { isTyping } from "./useBoardKeyboard";
import type { CardVote } from "./VoteControl";

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  /** The board's element: keys count when focus is inside it (or nowhere, on the page body). */
  wrapper: RefObject<HTMLDivElement | null>;
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  canEdit: boolean;
  actions: BoardActions;
  votes: ReadonlyMap<string, CardVote>;
  /** This person's private drafts, where they are drawn, and how a moved one is kept. */
  drafts: readonly DraftCard[];
  draftMoves: Readonly<Record<string, Point>>;
  handleDraftMove(draftId: string, position: Point, done: boolean): void;
  /** Follows the leading facilitator again, or stops following; null while nobody leads. */
  toggleFollow: (() => void) | null;
  /** Where a new card goes: the middle of what this person sees. */
  center(): { x: number; y: number };
  /** Brings a node into the part of the board no panel covers. */
  revealNode(id: string): void;
  openShortcuts(): void;
}

/**
 * The board without a mouse: arrows move focus between cards, or move the selection (Alt resizes
 * it); Enter selects then edits; N and 1–5 add cards; L links; V and +/− vote; F follows; ? shows
 * the keys (ShortcutSheet lists them). Listens in the capture phase so that React Flow's own
 * arrow-key moves (5 px) never run on top of these, and the Enter of link mode never selects.
 * Ctrl/Cmd keys, and Enter on a selected card (edit), stay with useBoardKeyboard.
 */
export function useKeyboardControl(options: Options) {
  const [linkingFrom, setLinkingFrom] = useState<string | null>(null);
  const { doc, model, wrapper, selected, setSelected, canEdit, actions, votes, toggleFollow, center, openShortcuts } =
    options;
  const { drafts, draftMoves, handleDraftMove, revealNode } = options;

  // A node focused from the keyboard (Tab, arrows, Escape out of its text) comes into the free
  // part of the board. React Flow's own pan-on-focus is off (Board.tsx): it centres the node on
  // the whole board, under a phone's panel, and cut into the camera's reveal of a new card.
  useEffect(() => {
    const board = wrapper.current;
    if (!board) return;
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      const id = el?.matches(".react-flow__node:focus-visible") ? el.getAttribute("data-id") : null;
      if (id) revealNode(id);
    };
    board.addEventListener("focusin", onFocusIn);
    return () => board.removeEventListener("focusin", onFocusIn);
  }, [wrapper, revealNode]);

  // A source card deleted (here or by someone else) ends link mode.
  useEffect(() => {
    if (linkingFrom && !model.cards.some((c) => c.id === linkingFrom)) setLinkingFrom(null);
  }, [linkingFrom, model.cards]);

  useEffect(() => {
    const board = wrapper.current;
    const rects = (): Rect[] => model.cards.map(({ id, x, y, w, h }) => ({ id, x, y, w, h }));
    const rectOf = (id: string): Rect | undefined =>
      rects().find((r) => r.id === id) ?? model.zones.find((z) => z.id === id);

    const navigate = (from: string | null, key: string): boolean => {
      const direction = directionOf(key);
      const origin = from ? rectOf(from) : undefined;
      if (!direction) return false;
      const next = origin ? nearestInDirection(origin, rects(), direction) : model.cards[0]?.id;
      if (next) focusNode(board, next);
      return true;
    };

    const moveOrResize = (e: KeyboardEvent): boolean => {
      const direction = directionOf(e.key);
      if (!direction || !canEdit) return false;
      const cards = model.cards.filter((c) => selected.has(c.id));
      const zones = model.zones.filter((z) => selected.has(z.id));
      if (e.altKey) {
        if (cards.length + zones.length === 0) return false;
        doc.transact(() => {
          for (const c of cards) updateCard(doc, c.id, resizedBy(c, direction, e.shiftKey));
          for (const z of zones) updateZone(doc, z.id, resizedBy(z, direction, e.shiftKey, MIN_ZONE));
        });
        return true;
      }
      const d = stepOf(direction, e.shiftKey);
      // Drafts are the server's, not the document's: each move is sent as a drop.
      const movedDrafts = drafts.filter((draft) => selected.has(draftNodeId(draft.id)));
      for (const draft of movedDrafts) {
        const at = draftMoves[draft.id] ?? draft;
        handleDraftMove(draft.id, { x: at.x + d.x, y: at.y + d.y }, true);
      }
      if (cards.length + zones.length === 0) return movedDrafts.length > 0;
      // No undo step of its own: like a drag, a run of presses undoes at once.
      doc.transact(() => {
        for (const c of cards) updateCard(doc, c.id, { x: c.x + d.x, y: c.y + d.y });
        for (const z of zones) updateZone(doc, z.id, { x: z.x + d.x, y: z.y + d.y });
      });
      return true;
    };

    const vote = (id: string | null, add: boolean): boolean => {
      const mark = id ? votes.get(id) : undefined;
      if (!id || !mark?.open) return false;
      if (add && mark.canAdd) void request("vote:cast", { roundId: mark.roundId, targetId: id });
      if (!add && mark.mine > 0) void request("vote:retract", { roundId: mark.roundId, targetId: id });
      return true;
    };

    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (holdKey(e)) {
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      const target = e.target as Node | null;
      if (!board || (target instanceof Element && target.closest("dialog"))) return;
      // Letters work from anywhere on the page, as in other whiteboards; arrows and Enter only on
      // the board, where nothing else wants them (menus and the plan's matrix have their own).
      const onBoard = !!target && (board.contains(target) || target === document.body);
      const focused = focusedNodeId(target);
      const focusedCard = focused && model.cards.some((c) => c.id === focused) ? focused : null;
      const onlySelected = selected.size === 1 ? ([...selected][0] ?? null) : null;
      const subject = focusedCard ?? onlySelected;
      let handled = false;

      if (linkingFrom && onBoard) {
        if (e.key === "Escape") {
          setLinkingFrom(null);
          handled = true;
        } else if (e.key === "Enter") {
          if (focusedCard && focusedCard !== linkingFrom) {
            actions.link(linkingFrom, focusedCard);
            setLinkingFrom(null);
          }
          handled = true;
        } else {
          handled = navigate(focused, e.key);
        }
      } else if (directionOf(e.key)) {
        if (!onBoard || !(focused || target === board || target === document.body)) return;
        // Arrows move the selection when focus is on it (or on no card); otherwise they move focus.
        const onSelection = !focused || selected.has(focused);
        handled = (onSelection && moveOrResize(e)) || (!e.altKey && navigate(focused, e.key));
      } else if (e.key === "Enter" && onBoard && focusedCard && !selected.has(focusedCard)) {
        // Enter on a card selects it (Shift adds it to the selection); Enter again edits it.
        setSelected(e.shiftKey ? new Set([...selected, focusedCard]) : new Set([focusedCard]));
        handled = true;
      } else if (e.key === "Enter" && focused && selected.has(focused) && target instanceof Element) {
        // A draft's text is always open: Enter on the selected draft goes into it.
        const text = target.matches(".react-flow__node-draft") ? target.querySelector("textarea") : null;
        if (!text) return;
        text.focus();
        handled = true;
      } else if (e.key === "?") {
        openShortcuts();
        handled = true;
      } else if (e.altKey) {
        return;
      } else if (canEdit && (e.key === "n" || e.key === "N")) {
        actions.addCards({ type: "card", kind: "idea", near: center() });
        handled = true;
      } else if (canEdit && /^[1-5]$/.test(e.key)) {
        const kind = CARD_KINDS[Number(e.key) - 1];
        if (kind) actions.addCards({ type: "card", kind, near: center() });
        handled = true;
      } else if (canEdit && (e.key === "l" || e.key === "L") && subject && model.cards.some((c) => c.id === subject)) {
        setLinkingFrom(subject);
        handled = true;
      } else if (e.key === "v" || e.key === "+") {
        handled = vote(subject, true);
      } else if (e.key === "V" || e.key === "-") {
        handled = vote(subject, false);
      } else if ((e.key === "f" || e.key === "F") && toggleFollow) {
        toggleFollow();
        handled = true;
      } else if (onBoard && e.key === "Escape") {
        // Clears the selection and keeps focus where it is. Not React Flow's Escape: that blurs the
        // card (focus would fall to the page body), and selects a card that was not selected.
        setSelected(new Set());
        focusBoardIfLost(board);
        handled = true;
      } else if (onBoard && (e.key === "Delete" || e.key === "Backspace")) {
        // The deleted card had focus: keep it in the board.
        focusBoardIfLost(board);
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [
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
    center,
    openShortcuts,
    linkingFrom,
  ]);

  return { linkingFrom };
}
