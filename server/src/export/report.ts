import {
  boardFromDoc,
  boardMaps,
  buildReport,
  groupsForExport,
  NO_GROUPS,
  notesToBlocks,
  type Report,
  readActionItems,
} from "@oppdag/shared";
import type * as Y from "yjs";
import type { SessionState } from "../session/state";
import { scorersByGroup, votersByGroup } from "../session/takingPart";
import type { ParticipantRow, WorkshopRow } from "../storage/types";

/**
 * The report every document export renders, read from stored state: the board and plan from the
 * document, revealed votes, scores and the thematic groups from the session, and who took part
 * (facilitators among the participants, observers apart, removed people not at all).
 */
export function reportFromState(
  workshop: WorkshopRow,
  doc: Y.Doc,
  session: SessionState | null,
  participants: readonly ParticipantRow[],
  now = new Date(),
): Report {
  const present = participants.filter((p) => !p.removedAt);
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
    // Names go in; the report itself leaves them out of an anonymous workshop.
    groups: groupsForExport(session?.groups ?? NO_GROUPS, present, false),
    participants: present.map((p) => ({
      name: p.name,
      actorGroup: p.actorGroup,
      role: p.role,
      organisation: p.organisation,
    })),
    anonymous: session?.anonymous ?? false,
    // Who took part in each revealed round, by actor group: counts, never who.
    voters: (session?.votes ?? []).filter((round) => round.status === "revealed").map(votersByGroup),
    scorers: (session?.scoring ?? []).filter((round) => round.status === "revealed").map(scorersByGroup),
    exportedAt: now,
  });
}
