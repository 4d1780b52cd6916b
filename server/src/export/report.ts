import { boardFromDoc, boardMaps, buildReport, notesToBlocks, type Report, readActionItems } from "@oppdag/shared";
import type * as Y from "yjs";
import type { SessionState } from "../control/session/state";
import type { ParticipantRow, WorkshopRow } from "../storage/types";

/**
 * The report every document export renders, read from stored state: the board and plan from the
 * document, revealed votes from the session, and who took part (facilitators and removed people not
 * counted as participants).
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
    participants: participants
      .filter((p) => !p.removedAt && p.role !== "facilitator")
      .map((p) => ({ name: p.name, actorGroup: p.actorGroup })),
    anonymous: session?.anonymous ?? false,
    exportedAt: now,
  });
}

/** A file name safe in a Content-Disposition header, keeping Nordic letters via RFC 5987. */
export function contentDisposition(title: string, extension: string): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 80) || "workshop";
  const ascii = base.normalize("NFKD").replace(/[^\x20-\x7e]/g, "") || "workshop";
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${base}.${extension}`)}`;
}
