import { CreateWorkshopBody, JoinBody, WorkshopId, WorkshopJson } from "@oppdag/shared";
import type { RequestHandler } from "express";
import express, { Router } from "express";
import { createWorkshop } from "../../commands/createWorkshop";
import { importWorkshop } from "../../commands/importWorkshop";
import { joinWorkshop } from "../../commands/joinWorkshop";
import { presentWorkshop } from "../../presenters/workshop";
import type { Storage } from "../../storage/types";
import { requireParticipant } from "../auth";
import { notFound } from "../errors";

export interface WorkshopRoutesDeps {
  storage: Storage;
  joinLimiter: RequestHandler;
  onJoined(workshopId: string): void;
  participantList(workshopId: string): Promise<unknown>;
}

export function workshopRoutes({ storage, joinLimiter, onJoined, participantList }: WorkshopRoutesDeps): Router {
  const router = Router();

  // Ids are checked before anything reaches storage, so no path or query is built from junk.
  router.param("workshopId", (_req, _res, next, value) => {
    next(WorkshopId.safeParse(value).success ? undefined : notFound("workshop"));
  });

  router.post("/workshops", async (req, res) => {
    const result = await createWorkshop(storage, CreateWorkshopBody.parse(req.body));
    res.status(201).json(result);
  });

  // A JSON export, re-imported as a new workshop (the portable escape hatch). Exports are larger
  // than other bodies: 300 cards with notes is a few hundred KiB.
  router.post("/workshops/import", express.json({ limit: 8 * 1024 * 1024 }), async (req, res) => {
    const result = await importWorkshop(storage, WorkshopJson.parse(req.body));
    res.status(201).json(result);
  });

  router.get("/workshops/:workshopId", async (req, res) => {
    const workshop = await storage.getWorkshop(req.params.workshopId as string);
    if (!workshop) throw notFound("workshop");
    res.json(presentWorkshop(workshop));
  });

  router.post("/workshops/:workshopId/join", joinLimiter, async (req, res) => {
    const result = await joinWorkshop(storage, req.params.workshopId as string, JoinBody.parse(req.body));
    onJoined(result.workshop.id);
    res.status(201).json(result);
  });

  router.get("/workshops/:workshopId/participants", requireParticipant(storage), async (req, res) => {
    res.json(await participantList(req.params.workshopId as string));
  });

  return router;
}
