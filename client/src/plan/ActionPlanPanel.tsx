import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import {
  type ActionItem,
  actionItemsMap,
  actionText,
  addActionItem,
  applyTextDiff,
  type BoardModel,
  numberPlan,
  orderAfterMove,
  type PrioritySuggestion,
  suggestPriorities,
} from "@oppdag/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useActionItems } from "../collab/useActionItems";
import { useBoardModel } from "../collab/useBoardModel";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { selectCanEdit, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { ActionItemCard } from "./ActionItemCard";
import { PlanMatrix } from "./PlanMatrix";
import { PlanToolbar } from "./PlanToolbar";
import { usePlanFilter } from "./usePlanFilter";

/**
 * The action plan beside the board: items grouped under numbered focus areas ("1.", "a."), as a
 * plan document numbers them, reordered by dragging; or the same items on the matrix.
 */
export function ActionPlanPanel({ workshop }: { workshop: WorkshopDoc }) {
  const { t } = useTranslation();
  const items = useActionItems(workshop.doc);
  const visible = usePlanFilter(items);
  const board = useBoardModel(workshop.doc);
  const canEdit = useSessionStore(selectCanEdit);
  const view = useUiStore((s) => s.planView);
  // Numbered over the whole plan, so "1b" is the same item whatever the filter shows.
  const plan = numberPlan(items);
  const shown = new Set(visible.map((i) => i.id));
  // Relative to the whole plan: re-ranked when an item's votes or scores change, not on every keystroke.
  const suggestions = useMemo(() => suggestPriorities(items), [items]);

  return (
    <div className="plan-panel" data-testid="plan-panel">
      <PlanToolbar visible={visible} board={board} />
      {items.length === 0 && <p className="muted plan-empty">{t("plan.empty")}</p>}
      {items.length > 0 && visible.length === 0 && <p className="muted plan-empty">{t("plan.noneMatch")}</p>}
      {view === "matrix" ? (
        <PlanMatrix doc={workshop.doc} plan={plan} shown={shown} canEdit={canEdit} />
      ) : (
        <SortablePlan
          doc={workshop.doc}
          items={items}
          plan={plan}
          shown={shown}
          board={board}
          canEdit={canEdit}
          suggestions={suggestions}
        />
      )}
      {canEdit && view === "list" && (
        <button
          type="button"
          className="button secondary"
          onClick={() => addActionItem(workshop.doc, { title: "" })}
          data-testid="plan-new"
        >
          {t("plan.newItem")}
        </button>
      )}
    </div>
  );
}

interface SortablePlanProps {
  doc: Y.Doc;
  items: readonly ActionItem[];
  plan: ReturnType<typeof numberPlan>;
  shown: Set<string>;
  board: BoardModel;
  canEdit: boolean;
  suggestions: ReadonlyMap<string, PrioritySuggestion>;
}

function SortablePlan({ doc, items, plan, shown, board, canEdit, suggestions }: SortablePlanProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks and text selection still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const displayed = plan.flatMap((area) => area.items.map((i) => i.item)).filter((i) => shown.has(i.id));

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const moved = items.find((i) => i.id === active.id);
    const target = items.find((i) => i.id === over.id);
    if (!moved || !target) return;
    // Plan order is sorted by `order`; the displayed order groups by area, so move relative to the target.
    const rest = items.filter((i) => i.id !== moved.id);
    const targetIndex = rest.findIndex((i) => i.id === target.id);
    const movingDown = displayed.indexOf(moved) < displayed.indexOf(target);
    const order = orderAfterMove(items, moved.id, targetIndex + (movingDown ? 1 : 0));
    doc.transact(() => {
      actionItemsMap(doc).get(moved.id)?.set("order", order);
      // Dropped among another focus area's items: it joins that area.
      if (moved.focusArea.trim() !== target.focusArea.trim()) {
        const text = actionText(doc, moved.id, "focusArea");
        if (text) applyTextDiff(text, target.focusArea.trim());
      }
    });
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={displayed.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        {plan.map((area) => {
          const list = area.items.filter(({ item }) => shown.has(item.id));
          if (list.length === 0) return null;
          return (
            <section key={area.area || "-"} className="plan-area" data-testid="plan-area">
              <h3>
                {area.number}. {area.area || t("plan.noFocusArea")}
              </h3>
              {list.map(({ item, letter }) => (
                <SortableItem key={item.id} id={item.id} canEdit={canEdit}>
                  <ActionItemCard
                    doc={doc}
                    item={item}
                    label={`${letter}.`}
                    board={board}
                    canEdit={canEdit}
                    suggestion={suggestions.get(item.id) ?? null}
                  />
                </SortableItem>
              ))}
            </section>
          );
        })}
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, canEdit, children }: { id: string; canEdit: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: !canEdit,
  });
  return (
    <div
      ref={setNodeRef}
      className={`sortable-item${isDragging ? " dragging" : ""}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {canEdit && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={t("plan.reorder")}
          title={t("plan.reorder")}
          data-testid="action-drag"
          {...attributes}
          {...listeners}
        >
          <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true">
            {[3, 9].flatMap((x) => [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />))}
          </svg>
        </button>
      )}
      {children}
    </div>
  );
}
