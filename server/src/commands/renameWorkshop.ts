import type { WorkshopInfo } from "@oppdag/shared";
import { forbidden, notFound } from "../domain/errors";
import { presentWorkshop } from "../presenters/workshop";
import type { ParticipantRow, Storage } from "../storage/types";

/** Renames the actor's workshop and returns it as everyone may see it. */
export async function renameWorkshop(storage: Storage, actor: ParticipantRow, title: string): Promise<WorkshopInfo> {
  if (actor.role !== "facilitator") throw forbidden("only a facilitator may rename the workshop");
  await storage.renameWorkshop(actor.workshopId, title);
  const workshop = await storage.getWorkshop(actor.workshopId);
  if (!workshop) throw notFound("workshop");
  return presentWorkshop(workshop);
}
