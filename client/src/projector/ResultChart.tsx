import { useTranslation } from "react-i18next";
import type { Chart } from "./chartRows";

/**
 * Ranked bars, one per card or link, with the value written at the end of each bar and ties
 * marked as ties. It draws any `Chart`: `valueText` says what a value is (votes, a mean score),
 * and `foot` what the rows left off are.
 */
export function ResultChart({
  title,
  summary,
  chart,
  valueText,
  foot,
  empty,
}: {
  title: string;
  summary: string;
  chart: Chart;
  valueText(value: number): string;
  foot?: { more(count: number): string; unchosen(count: number): string };
  empty?: string;
}) {
  const { t } = useTranslation();
  const more = foot?.more ?? ((count: number) => t("projector.more", { count }));
  const unchosen = foot?.unchosen ?? ((count: number) => t("projector.unchosen", { count }));
  return (
    <figure className="pj-chart" data-testid="projector-chart" aria-labelledby="pj-chart-title">
      <figcaption className="pj-chart-head">
        <h2 id="pj-chart-title">{title}</h2>
        <span className="pj-chart-summary">{summary}</span>
      </figcaption>
      {chart.rows.length === 0 ? (
        <p className="pj-chart-empty">{empty ?? t("projector.noVotes")}</p>
      ) : (
        <ol className="pj-bars">
          {chart.rows.map((row) => (
            <li
              key={row.id}
              className={`pj-bar-row ${row.tied ? "tied" : ""}`}
              data-testid="projector-bar"
              data-rank={row.rank}
              data-tied={row.tied}
              data-value={row.value}
            >
              <span className="pj-rank" aria-hidden="true">
                {row.rank}
              </span>
              <span className="visually-hidden">
                {row.tied ? t("projector.placeTied", { rank: row.rank }) : t("projector.place", { rank: row.rank })}
              </span>
              <span className="pj-bar-label">
                <span className={`pj-kind k-${row.kind}`} aria-hidden="true" />
                <span className="pj-bar-text">
                  {row.label}
                  {row.detail && (
                    <span className="pj-bar-detail" data-testid="projector-bar-detail">
                      {row.detail}
                    </span>
                  )}
                </span>
                {row.tied && (
                  <span className="pj-tied" aria-hidden="true" data-testid="projector-tied">
                    {t("projector.tied")}
                  </span>
                )}
              </span>
              <span className="pj-bar-track" aria-hidden="true">
                <span
                  className="pj-bar-fill"
                  style={{ transform: `scaleX(${chart.max > 0 ? row.value / chart.max : 0})` }}
                />
              </span>
              <span className="pj-bar-value" data-testid="projector-bar-value">
                {valueText(row.value)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {(chart.more > 0 || chart.unchosen > 0) && (
        <p className="pj-chart-foot">
          {chart.more > 0 && <span>{more(chart.more)}</span>}
          {chart.unchosen > 0 && <span>{unchosen(chart.unchosen)}</span>}
        </p>
      )}
    </figure>
  );
}
