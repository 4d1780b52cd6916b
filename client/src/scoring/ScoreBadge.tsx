import { formatMean, type ScoreRoundView } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/useLanguage";
import { useSessionStore } from "../stores/sessionStore";

const NO_MARKS = new Map<string, string>();
const marksByRounds = new WeakMap<readonly ScoreRoundView[], Map<string, string>>();

/**
 * Each target's result in the latest revealed scoring round, as "mean|group:mean,group:mean":
 * strings, so a card re-renders when its own result changes. Worked out once per change of the
 * rounds (their identity is kept across pushes that leave them alone), not once per card per push.
 */
export function scoreMarks(rounds: readonly ScoreRoundView[] | undefined): Map<string, string> {
  if (!rounds) return NO_MARKS;
  let marks = marksByRounds.get(rounds);
  if (!marks) {
    marks = new Map();
    const round = rounds.filter((r) => r.status === "revealed").at(-1);
    for (const result of round?.results ?? []) {
      if (!result.overall) continue;
      const groups = result.groups.map((g) => `${g.group}:${g.mean.toFixed(1)}`).join(",");
      marks.set(result.targetId, `${result.overall.mean.toFixed(1)}|${groups}`);
    }
    marksByRounds.set(rounds, marks);
  }
  return marks;
}

/**
 * The mean score on the card or link itself once a round is revealed, with each actor group's mean
 * in its title and accessible name ("Industry 4.5, Public sector 2.0"), so the room sees where the
 * groups disagree without opening the results.
 */
export function ScoreBadge({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mark = useSessionStore((s) => scoreMarks(s.session?.scoring).get(targetId) ?? "");
  if (!mark) return null;
  const [rawMean = "", groups = ""] = mark.split("|");
  const mean = formatMean(Number(rawMean), language);
  const split = groups
    .split(",")
    .filter(Boolean)
    .map((entry) => {
      const [group, value] = entry.split(":");
      return `${t(`groups.${group}`)} ${formatMean(Number(value), language)}`;
    })
    .join(", ");
  const label = split ? `${t("scoring.badge", { mean })} (${split})` : t("scoring.badge", { mean });
  return (
    <span className="score-badge" title={label} aria-label={label} role="img" data-testid="score-badge">
      <span aria-hidden="true">★ {mean}</span>
    </span>
  );
}
