import { type BoardZone, deleteZones, updateZone } from "@oppdag/shared";
import { type Node, type NodeProps, NodeResizer, NodeToolbar, Position } from "@xyflow/react";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardContext } from "./boardContext";
import { focusBoardIfLost } from "./useKeyboardControl";

export type ZoneNodeType = Node<{ zone: BoardZone }, "zone">;

function ZoneNodeView({ data, selected }: NodeProps<ZoneNodeType>) {
  const { zone } = data;
  const { t } = useTranslation();
  const { doc, canEdit, step } = useBoardContext();
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <div className={`zone color-${zone.color} ${selected ? "selected" : ""}`} data-testid="zone">
      {canEdit && (
        <NodeResizer
          isVisible={selected}
          minWidth={200}
          minHeight={140}
          onResize={(_e, p) => updateZone(doc, zone.id, { x: p.x, y: p.y, w: p.width, h: p.height })}
          lineClassName="resize-line"
          handleClassName="resize-handle"
        />
      )}
      <header className="zone-header">
        {canEdit ? (
          <input
            className="zone-title nodrag"
            value={draft ?? zone.title}
            placeholder={t("board.newZone")}
            aria-label={t("board.addZone")}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              if (draft !== null) step(() => updateZone(doc, zone.id, { title: draft.trim() }));
              setDraft(null);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === "Escape") e.currentTarget.blur();
            }}
          />
        ) : (
          <span className="zone-title">{zone.title}</span>
        )}
      </header>
      {canEdit && selected && (
        <NodeToolbar isVisible position={Position.Top} className="node-toolbar">
          <button
            type="button"
            className="button ghost small danger"
            onClick={(e) => {
              const board = e.currentTarget.closest<HTMLElement>(".board");
              step(() => deleteZones(doc, [zone.id]));
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

export const ZoneNode = memo(ZoneNodeView);
