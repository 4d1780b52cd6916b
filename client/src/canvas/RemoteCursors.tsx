import { useStore } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import type { RemotePresence } from "../collab/usePresence";
import { selectNamesHidden, useSessionStore } from "../stores/sessionStore";

/**
 * Other people's pointers. Drawn in a layer above the cards (React Flow's viewport portal sits
 * under the nodes), placed with the current pan and zoom, and kept the same size at any zoom.
 */
export function RemoteCursors({ presence }: { presence: RemotePresence[] }) {
  const { t } = useTranslation();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  // Anonymous mode: participants see each pointer's actor group, not the name.
  const hideNames = useSessionStore(selectNamesHidden);
  return (
    <div className="remote-cursors" aria-hidden="true">
      {presence
        .filter((p) => p.pointer)
        .map((p) => (
          <div
            key={p.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            style={{
              transform: `translate(${(p.pointer?.x ?? 0) * zoom + tx}px, ${(p.pointer?.y ?? 0) * zoom + ty}px)`,
            }}
          >
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <path d="M1 1 L7 17 L9.5 9.5 L17 7 Z" fill={p.user.color} stroke="white" strokeWidth="1.5" />
            </svg>
            <span className="remote-cursor-name" style={{ background: p.user.color }}>
              {hideNames ? t(`groups.${p.user.group}`, { defaultValue: "" }) : p.user.name}
            </span>
          </div>
        ))}
    </div>
  );
}
