import {
  ACTION_STATUSES,
  ACTOR_GROUPS,
  type ActionItem,
  actionPlanClipboard,
  type BoardModel,
  EXPORT_LABELS,
} from "@oppdag/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { copyRichText } from "./clipboard";

/**
 * List or matrix, this person's filter, and "Copy as table" for pasting into the plan document.
 * `visible`: the items the filter lets through (computed once, by the panel); `board`: for each
 * item's open challenges, the same last column the CSV export has.
 */
export function PlanToolbar({ visible, board }: { visible: readonly ActionItem[]; board: BoardModel }) {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.planView);
  const filter = useUiStore((s) => s.planFilter);
  const set = useUiStore((s) => s.set);
  const language = useSessionStore((s) => s.workshop?.language ?? "en");
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);

  async function copy() {
    // In the workshop's language, like the exports: it goes into the region's plan document.
    const { html, text } = actionPlanClipboard(visible, EXPORT_LABELS[language], board);
    setCopied((await copyRichText(html, text)) ? "ok" : "failed");
    setTimeout(() => setCopied(null), 2500);
  }

  return (
    <div className="plan-toolbar">
      <div className="segmented" role="tablist" aria-label={t("plan.view")}>
        {(["list", "matrix"] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={view === v ? "active" : ""}
            onClick={() => set({ planView: v })}
            data-testid={`plan-view-${v}`}
          >
            {t(`plan.views.${v}`)}
          </button>
        ))}
      </div>
      <label className="plan-filter">
        <span className="sr-only">{t("plan.status")}</span>
        <select
          value={filter.status}
          onChange={(e) => set({ planFilter: { ...filter, status: e.target.value as typeof filter.status } })}
          data-testid="plan-filter-status"
        >
          <option value="all">{t("plan.allStatuses")}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="plan-filter">
        <span className="sr-only">{t("plan.actorGroup")}</span>
        <select
          value={filter.group}
          onChange={(e) => set({ planFilter: { ...filter, group: e.target.value as typeof filter.group } })}
          data-testid="plan-filter-group"
        >
          <option value="all">{t("plan.allGroups")}</option>
          {ACTOR_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`groups.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button ghost small"
        onClick={copy}
        disabled={visible.length === 0}
        data-testid="plan-copy"
      >
        {copied === "ok" ? t("plan.copied") : copied === "failed" ? t("plan.copyFailed") : t("plan.copyTable")}
      </button>
    </div>
  );
}
