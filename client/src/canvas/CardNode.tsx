import {
  applyTextDiff,
  type BoardCard,
  CARD_COLORS,
  CARD_KINDS,
  type CardColor,
  type CardKind,
  CHALLENGEABLE_KINDS,
  cardMaxLines,
  cardText,
  deleteCards,
  Limits,
  updateCard,
} from "@oppdag/shared";
import { type Node, type NodeProps, NodeResizer, NodeToolbar, Position } from "@xyflow/react";
import { type CSSProperties, memo, type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { AttachPicker } from "../critique/AttachPicker";
import { ChallengeBadge } from "../critique/ChallengeBadge";
import { useChallengeContext } from "../critique/challengeContext";
import type { TargetMark } from "../critique/marks";
import { ScoreBadge } from "../scoring/ScoreBadge";
import { selectBoardRights, selectNamesHidden, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { useBoardContext } from "./boardContext";
import { focusBoardIfLost } from "./focus";
import { LinkHandles } from "./LinkHandles";
import { takeHeldText } from "./typeAhead";
import { type CardVote, VoteControl } from "./VoteControl";

export interface RemoteMark {
  name: string;
  color: string;
}

export type CardNodeType = Node<
  {
    card: BoardCard;
    remote: RemoteMark[];
    vote: CardVote | null;
    spotlit: boolean;
    /** Outside this person's group zone while groups keep to their zones: read-only here. */
    outside?: boolean;
    /** A critical friend's own card: theirs to change though the board is not. */
    own?: boolean;
    /** Open challenges attached to this card (critique/marks.ts). */
    challenges?: number;
    /** A challenge's target, if it has one that still exists. */
    targetType?: TargetMark["type"];
    targetLabel?: string;
  },
  "card"
>;

function CardNodeView({ data, selected }: NodeProps<CardNodeType>) {
  const { card, remote, vote, spotlit } = data;
  const facilitator = useSessionStore((s) => s.me?.role === "facilitator");
  const namesHidden = useSessionStore(selectNamesHidden);
  const { t } = useTranslation();
  const { doc, canEdit: canEditBoard, nameOf, step } = useBoardContext();
  const canEdit = (canEditBoard && !data.outside) || !!data.own;
  const challengesOnly = useSessionStore((s) => selectBoardRights(s).kinds === "challenges");
  const { canChallenge, challenge } = useChallengeContext();
  const challengeable = canChallenge && CHALLENGEABLE_KINDS.includes(card.kind);
  const handleChallenge = () => challenge(card.id, { x: card.x + card.w + 140, y: card.y + card.h / 2 });
  const editing = useUiStore((s) => s.editingId === card.id);
  const setUi = useUiStore((s) => s.set);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The pointer is on this card: its link handles are the real, draggable ones (LinkHandles.tsx).
  const [hovered, setHovered] = useState(false);

  useEffect(() => {
    if (!editing) return;
    // The text may not take focus at once: seen from far away it is not drawn until the camera
    // has zoomed in to it (useVisibleArea.reveal), so try again each frame for a moment.
    let frame = 0;
    let tries = 0;
    const focusText = () => {
      const field = textarea.current;
      if (!field || document.activeElement === field) return;
      field.focus();
      if (document.activeElement !== field) {
        if (++tries < 90) frame = requestAnimationFrame(focusText);
        return;
      }
      startTyping(field);
    };
    const startTyping = (field: HTMLTextAreaElement) => {
      field.setSelectionRange(field.value.length, field.value.length);
      // Keys typed before the text could take focus (typeAhead.ts) go in now.
      const held = takeHeldText(card.id);
      const text = held?.text ? cardText(doc, card.id) : null;
      if (held && text) text.insert(text.length, held.text.slice(0, Math.max(0, Limits.cardTextLength - text.length)));
      if (held?.done) {
        field.blur();
        field.closest<HTMLElement>(".react-flow__node")?.focus();
      }
    };
    focusText();
    return () => cancelAnimationFrame(frame);
  }, [editing, doc, card.id]);

  const outline = remote[0]?.color;
  // In anonymous mode only facilitators see who wrote a card.
  const author = namesHidden ? undefined : nameOf(card.authorId);
  // The card grows to fit its text, from the height the user chose up to a number of lines
  // (`cardMaxLines`, which placement and the export reckon with too); past that the text ends in
  // an ellipsis, and the whole of it shows on hover (title) and when the text has focus.
  const lines = cardMaxLines(card.h);
  const shown = useRef<HTMLParagraphElement>(null);
  const clamped = useClamped(shown, `${card.text}\n${card.w}\n${lines}\n${editing}`);
  const style: CSSProperties = { minHeight: card.h, ...(outline ? { boxShadow: `0 0 0 3px ${outline}` } : {}) };
  return (
    <div
      className={`card color-${card.color} ${selected ? "selected" : ""} ${spotlit ? "spotlit" : ""}`}
      style={style}
      data-testid="card"
      data-kind={card.kind}
      onDoubleClick={() => canEdit && setUi({ editingId: card.id })}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      {canEdit && (
        <NodeResizer
          isVisible={selected}
          minWidth={140}
          minHeight={90}
          onResize={(_e, p) => updateCard(doc, card.id, { x: p.x, y: p.y, w: p.width, h: p.height })}
          lineClassName="resize-line"
          handleClassName="resize-handle"
        />
      )}
      {remote.length > 0 && (
        <span className="remote-tag" style={{ background: outline }}>
          {remote.map((r) => r.name).join(", ")}
        </span>
      )}
      <LinkHandles active={hovered || selected} connectable={canEdit} />
      <header className={`card-kind kind-${card.kind}`}>
        {t(`kinds.${card.kind}`)}
        {card.kind === "challenge" && card.answer?.trim() && (
          <span className="challenge-answered-mark" title={card.answer}>
            {" "}
            · {t("critique.answered")}
          </span>
        )}
      </header>
      {card.kind === "challenge" && data.targetType && (
        <p className="challenge-on" data-testid="challenge-on">
          <span aria-hidden="true">⚑ </span>
          {t(`critique.${data.targetType}`)}: {data.targetLabel || t("board.cardPlaceholder")}
        </p>
      )}
      {editing && canEdit ? (
        <textarea
          ref={textarea}
          className="card-text nodrag nowheel"
          style={{ maxHeight: `calc(${lines} * 1.35em + 0.6rem)` }}
          value={card.text}
          maxLength={Limits.cardTextLength}
          placeholder={t("board.cardPlaceholder")}
          aria-label={t(`kinds.${card.kind}`)}
          onChange={(e) => {
            const text = cardText(doc, card.id);
            if (text) applyTextDiff(text, e.target.value);
          }}
          onBlur={() => setUi({ editingId: null })}
          onKeyDown={(e) => {
            if (e.key === "Escape" || (e.key === "Enter" && (e.metaKey || e.ctrlKey))) {
              // Done writing: focus goes back to the card (not the page), so the keyboard goes on.
              const node = e.currentTarget.closest<HTMLElement>(".react-flow__node");
              e.currentTarget.blur();
              node?.focus();
            }
          }}
        />
      ) : (
        <p
          ref={shown}
          className={`card-text ${card.text ? "" : "placeholder"}`}
          style={{ WebkitLineClamp: lines }}
          title={clamped ? card.text : undefined}
          // Focus shows the whole text, so a keyboard can read what the ellipsis hides.
          tabIndex={clamped ? 0 : undefined}
          data-clamped={clamped || undefined}
          data-testid="card-text"
        >
          {card.text || t("board.cardPlaceholder")}
        </p>
      )}
      <footer className="card-footer">
        <span className="card-author" title={author}>
          {t(`groups.${card.authorGroup}`)}
        </span>
        <ChallengeBadge doc={doc} targetId={card.id} count={data.challenges ?? 0} step={step} />
        <ScoreBadge targetId={card.id} />
        {vote && <VoteControl targetId={card.id} vote={vote} />}
      </footer>
      {/* Someone who may not change this card may still challenge it (a critical friend). */}
      {!canEdit && selected && challengeable && (
        <NodeToolbar isVisible position={Position.Top} className="node-toolbar">
          <button type="button" className="button primary small" onClick={handleChallenge} data-testid="challenge-this">
            ⚑ {t("critique.challengeThis")}
          </button>
        </NodeToolbar>
      )}
      {/* Mounted only when shown: a hidden NodeToolbar still reads every node on each pan frame. */}
      {canEdit && selected && !editing && (
        <NodeToolbar isVisible position={Position.Top} className="node-toolbar">
          {/* Re-kinding is adding a card of that kind: none but challenges in the critique. */}
          {!challengesOnly && (
            <select
              aria-label={t("board.kind")}
              value={card.kind}
              onChange={(e) => step(() => updateCard(doc, card.id, { kind: e.target.value as CardKind }))}
            >
              {CARD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
          {card.kind === "challenge" && <AttachPicker doc={doc} card={card} step={step} />}
          {challengeable && (
            <button type="button" className="button ghost small" onClick={handleChallenge} data-testid="challenge-this">
              ⚑ {t("critique.challengeThis")}
            </button>
          )}
          <fieldset className="swatches" aria-label={t("board.colour")}>
            {CARD_COLORS.map((c: CardColor) => (
              <button
                key={c}
                type="button"
                className={`swatch color-${c} ${card.color === c ? "current" : ""}`}
                aria-label={t(`colors.${c}`)}
                aria-pressed={card.color === c}
                onClick={() => step(() => updateCard(doc, card.id, { color: c }))}
              />
            ))}
          </fieldset>
          {facilitator && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => request("spotlight:set", { cardId: card.id })}
              data-testid="spotlight-button"
            >
              {t("session.spotlight")}
            </button>
          )}
          <button
            type="button"
            className="button ghost small danger"
            onClick={(e) => {
              // The card goes, and with it the focus: it stays in the board for the keyboard.
              const board = e.currentTarget.closest<HTMLElement>(".board");
              step(() => deleteCards(doc, [card.id]));
              focusBoardIfLost(board);
            }}
          >
            {t("board.delete")}
          </button>
        </NodeToolbar>
      )}
    </div>
  );
}

/** Whether the text in `ref` is cut short (more of it than shows); measured again when `key` changes. */
function useClamped(ref: RefObject<HTMLElement | null>, key: string): boolean {
  const [clamped, setClamped] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what changes the layout
  useLayoutEffect(() => {
    const el = ref.current;
    setClamped(!!el && el.scrollHeight > el.clientHeight + 1);
  }, [ref, key]);
  return clamped;
}

export const CardNode = memo(CardNodeView);
