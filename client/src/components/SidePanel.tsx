import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { BoardListPanel } from "../list/BoardListPanel";
import { useUiStore } from "../stores/uiStore";

// The notes editor (TipTap, ProseMirror) and the plan (drag and drop, the matrix) are most of the
// app's weight; they load when their tab is first opened, not with the board.
const NotesPanel = lazy(() => import("../notes/NotesPanel").then((m) => ({ default: m.NotesPanel })));
const ActionPlanPanel = lazy(() => import("../plan/ActionPlanPanel").then((m) => ({ default: m.ActionPlanPanel })));

/** The panel beside the board: the shared notes, the action plan, or the board as a list. */
export function SidePanel({ workshop }: { workshop: WorkshopDoc }) {
  const { t } = useTranslation();
  const tab = useUiStore((s) => s.sideTab);
  const set = useUiStore((s) => s.set);
  return (
    <aside
      className="notes-panel"
      aria-label={tab === "notes" ? t("notes.title") : tab === "plan" ? t("plan.tab") : t("list.tab")}
      data-testid="side-panel"
    >
      <div className="side-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === "notes"}
          className={tab === "notes" ? "active" : ""}
          onClick={() => set({ sideTab: "notes" })}
          data-testid="tab-notes"
        >
          {t("notes.title")}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "plan"}
          className={tab === "plan" ? "active" : ""}
          onClick={() => set({ sideTab: "plan" })}
          data-testid="tab-plan"
        >
          {t("plan.tab")}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "list"}
          className={tab === "list" ? "active" : ""}
          onClick={() => set({ sideTab: "list" })}
          data-testid="tab-list"
        >
          {t("list.tab")}
        </button>
      </div>
      <Suspense fallback={<p className="loading">{t("errors.loading")}</p>}>
        {tab === "notes" && <NotesPanel workshop={workshop} />}
        {tab === "plan" && <ActionPlanPanel workshop={workshop} />}
        {tab === "list" && <BoardListPanel workshop={workshop} />}
      </Suspense>
    </aside>
  );
}
