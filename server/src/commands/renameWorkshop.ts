import type { WorkshopInfo } from "@oppdag/shared";
import { HttpError, notFound } from "../http/errors";
import { presentWorkshop } from "../presenters/workshop";
import type { ParticipantRow, Storage } from "../storage/types";

export async function renameWorkshop(storage: Storage, actor: ParticipantRow, title: string): Promise<WorkshopInfo> {
  if (actor.role !== "facilitator") throw new HttpError(403, "forbidden", "only a facilitator may rename the workshop");
  await storage.renameWorkshop(actor.workshopId, title);
  const workshop = await storage.getWorkshop(actor.workshopId);
  if (!workshop) throw notFound("workshop");
  return presentWorkshop(workshop);
}
