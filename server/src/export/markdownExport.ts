import { boardFromDoc, boardMaps, boardToMarkdown, notesToMarkdown, readActionItems } from "@oppdag/shared";
import type * as Y from "yjs";
import type { SessionState } from "../control/session/state";
import type { WorkshopRow } from "../storage/types";

export function exportMarkdown(
  workshop: WorkshopRow,
  doc: Y.Doc,
  session: SessionState | null,
  now = new Date(),
): string {
  return boardToMarkdown(boardFromDoc(doc), notesToMarkdown(boardMaps(doc).notes), {
    title: workshop.title,
    region: workshop.region,
    language: workshop.language,
    exportedAt: now,
    actionItems: readActionItems(doc),
    votes: (session?.votes ?? [])
      .filter((round) => round.status === "revealed" && round.results)
      .map((round) => ({ title: round.title, results: round.results ?? [] })),
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
