import type { VoteRoundView } from "@oppdag/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { voteChart } from "./chartRows";
import { ResultChart } from "./ResultChart";
import { RoundWaiting } from "./RoundWaiting";

/** Bars on a 16:9 screen below the phase, before the rest are summed up in a line. */
const BARS = 6;

/**
 * The latest vote as the room may see it: while it is open or closed only how many have voted
 * (the server sends nothing more before the reveal), and the ranked results once revealed.
 */
export function VotePanel({ round, doc }: { round: VoteRoundView; doc: Y.Doc }) {
  const { t } = useTranslation();
  const board = useBoardModel(doc);
  const chart = useMemo(
    () =>
      round.results
        ? voteChart(
            round.results,
            board,
            {
              card: (text, kind) => text.trim() || t(`kinds.${kind}`),
              link: (from, to, label) =>
                label ? t("projector.linkWithLabel", { from, to, label }) : t("projector.link", { from, to }),
            },
            BARS,
          )
        : null,
    [round.results, board, t],
  );
  const voters = t("vote.voted", { count: round.voterCount });

  if (round.status === "revealed" && chart) {
    return (
      <ResultChart
        title={round.title || t("vote.results")}
        summary={voters}
        chart={chart}
        valueText={(count) => t("vote.votes", { count })}
      />
    );
  }
  const open = round.status === "open";
  return (
    <RoundWaiting
      kind="vote"
      status={round.status}
      eyebrow={open ? t("projector.voteOpen") : t("projector.voteClosed")}
      title={round.title || t("projector.voteUntitled")}
      count={voters}
      hint={open ? t("projector.voteOpenHint") : t("projector.voteClosedHint")}
    />
  );
}
