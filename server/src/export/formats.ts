import {
  actionItemsToCsv,
  boardFromDoc,
  boardToSvg,
  type CsvSeparator,
  EXPORT_LABELS,
  groupsForExport,
  namesHiddenFor,
  type Role,
  readActionItems,
  reportToHtml,
  reportToMarkdown,
  workshopToJson,
} from "@oppdag/shared";
import type * as Y from "yjs";
import type { SessionState } from "../session/state";
import type { ParticipantRow, WorkshopRow } from "../storage/types";
import type { DocxPool } from "./docxPool";
import { reportFromState } from "./report";

/** Everything an export is made from, read from stored state, and who asked for it. */
export interface ExportSource {
  workshop: WorkshopRow;
  doc: Y.Doc;
  session: SessionState;
  participants: readonly ParticipantRow[];
  viewer: { role: Role };
  /** What the request asked of the format (the CSV separator). */
  options?: ExportOptions;
}

export interface ExportOptions {
  separator?: CsvSeparator;
}

interface ExportFormatSpec {
  contentType: string;
  /** The print page opens in the browser; every other format downloads. */
  inline?: boolean;
  render(source: ExportSource, docx: DocxPool): Promise<string | Buffer> | string | Buffer;
}

const report = ({ workshop, doc, session, participants }: ExportSource) =>
  reportFromState(workshop, doc, session, participants);

/** Every export format, by file extension. The document formats all render one report. */
export const EXPORT_FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", render: (source) => reportToMarkdown(report(source)) },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: (source, docx) => docx.render(report(source)),
  },
  html: { contentType: "text/html; charset=utf-8", inline: true, render: (source) => reportToHtml(report(source)) },
  svg: {
    contentType: "image/svg+xml; charset=utf-8",
    render: ({ workshop, doc }) => boardToSvg(boardFromDoc(doc), EXPORT_LABELS[workshop.language], workshop.title),
  },
  csv: {
    contentType: "text/csv; charset=utf-8",
    // The plan from the document, then the groups as the report reads them.
    render: (source) =>
      actionItemsToCsv(
        readActionItems(source.doc),
        EXPORT_LABELS[source.workshop.language],
        boardFromDoc(source.doc),
        report(source).groups,
        source.options?.separator,
      ),
  },
  json: { contentType: "application/json; charset=utf-8", render: (source) => JSON.stringify(toJson(source)) },
} satisfies Record<string, ExportFormatSpec>;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The complete, versioned export; only revealed results, and names only for those who may see them. */
function toJson({ workshop, doc, session, participants, viewer }: ExportSource) {
  const hideNames = namesHiddenFor(viewer, session.anonymous);
  return workshopToJson(doc, {
    workshop: { title: workshop.title, region: workshop.region, language: workshop.language },
    votes: session.votes
      .filter((r) => r.status === "revealed")
      .map((r) => ({
        title: r.title,
        targetIds: r.targetIds,
        votesPerPerson: r.votesPerPerson,
        allowMultiplePerTarget: r.allowMultiplePerTarget,
        anonymous: r.anonymous,
        createdAt: r.createdAt,
        results: (r.results ?? []).map(({ targetId, count }) => ({ targetId, count })),
      })),
    scoring: session.scoring
      .filter((r) => r.status === "revealed")
      .map((r) => ({
        title: r.title,
        targetIds: r.targetIds,
        criteria: r.criteria,
        createdAt: r.createdAt,
        results: r.results ?? [],
      })),
    groups: groupsForExport(
      session.groups,
      participants.filter((p) => !p.removedAt),
      hideNames,
    ),
    participants: participants
      .filter((p) => !p.removedAt)
      .map((p) => ({
        name: hideNames ? "" : p.name,
        actorGroup: p.actorGroup,
        role: p.role,
        organisation: hideNames ? "" : p.organisation,
      })),
    exportedAt: new Date(),
  });
}
