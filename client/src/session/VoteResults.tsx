import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { useSessionStore } from "../stores/sessionStore";
import { useResultsSheet } from "./resultsSheet";
import { useCurrentVote } from "./useCurrentVote";

/** The ranked results of the latest revealed round. */
export function VoteResults({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const sheet = useResultsSheet();
  const current = useCurrentVote();
  const board = useBoardModel(doc);
  // Select the array (a stable reference) and derive the map: a selector returning a new Map
  // on every call would re-render forever.
  const participants = useSessionStore((s) => s.participants);
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  if (!sheet.open || !current?.round.results) return null;
  const cards = new Map(board.cards.map((c) => [c.id, c]));
  const links = new Map(board.links.map((l) => [l.id, l]));
  const describe = (id: string) => {
    const card = cards.get(id);
    if (card) return card.text || t(`kinds.${card.kind}`);
    const link = links.get(id);
    if (link)
      return `${cards.get(link.source)?.text ?? "?"} ↔ ${cards.get(link.target)?.text ?? "?"}${link.label ? ` (${link.label})` : ""}`;
    return "—";
  };
  return (
    <aside className="results-panel panel" aria-label={t("vote.results")} data-testid="vote-results">
      <header className="panel-header">
        <h2>{current.round.title || t("vote.results")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("vote.hide")}
          onClick={sheet.hide}
          data-testid="results-hide"
        >
          ×
        </button>
      </header>
      <ol className="results-list">
        {current.round.results.map((r) => (
          <li key={r.targetId} data-testid="vote-result">
            <span className="result-text">{describe(r.targetId)}</span>
            <span className="result-count">{t("vote.votes", { count: r.count })}</span>
            {r.voters && r.voters.length > 0 && (
              <span className="result-voters muted">{r.voters.map((v) => names.get(v) || "•").join(", ")}</span>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
