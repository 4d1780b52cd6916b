import { useStore } from "@xyflow/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useRemotePresence } from "../collab/usePresence";
import { selectNamesHidden, useSessionStore } from "../stores/sessionStore";

/** A pointer that has not moved for this long fades, so the ones in use stand out. */
export const CURSOR_IDLE_MS = 5_000;

/**
 * Other people's pointers. Drawn in a layer above the cards (React Flow's viewport portal sits
 * under the nodes), placed with the current pan and zoom, and kept the same size at any zoom. A
 * pointer goes as soon as its person's presence does (they left or moved off the board).
 */
export function RemoteCursors({ awareness }: { awareness: Awareness }) {
  // Subscribed here, not on the board: pointers move many times a second, the board should not.
  const presence = useRemotePresence(awareness);
  const { t } = useTranslation();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  // Anonymous mode: participants see each pointer's actor group, not the name.
  const hideNames = useSessionStore(selectNamesHidden);
  return (
    <div className="remote-cursors" aria-hidden="true">
      {presence.map(
        (p) =>
          p.pointer && (
            <RemoteCursor
              key={p.clientId}
              x={p.pointer.x * zoom + tx}
              y={p.pointer.y * zoom + ty}
              movedAt={p.movedAt}
              color={p.user.color}
              label={hideNames ? t(`groups.${p.user.group}`, { defaultValue: "" }) : p.user.name}
            />
          ),
      )}
    </div>
  );
}

function RemoteCursor({
  x,
  y,
  movedAt,
  color,
  label,
}: {
  x: number;
  y: number;
  movedAt: number;
  color: string;
  label: string;
}) {
  const idle = useIdleSince(movedAt, CURSOR_IDLE_MS);
  return (
    <div
      className={`remote-cursor ${idle ? "idle" : ""}`}
      data-testid="remote-cursor"
      data-idle={idle}
      style={{ transform: `translate(${x}px, ${y}px)` }}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <path d="M1 1 L7 17 L9.5 9.5 L17 7 Z" fill={color} stroke="white" strokeWidth="1.5" />
      </svg>
      <span className="remote-cursor-name" style={{ background: color }}>
        {label}
      </span>
    </div>
  );
}

/** Whether `ms` have passed since `since` (a Date.now() instant), re-checked when it changes. */
function useIdleSince(since: number, ms: number): boolean {
  const [idle, setIdle] = useState(() => Date.now() - since >= ms);
  useEffect(() => {
    const left = since + ms - Date.now();
    setIdle(left <= 0);
    if (left <= 0) return;
    const id = setTimeout(() => setIdle(true), left);
    return () => clearTimeout(id);
  }, [since, ms]);
  return idle;
}
