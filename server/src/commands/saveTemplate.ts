import { boardFromDoc, newId, SAVED_TEMPLATE_LIMITS, SavedTemplate, type SaveTemplateBody } from "@oppdag/shared";
import { limitReached, notFound } from "../domain/errors";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import { readWorkshopDoc } from "../sync/workshopDoc";
import type { WriteBatcher } from "../sync/writeBatcher";

export interface SaveTemplateDeps {
  storage: Storage;
  sessionService: SessionService;
  rooms: Rooms;
  batcher: WriteBatcher;
}

/**
 * Saves a workshop's zones (as the board has them now) and its agenda, with what each phase
 * switches on, as a template every facilitator here is offered when creating a workshop. Cards,
 * notes and people stay behind: a template is the method, never the content.
 */
export async function saveTemplate(
  deps: SaveTemplateDeps,
  workshopId: string,
  body: SaveTemplateBody,
): Promise<SavedTemplate> {
  const workshop = await deps.storage.getWorkshop(workshopId);
  if (!workshop) throw notFound("workshop");
  if ((await deps.storage.countTemplates()) >= SAVED_TEMPLATE_LIMITS.saved) {
    throw limitReached(`at most ${SAVED_TEMPLATE_LIMITS.saved} templates can be saved`);
  }
  const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
  const session = await deps.sessionService.get(workshopId);
  const template = SavedTemplate.parse({
    id: newId(),
    name: body.name,
    summary: body.summary,
    language: workshop.language,
    createdAt: new Date().toISOString(),
    zones: boardFromDoc(doc)
      .zones.slice(0, SAVED_TEMPLATE_LIMITS.zones)
      .map(({ title, x, y, w, h, color }) => ({ title: title.slice(0, 120), x, y, w, h, color })),
    phases: session.phases.slice(0, SAVED_TEMPLATE_LIMITS.phases).map((p) => ({
      name: p.name,
      instructions: p.instructions,
      minutes: Math.round(p.durationSec / 60),
      ...(p.actions ? { actions: p.actions } : {}),
    })),
  });
  await deps.storage.saveTemplate(template.id, template, template.createdAt);
  return template;
}

/** The saved templates, oldest first; a row that no longer reads as one is left out. */
export async function listSavedTemplates(storage: Storage): Promise<SavedTemplate[]> {
  return (await storage.listTemplates()).flatMap((row) => {
    const parsed = SavedTemplate.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
