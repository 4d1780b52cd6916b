import {
  CreateWorkshopBody,
  JoinBody,
  Limits,
  parseWorkshopJson,
  ROLES,
  SaveTemplateBody,
  WorkshopId,
} from "@oppdag/shared";
import { ExampleWorkshopBody } from "@oppdag/shared/example";
import type { RequestHandler } from "express";
import express, { Router } from "express";
import { z } from "zod";
import type { SessionEvents } from "../../auth/sessions";
import { createExampleWorkshop } from "../../commands/createExampleWorkshop";
import { createWorkshop } from "../../commands/createWorkshop";
import { type DeleteWorkshopDeps, deleteWorkshop } from "../../commands/deleteWorkshop";
import { eraseName } from "../../commands/eraseName";
import { importWorkshop } from "../../commands/importWorkshop";
import { joinWorkshop } from "../../commands/joinWorkshop";
import { listParticipants, type ParticipantListDeps } from "../../commands/listParticipants";
import { revokeInvite, rotateInvite } from "../../commands/rotateInvite";
import { listSavedTemplates, saveTemplate } from "../../commands/saveTemplate";
import { notFound } from "../../domain/errors";
import { presentWorkshop } from "../../presenters/workshop";
import { actorOf, requireParticipant } from "../auth";

export interface WorkshopRoutesDeps extends ParticipantListDeps, DeleteWorkshopDeps {
  sessions: SessionEvents;
  joinLimiter: RequestHandler;
  retentionDays: number;
  maxCardsPerBoard: number;
}

export function workshopRoutes(deps: WorkshopRoutesDeps): Router {
  const { storage, sessions } = deps;
  const router = Router();

  // Ids are checked before anything reaches storage, so no path or query is built from junk.
  router.param("workshopId", (_req, _res, next, value) => {
    next(WorkshopId.safeParse(value).success ? undefined : notFound("workshop"));
  });

  // Templates facilitators saved here: offered to anyone creating a workshop, as the built-in ones are.
  router.get("/templates", async (_req, res) => {
    res.json(await listSavedTemplates(storage));
  });

  router.post("/workshops/:workshopId/templates", requireParticipant(storage, ["facilitator"]), async (req, res) => {
    const saved = await saveTemplate(deps, req.params.workshopId as string, SaveTemplateBody.parse(req.body));
    res.status(201).json(saved);
  });

  router.post("/workshops", async (req, res) => {
    const result = await createWorkshop(storage, CreateWorkshopBody.parse(req.body));
    res.status(201).json(result);
  });

  // The example workshop, opened by its facilitator: it creates a workshop and joins someone, so
  // it counts against the join limit as well as the API's.
  router.post("/workshops/example", deps.joinLimiter, async (req, res) => {
    const { language } = ExampleWorkshopBody.parse(req.body ?? {});
    res.status(201).json(await createExampleWorkshop(deps, language));
  });

  // A JSON export, re-imported as a new workshop (the portable escape hatch). Exports are larger
  // than other bodies: 300 cards with notes is a few hundred KiB.
  router.post("/workshops/import", express.json({ limit: Limits.maxImportBytes }), async (req, res) => {
    const result = await importWorkshop(storage, parseWorkshopJson(req.body), deps);
    res.status(201).json(result);
  });

  router.get("/workshops/:workshopId", async (req, res) => {
    const workshop = await storage.getWorkshop(req.params.workshopId as string);
    if (!workshop) throw notFound("workshop");
    res.json({ ...presentWorkshop(workshop), retentionDays: deps.retentionDays });
  });

  router.post("/workshops/:workshopId/join", deps.joinLimiter, async (req, res) => {
    const result = await joinWorkshop(deps, req.params.workshopId as string, JoinBody.parse(req.body));
    res.status(201).json(result);
  });

  router.get("/workshops/:workshopId/participants", requireParticipant(storage), async (req, res) => {
    res.json(await listParticipants(deps, actorOf(req)));
  });

  // Facilitators replace a leaked link (the old one stops working) or close one.
  const roleParam = (value: unknown) => {
    const role = z.enum(ROLES).safeParse(value);
    if (!role.success) throw notFound("invite");
    return role.data;
  };
  router.post(
    "/workshops/:workshopId/invites/:role/rotate",
    requireParticipant(storage, ["facilitator"]),
    async (req, res) => {
      res.json(await rotateInvite(storage, req.params.workshopId as string, roleParam(req.params.role)));
    },
  );
  router.post(
    "/workshops/:workshopId/invites/:role/revoke",
    requireParticipant(storage, ["facilitator"]),
    async (req, res) => {
      await revokeInvite(storage, req.params.workshopId as string, roleParam(req.params.role));
      res.status(204).end();
    },
  );

  // Personal data: the facilitator deletes a workshop with everything in it.
  router.delete("/workshops/:workshopId", requireParticipant(storage, ["facilitator"]), async (req, res) => {
    await deleteWorkshop(deps, req.params.workshopId as string, "deleted by a facilitator");
    res.status(204).end();
  });

  router.post(
    "/workshops/:workshopId/participants/:participantId/erase-name",
    requireParticipant(storage),
    async (req, res) => {
      await eraseName(storage, sessions, actorOf(req), req.params.participantId as string);
      res.status(204).end();
    },
  );

  return router;
}
