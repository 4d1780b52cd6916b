import { CARD_SIZE, CARD_TEXT, type DraftCard, Limits } from "@oppdag/shared";
import { type Node, type NodeProps, NodeToolbar, Position } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { focusBoardIfLost } from "./focus";
import { takeHeldText } from "./typeAhead";
import { useDraftText } from "./useDraftText";

export type DraftNodeType = Node<{ draft: DraftCard }, "draft">;

/**
 * A card written in a private round. It lives on the server, visible to its author alone, until
 * the facilitator reveals; edits are sent as the author types (throttled) and on blur.
 */
function DraftNodeView({ id, data, selected }: NodeProps<DraftNodeType>) {
  const { draft } = data;
  const { t } = useTranslation();
  const { text, change, put, flush } = useDraftText(draft);

  // A new draft is for writing in at once; keys typed before it could take focus go in too.
  const field = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the draft first appears
  useEffect(() => {
    if (draft.text || !field.current) return;
    field.current.focus();
    const held = takeHeldText(id);
    if (held?.text) put(held.text.slice(0, Limits.cardTextLength));
    if (held?.done) field.current.closest<HTMLElement>(".react-flow__node")?.focus();
  }, []);

  return (
    <div
      className={`card draft color-yellow ${selected ? "selected" : ""}`}
      // Grows with its text like a card, up to the same number of lines; then the text scrolls.
      style={{ minHeight: CARD_SIZE.h }}
      data-testid="draft-card"
      data-kind={draft.kind}
    >
      <header className={`card-kind kind-${draft.kind}`}>
        {t(`kinds.${draft.kind}`)}
        <span className="private-badge">{t("session.privateBadge")}</span>
      </header>
      <textarea
        className="card-text nodrag nowheel"
        style={{ maxHeight: `calc(${CARD_TEXT.maxLines} * 1.35em + 0.6rem)` }}
        value={text}
        maxLength={Limits.cardTextLength}
        placeholder={t("board.cardPlaceholder")}
        aria-label={t(`kinds.${draft.kind}`)}
        ref={field}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          // As on a card: Escape leaves the text with focus on the draft, for the board's keys.
          if (e.key === "Escape") e.currentTarget.closest<HTMLElement>(".react-flow__node")?.focus();
        }}
      />
      {selected && (
        <NodeToolbar isVisible position={Position.Top} className="node-toolbar">
          <button
            type="button"
            className="button ghost small danger"
            onClick={(e) => {
              const board = e.currentTarget.closest<HTMLElement>(".board");
              void request("draft:delete", { id: draft.id });
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

export const DraftNode = memo(DraftNodeView);
