import {
  actionItemsToCsv,
  boardFromDoc,
  boardToSvg,
  EXPORT_LABELS,
  type Role,
  readActionItems,
  reportToHtml,
  reportToMarkdown,
  workshopToJson,
} from "@oppdag/shared";
import { type Request, type Response, Router } from "express";
import type * as Y from "yjs";
import type { SessionService } from "../../control/session/service";
import type { SessionState } from "../../control/session/state";
import type { DocxPool } from "../../export/docxPool";
import { contentDisposition, reportFromState } from "../../export/report";
import { readWorkshopDoc } from "../../export/workshopDoc";
import type { ParticipantRow, Storage, WorkshopRow } from "../../storage/types";
import type { Rooms } from "../../sync/rooms";
import type { WriteBatcher } from "../../sync/writeBatcher";
import { requireParticipant } from "../auth";
import { HttpError, notFound } from "../errors";

interface ExportDeps {
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessionService: SessionService;
  docx: DocxPool;
}

interface ExportSource {
  workshop: WorkshopRow;
  doc: Y.Doc;
  session: SessionState;
  participants: ParticipantRow[];
  viewerRole: Role | undefined;
}

/** Exports are produced from stored state, the same way for every format (DESIGN.md). */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router();
  const { docx } = deps;

  /**
   * Registers GET export.<extension>: facilitators always, everyone else once the facilitator
   * allows it. `render` turns the stored state into the file.
   */
  const exportFormat = (
    extension: string,
    type: string,
    render: (source: ExportSource) => Promise<string | Buffer> | string | Buffer,
    disposition: "attachment" | "inline" = "attachment",
  ) => {
    router.get(
      `/workshops/:workshopId/export.${extension}`,
      requireParticipant(deps.storage),
      async (req: Request, res: Response) => {
        const workshopId = req.params.workshopId as string;
        const workshop = await deps.storage.getWorkshop(workshopId);
        if (!workshop) throw notFound("workshop");
        const session = await deps.sessionService.get(workshopId);
        if (req.participant?.role !== "facilitator" && !session.exportsAllowed) {
          throw new HttpError(403, "forbidden", "the facilitator has not shared the exports");
        }
        const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
        const participants = await deps.storage.listParticipants(workshopId);
        const body = await render({ workshop, doc, session, participants, viewerRole: req.participant?.role });
        const fileName = contentDisposition(workshop.title, extension);
        res
          .type(type)
          .set("Content-Disposition", disposition === "inline" ? fileName.replace(/^attachment/, "inline") : fileName)
          .set("Cache-Control", "no-store")
          // Exports hold no script and load nothing: the print page needs only its own styles.
          .set(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
          )
          .send(body);
      },
    );
  };
  const report = ({ workshop, doc, session, participants }: ExportSource) =>
    reportFromState(workshop, doc, session, participants);

  exportFormat("md", "text/markdown; charset=utf-8", (source) => reportToMarkdown(report(source)));

  exportFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (source) =>
    docx.render(report(source)),
  );

  exportFormat("html", "text/html; charset=utf-8", (source) => reportToHtml(report(source)), "inline");

  exportFormat("svg", "image/svg+xml; charset=utf-8", ({ workshop, doc }) =>
    boardToSvg(boardFromDoc(doc), EXPORT_LABELS[workshop.language], workshop.title),
  );

  exportFormat("csv", "text/csv; charset=utf-8", ({ workshop, doc }) =>
    actionItemsToCsv(readActionItems(doc), EXPORT_LABELS[workshop.language]),
  );

  exportFormat("json", "application/json; charset=utf-8", ({ workshop, doc, session, participants, viewerRole }) => {
    // An anonymous workshop keeps names from everyone but the facilitator, in every format.
    const hideNames = session.anonymous && viewerRole !== "facilitator";
    const json = workshopToJson(doc, {
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
      participants: participants
        .filter((p) => !p.removedAt)
        .map((p) => ({ name: hideNames ? "" : p.name, actorGroup: p.actorGroup, role: p.role })),
      exportedAt: new Date(),
    });
    return JSON.stringify(json);
  });

  return router;
}
