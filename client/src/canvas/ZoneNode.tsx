import { type BoardZone, deleteZones, updateZone } from "@oppdag/shared";
import { type Node, type NodeProps, NodeResizer, NodeToolbar, Position } from "@xyflow/react";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";
import { useBoardContext } from "./boardContext";
import { focusBoardIfLost } from "./focus";

export type ZoneNodeType = Node<{ zone: BoardZone }, "zone">;

function ZoneNodeView({ data, selected }: NodeProps<ZoneNodeType>) {
  const { zone } = data;
  const { t } = useTranslation();
  const { doc, canEdit, step } = useBoardContext();
  const [draft, setDraft] = useState<string | null>(null);
  // A thematic group works here: members see "Your group", everyone else the group's name.
  const group = useSessionStore((s) => s.session?.groups.groups.find((g) => g.zoneId === zone.id));
  const mine = useSessionStore((s) => !!group && !!s.me && s.session?.groups.members[s.me.id] === group.id);

  return (
    <div
      className={`zone color-${zone.color} ${selected ? "selected" : ""} ${mine ? "my-group" : ""}`}
      data-testid="zone"
      data-my-group={mine || undefined}
    >
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
        {group && (
          <span className={`zone-group ${mine ? "mine" : ""}`} data-testid="zone-group">
            {mine ? t("thematic.yourGroupZone") : t("thematic.groupZone", { name: group.name })}
          </span>
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
