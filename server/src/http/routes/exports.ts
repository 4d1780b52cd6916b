import { actionItemsToCsv, EXPORT_LABELS, readActionItems, workshopToJson } from "@oppdag/shared";
import { type Request, type Response, Router } from "express";
import type * as Y from "yjs";
import type { SessionService } from "../../control/session/service";
import type { SessionState } from "../../control/session/state";
import { contentDisposition, exportMarkdown } from "../../export/markdownExport";
import { readWorkshopDoc } from "../../export/workshopDoc";
import type { Storage, WorkshopRow } from "../../storage/types";
import type { Rooms } from "../../sync/rooms";
import type { WriteBatcher } from "../../sync/writeBatcher";
import { requireParticipant } from "../auth";
import { notFound } from "../errors";

interface ExportDeps {
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessionService: SessionService;
}

interface ExportSource {
  workshop: WorkshopRow;
  doc: Y.Doc;
  session: SessionState;
}

/** Exports are produced from stored state, the same way for every format (DESIGN.md). */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router();

  /** Registers GET export.<extension> for facilitators; `render` turns the stored state into the file. */
  const exportFormat = (
    extension: string,
    type: string,
    render: (source: ExportSource) => Promise<string> | string,
  ) => {
    router.get(
      `/workshops/:workshopId/export.${extension}`,
      requireParticipant(deps.storage, ["facilitator"]),
      async (req: Request, res: Response) => {
        const workshopId = req.params.workshopId as string;
        const workshop = await deps.storage.getWorkshop(workshopId);
        if (!workshop) throw notFound("workshop");
        const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
        const session = await deps.sessionService.get(workshopId);
        const body = await render({ workshop, doc, session });
        res
          .type(type)
          .set("Content-Disposition", contentDisposition(workshop.title, extension))
          .set("Cache-Control", "no-store")
          .send(body);
      },
    );
  };

  exportFormat("md", "text/markdown; charset=utf-8", ({ workshop, doc, session }) =>
    exportMarkdown(workshop, doc, session),
  );

  exportFormat("csv", "text/csv; charset=utf-8", ({ workshop, doc }) =>
    actionItemsToCsv(readActionItems(doc), EXPORT_LABELS[workshop.language]),
  );

  exportFormat("json", "application/json; charset=utf-8", async ({ workshop, doc, session }) => {
    const participants = (await deps.storage.listParticipants(workshop.id)).filter((p) => !p.removedAt);
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
      participants: participants.map((p) => ({ name: p.name, actorGroup: p.actorGroup, role: p.role })),
      exportedAt: new Date(),
    });
    return JSON.stringify(json);
  });

  return router;
}
