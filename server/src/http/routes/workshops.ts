import { CreateWorkshopBody, JoinBody, ROLES, WorkshopId, WorkshopJson } from "@oppdag/shared";
import type { RequestHandler } from "express";
import express, { Router } from "express";
import { z } from "zod";
import { createWorkshop } from "../../commands/createWorkshop";
import { importWorkshop } from "../../commands/importWorkshop";
import { joinWorkshop } from "../../commands/joinWorkshop";
import { revokeInvite, rotateInvite } from "../../commands/rotateInvite";
import { presentWorkshop } from "../../presenters/workshop";
import type { Storage } from "../../storage/types";
import { requireParticipant } from "../auth";
import { HttpError, notFound } from "../errors";

export interface WorkshopRoutesDeps {
  storage: Storage;
  joinLimiter: RequestHandler;
  participantsChanged(workshopId: string): void;
  participantList(workshopId: string): Promise<unknown>;
  deleteWorkshop(workshopId: string): Promise<void>;
  retentionDays: number;
}

export function workshopRoutes({
  storage,
  joinLimiter,
  participantsChanged,
  participantList,
  deleteWorkshop,
  retentionDays,
}: WorkshopRoutesDeps): Router {
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
    res.json({ ...presentWorkshop(workshop), retentionDays });
  });

  router.post("/workshops/:workshopId/join", joinLimiter, async (req, res) => {
    const result = await joinWorkshop(storage, req.params.workshopId as string, JoinBody.parse(req.body));
    participantsChanged(result.workshop.id);
    res.status(201).json(result);
  });

  router.get("/workshops/:workshopId/participants", requireParticipant(storage), async (req, res) => {
    res.json(await participantList(req.params.workshopId as string));
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
    await deleteWorkshop(req.params.workshopId as string);
    res.status(204).end();
  });

  // A name is erased for good (by its owner or a facilitator); cards stay, attributed to the actor group.
  router.post(
    "/workshops/:workshopId/participants/:participantId/erase-name",
    requireParticipant(storage),
    async (req, res) => {
      const workshopId = req.params.workshopId as string;
      const participantId = req.params.participantId as string;
      const actor = req.participant;
      if (actor?.id !== participantId && actor?.role !== "facilitator") {
        throw new HttpError(403, "forbidden", "only the person themself or a facilitator may erase a name");
      }
      if (!(await storage.getParticipant(workshopId, participantId))) throw notFound("participant");
      await storage.eraseParticipantName(workshopId, participantId);
      participantsChanged(workshopId);
      res.status(204).end();
    },
  );

  return router;
}
