import { boardFromDoc, boardMaps, buildReport, notesToBlocks, type Report, readActionItems } from "@oppdag/shared";
import type * as Y from "yjs";
import type { SessionState } from "../session/state";
import type { ParticipantRow, WorkshopRow } from "../storage/types";

/**
 * The report every document export renders, read from stored state: the board and plan from the
 * document, revealed votes and scores from the session, and who took part (facilitators among the
 * participants, observers apart, removed people not at all).
 */
export function reportFromState(
  workshop: WorkshopRow,
  doc: Y.Doc,
  session: SessionState | null,
  participants: readonly ParticipantRow[],
  now = new Date(),
): Report {
  return buildReport({
    workshop: { title: workshop.title, region: workshop.region, language: workshop.language },
    board: boardFromDoc(doc),
    actionItems: readActionItems(doc),
    notes: notesToBlocks(boardMaps(doc).notes),
    votes: (session?.votes ?? [])
      .filter((round) => round.status === "revealed" && round.results)
      .map((round) => ({ title: round.title, results: round.results ?? [] })),
    scoring: (session?.scoring ?? [])
      .filter((round) => round.status === "revealed" && round.results)
      .map((round) => ({ title: round.title, criteria: round.criteria, results: round.results ?? [] })),
    participants: participants
      .filter((p) => !p.removedAt)
      .map((p) => ({ name: p.name, actorGroup: p.actorGroup, role: p.role })),
    anonymous: session?.anonymous ?? false,
    exportedAt: now,
  });
}
