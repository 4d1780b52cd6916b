import "./groups.css";
import { formatCountdown, type ThematicGroup } from "@oppdag/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTimerCountdown } from "../hooks/useCountdown";
import { useSessionStore } from "../stores/sessionStore";
import { SummaryDialog } from "./SummaryDialog";
import { useMyGroup, useShowZone } from "./useGroups";

/**
 * "Your group: Bioeconomy · 12:00 left": what a member of a thematic group needs in sight while
 * the groups work: which group, its own time, a way back to its zone, and (for the rapporteur)
 * the summary. In plenary it stays only for whoever still writes a summary.
 */
export function GroupBanner({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { group, writesSummary, view } = useMyGroup();
  const [writing, setWriting] = useState(false);
  const rapporteur = useSessionStore((s) => s.participants.find((p) => p.id === group?.rapporteurId));
  const showZone = useShowZone();
  if (!group || (view.status === "plenary" && !writesSummary)) return null;
  return (
    <section
      className={`group-banner ${compact ? "compact" : ""}`}
      aria-label={t("thematic.yourGroupLabel")}
      data-testid="group-banner"
    >
      <span className="group-name">
        {t("thematic.yourGroup")} <strong data-testid="my-group-name">{group.name}</strong>
      </span>
      {view.status === "working" && <GroupTime group={group} />}
      {view.status === "working" && view.restrictToZone && (
        <span className="group-rule">{t("thematic.keepToZone")}</span>
      )}
      {group.zoneId && (
        <button
          type="button"
          className="button ghost small"
          onClick={() => showZone(group.zoneId)}
          data-testid="group-show-zone"
        >
          {t("thematic.showZone")}
        </button>
      )}
      {writesSummary ? (
        <button
          type="button"
          className="button secondary small"
          onClick={() => setWriting(true)}
          data-testid="group-summary-open"
        >
          {group.summary ? t("thematic.editSummary") : t("thematic.writeSummary")}
        </button>
      ) : (
        rapporteur && <span className="group-rapporteur">{t("thematic.rapporteurIs", { name: rapporteur.name })}</span>
      )}
      {writing && <SummaryDialog group={group} onClose={() => setWriting(false)} />}
    </section>
  );
}

/** A group's own countdown, in words when it is up or paused. */
export function GroupTime({ group }: { group: ThematicGroup }) {
  const { t } = useTranslation();
  const { ms, active } = useTimerCountdown(group.timer);
  if (!active) return null;
  return (
    <output className={`group-time ${ms === 0 ? "up" : ""}`} aria-live="off" data-testid="group-time" data-ms={ms}>
      {ms === 0 ? t("session.timeUp") : t("thematic.timeLeft", { time: formatCountdown(ms) })}
    </output>
  );
}
