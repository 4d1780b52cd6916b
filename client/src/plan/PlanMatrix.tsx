import { type ActionItem, actionItemsMap, MATRIX_QUADRANTS, type NumberedArea } from "@oppdag/shared";
import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";

interface Props {
  doc: Y.Doc;
  plan: NumberedArea[];
  shown: Set<string>;
  canEdit: boolean;
}

type Position = { impact: number; feasibility: number };
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const STEP = 0.05;

const saveMatrix = (doc: Y.Doc, id: string, position: Position | null) =>
  actionItemsMap(doc).get(id)?.set("matrix", position);

/** Where a pointer is on the grid, 0..1 each way; null outside it (a drop there takes the item off). */
function positionIn(grid: HTMLElement | null, e: { clientX: number; clientY: number }): Position | null {
  const rect = grid?.getBoundingClientRect();
  if (!rect) return null;
  const x = (e.clientX - rect.left) / rect.width;
  const y = (e.clientY - rect.top) / rect.height;
  if (x < -0.05 || x > 1.05 || y < -0.05 || y > 1.05) return null;
  return { impact: clamp(1 - y), feasibility: clamp(x) };
}

/**
 * The impact × feasibility matrix: high impact on top, high feasibility to the right. Items are
 * dragged from the tray onto the grid (or back); arrow keys move a focused item. A position is
 * written once, when the drag ends, so it is one change for everyone and one step to undo.
 */
export function PlanMatrix({ doc, plan, shown, canEdit }: Props) {
  const { t } = useTranslation();
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: string; position: Position | null; origin: Position | null } | null>(null);
  const entries = plan.flatMap((area) => area.items).filter(({ item }) => shown.has(item.id));
  const at = (item: ActionItem) => (drag?.id === item.id ? drag.position : item.matrix);
  const placed = entries.filter(({ item }) => at(item));
  const unplaced = entries.filter(({ item }) => !at(item));

  const save = (id: string, position: Position | null) => saveMatrix(doc, id, position);

  // The drag follows the window, not the chip: the chip moves between the tray and the grid under the pointer.
  const dragId = drag?.id;
  const origin = drag?.origin ?? null;
  useEffect(() => {
    if (!dragId) return;
    const grid = gridRef.current;
    const move = (e: globalThis.PointerEvent) => setDrag((d) => d && { ...d, position: positionIn(grid, e) });
    const up = (e: globalThis.PointerEvent) => {
      const position = positionIn(grid, e);
      if (JSON.stringify(position) !== JSON.stringify(origin)) saveMatrix(doc, dragId, position);
      setDrag(null);
    };
    const cancel = () => setDrag(null);
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", cancel);
    return () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
    };
  }, [dragId, origin, doc]);

  const handlers = (item: ActionItem) =>
    canEdit
      ? {
          onPointerDown: (e: PointerEvent<HTMLElement>) => {
            if (e.button !== 0) return;
            e.preventDefault();
            setDrag({ id: item.id, position: item.matrix, origin: item.matrix });
          },
          onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
            const from = item.matrix ?? { impact: 0.5, feasibility: 0.5 };
            const moves: Record<string, Position> = {
              ArrowUp: { ...from, impact: clamp(from.impact + STEP) },
              ArrowDown: { ...from, impact: clamp(from.impact - STEP) },
              ArrowRight: { ...from, feasibility: clamp(from.feasibility + STEP) },
              ArrowLeft: { ...from, feasibility: clamp(from.feasibility - STEP) },
            };
            const next = moves[e.key];
            if (next) {
              e.preventDefault();
              save(item.id, next);
            } else if ((e.key === "Delete" || e.key === "Backspace") && item.matrix) {
              e.preventDefault();
              save(item.id, null);
            }
          },
        }
      : {};

  return (
    <div className="plan-matrix" data-testid="plan-matrix">
      <div className="matrix-frame">
        <span className="matrix-axis matrix-axis-y">{t("plan.matrix.impact")} →</span>
        <div className="matrix-grid" ref={gridRef} data-testid="matrix-grid">
          {MATRIX_QUADRANTS.map((q) => (
            <div key={q} className={`matrix-quadrant q-${q}`}>
              <span>{t(`plan.matrix.quadrants.${q}`)}</span>
            </div>
          ))}
          {placed.map(({ item, number }) => {
            const position = at(item);
            if (!position) return null;
            return (
              <button
                key={item.id}
                type="button"
                className={`matrix-chip${drag?.id === item.id ? " dragging" : ""}`}
                style={{
                  left: `${position.feasibility * 100}%`,
                  top: `${(1 - position.impact) * 100}%`,
                  // Anchored at its point, leaning inwards, so chips at the edges stay inside the grid.
                  transform: `translate(${-position.feasibility * 100}%, -50%)`,
                }}
                title={`${number}. ${item.title}`}
                aria-label={t("plan.matrix.position", {
                  item: `${number}. ${item.title}`,
                  impact: Math.round(position.impact * 100),
                  feasibility: Math.round(position.feasibility * 100),
                })}
                data-testid="matrix-chip"
                data-item={item.id}
                {...handlers(item)}
              >
                <strong>{number}</strong> <span>{item.title || t("plan.untitled")}</span>
              </button>
            );
          })}
        </div>
        <span className="matrix-axis matrix-axis-x">{t("plan.matrix.feasibility")} →</span>
      </div>
      <div className="matrix-tray" data-testid="matrix-tray">
        <p className="muted">{canEdit ? t("plan.matrix.trayHint") : t("plan.matrix.tray")}</p>
        {unplaced.map(({ item, number }) => (
          <button
            key={item.id}
            type="button"
            className="matrix-chip in-tray"
            title={`${number}. ${item.title}`}
            data-testid="matrix-tray-chip"
            data-item={item.id}
            {...handlers(item)}
          >
            <strong>{number}</strong> <span>{item.title || t("plan.untitled")}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
