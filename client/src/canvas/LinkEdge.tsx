import { Limits, setLinkLabel } from "@oppdag/shared";
import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChallengeBadge } from "../critique/ChallengeBadge";
import { useChallengeContext } from "../critique/challengeContext";
import { ScoreBadge } from "../scoring/ScoreBadge";
import { useUiStore } from "../stores/uiStore";
import { useBoardContext } from "./boardContext";
import { type CardVote, VoteControl } from "./VoteControl";

export type LinkEdgeType = Edge<
  {
    label: string;
    strong: boolean;
    vote: CardVote | null;
    /** Open challenges attached to this link (critique/marks.ts). */
    challenges?: number;
  },
  "link"
>;

/**
 * A link between two cards with its label at the middle. Labels are drawn above cards, so they let
 * the pointer through unless their link is selected: a label must never block a card's handle.
 */
function LinkEdgeView({
  id,
  data,
  selected,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps<LinkEdgeType>) {
  const { t } = useTranslation();
  const { doc, canEdit, step } = useBoardContext();
  const editing = useUiStore((s) => s.editingLinkId === id);
  const setUi = useUiStore((s) => s.set);
  // null until the person types: until then the field shows the current label.
  const [draft, setDraft] = useState<string | null>(null);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const label = data?.label ?? "";
  const { canChallenge, challenge } = useChallengeContext();
  const challenges = data?.challenges ?? 0;

  const startEditing = () => canEdit && setUi({ editingLinkId: id });
  const stopEditing = (save: boolean) => {
    if (save && draft !== null) step(() => setLinkLabel(doc, id, draft.trim()));
    setDraft(null);
    setUi({ editingLinkId: null });
  };

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`link-path ${data?.strong ? "strong" : ""} ${selected ? "selected" : ""}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label nodrag nopan ${label || editing || data?.vote || challenges ? "" : "empty"} ${selected || editing || data?.vote || challenges ? "active" : ""}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          onDoubleClick={startEditing}
          data-testid="link-label"
        >
          {editing ? (
            <input
              // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this label
              autoFocus
              value={draft ?? label}
              maxLength={Limits.linkLabelLength}
              placeholder={t("board.linkLabelPlaceholder")}
              aria-label={t("board.linkLabelPlaceholder")}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => stopEditing(true)}
              onKeyDown={(e) => {
                if (e.key === "Enter") stopEditing(true);
                if (e.key === "Escape") stopEditing(false);
              }}
            />
          ) : label ? (
            <span>{label}</span>
          ) : canEdit && selected ? (
            <button type="button" className="link-add" onClick={startEditing}>
              {t("board.addLabel")}
            </button>
          ) : null}
          {data?.vote && <VoteControl targetId={id} vote={data.vote} />}
          <ScoreBadge targetId={id} />
          <ChallengeBadge doc={doc} targetId={id} count={challenges} step={step} />
          {selected && canChallenge && !editing && (
            <button
              type="button"
              className="link-add"
              onClick={() => challenge(id, { x: labelX + 40, y: labelY + 120 })}
              data-testid="challenge-this"
            >
              ⚑ {t("critique.challengeThis")}
            </button>
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
