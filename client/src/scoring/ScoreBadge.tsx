import type { SessionView } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";

/**
 * A target's result in the latest revealed scoring round, as "mean|group:mean,group:mean": a
 * string, so that a card re-renders when its own result changes, not on every session push.
 */
export function scoreMarkOf(session: SessionView | null, targetId: string): string {
  const round = session?.scoring.filter((r) => r.status === "revealed").at(-1);
  const result = round?.results?.find((r) => r.targetId === targetId);
  if (!result?.overall) return "";
  return [result.overall.mean.toFixed(1), result.groups.map((g) => `${g.group}:${g.mean.toFixed(1)}`).join(",")].join(
    "|",
  );
}

/**
 * The mean score on the card or link itself once a round is revealed, with each actor group's mean
 * in its title and accessible name ("Industry 4.5, Public sector 2.0"), so the room sees where the
 * groups disagree without opening the results.
 */
export function ScoreBadge({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const mark = useSessionStore((s) => scoreMarkOf(s.session, targetId));
  if (!mark) return null;
  const [mean = "", groups = ""] = mark.split("|");
  const split = groups
    .split(",")
    .filter(Boolean)
    .map((entry) => {
      const [group, value] = entry.split(":");
      return `${t(`groups.${group}`)} ${value}`;
    })
    .join(", ");
  const label = split ? `${t("scoring.badge", { mean })} (${split})` : t("scoring.badge", { mean });
  return (
    <span className="score-badge" title={label} aria-label={label} role="img" data-testid="score-badge">
      <span aria-hidden="true">★ {mean}</span>
    </span>
  );
}
