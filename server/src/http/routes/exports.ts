import { actionItemsToCsv, EXPORT_LABELS, readActionItems, workshopToJson } from "@oppdag/shared";
import { Router } from "express";
import type { SessionService } from "../../control/session/service";
import { contentDisposition, exportMarkdown } from "../../export/markdownExport";
import { readWorkshopDoc } from "../../export/workshopDoc";
import type { Storage } from "../../storage/types";
import type { Rooms } from "../../sync/rooms";
import type { WriteBatcher } from "../../sync/writeBatcher";
import { requireParticipant } from "../auth";
import { notFound } from "../errors";

export function exportRoutes(deps: {
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessionService: SessionService;
}): Router {
  const router = Router();
  router.get(
    "/workshops/:workshopId/export.md",
    requireParticipant(deps.storage, ["facilitator"]),
    async (req, res) => {
      const workshopId = req.params.workshopId as string;
      const workshop = await deps.storage.getWorkshop(workshopId);
      if (!workshop) throw notFound("workshop");
      const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
      res
        .type("text/markdown; charset=utf-8")
        .set("Content-Disposition", contentDisposition(workshop.title, "md"))
        .set("Cache-Control", "no-store")
        .send(exportMarkdown(workshop, doc, await deps.sessionService.get(workshopId)));
    },
  );
  router.get(
    "/workshops/:workshopId/export.csv",
    requireParticipant(deps.storage, ["facilitator"]),
    async (req, res) => {
      const workshopId = req.params.workshopId as string;
      const workshop = await deps.storage.getWorkshop(workshopId);
      if (!workshop) throw notFound("workshop");
      const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
      res
        .type("text/csv; charset=utf-8")
        .set("Content-Disposition", contentDisposition(workshop.title, "csv"))
        .set("Cache-Control", "no-store")
        .send(actionItemsToCsv(readActionItems(doc), EXPORT_LABELS[workshop.language]));
    },
  );
  router.get(
    "/workshops/:workshopId/export.json",
    requireParticipant(deps.storage, ["facilitator"]),
    async (req, res) => {
      const workshopId = req.params.workshopId as string;
      const workshop = await deps.storage.getWorkshop(workshopId);
      if (!workshop) throw notFound("workshop");
      const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
      const session = await deps.sessionService.get(workshopId);
      const participants = (await deps.storage.listParticipants(workshopId)).filter((p) => !p.removedAt);
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
      res
        .set("Content-Disposition", contentDisposition(workshop.title, "json"))
        .set("Cache-Control", "no-store")
        .json(json);
    },
  );
  return router;
}
