import {
  addZone,
  type CreateWorkshopBody,
  type CreateWorkshopResult,
  localizeTemplate,
  SavedTemplate,
  savedTemplatePhases,
  templatePhases,
  writeTemplate,
} from "@oppdag/shared";
import * as Y from "yjs";
import { generateId, generateToken, hashToken } from "../auth/tokens";
import { notFound } from "../domain/errors";
import { presentInvites, presentWorkshop } from "../presenters/workshop";
import { initialSessionState } from "../session/state";
import type { Storage } from "../storage/types";

/** What creating a workshop needs; without a template it starts empty (an import fills it itself). */
export type CreateWorkshopInput = Omit<CreateWorkshopBody, "template"> & Partial<Pick<CreateWorkshopBody, "template">>;

/**
 * Creates a workshop with its invite links, one per role, (only the links' hashes are stored) and, from a
 * template, its zones and agenda in the workshop's language. Nobody can connect before this
 * returns the links, so the template is in place before anyone sees the board.
 */
export async function createWorkshop(storage: Storage, input: CreateWorkshopInput): Promise<CreateWorkshopResult> {
  // Read before anything is written, so an unknown template leaves no half-made workshop behind.
  const saved = input.savedTemplateId ? await loadSavedTemplate(storage, input.savedTemplateId) : null;
  const workshop = {
    id: generateId(),
    title: input.title,
    region: input.region ?? null,
    language: input.language,
    createdAt: new Date().toISOString(),
  };
  const tokens = {
    facilitator: generateToken(),
    participant: generateToken(),
    observer: generateToken(),
    critic: generateToken(),
  };
  await storage.createWorkshop(
    workshop,
    (Object.keys(tokens) as Array<keyof typeof tokens>).map((role) => ({
      workshopId: workshop.id,
      role,
      tokenHash: hashToken(tokens[role]),
    })),
  );
  if (saved) await startFromSaved(storage, workshop.id, saved);
  else if (input.template) await startFromTemplate(storage, workshop.id, input.template, input.language);
  return { workshop: presentWorkshop(workshop), invites: presentInvites(workshop.id, tokens) };
}

async function startFromTemplate(
  storage: Storage,
  workshopId: string,
  template: CreateWorkshopBody["template"],
  language: CreateWorkshopBody["language"],
): Promise<void> {
  const { zones, phases } = localizeTemplate(template, language);
  if (zones.length > 0) {
    const doc = new Y.Doc();
    writeTemplate(doc, template, language);
    await storage.appendUpdates([{ workshopId, update: Y.encodeStateAsUpdate(doc) }]);
    doc.destroy();
  }
  if (phases.length > 0) {
    await storage.saveSessionState(workshopId, {
      ...initialSessionState(),
      phases: templatePhases(template, language),
    });
  }
}

async function loadSavedTemplate(storage: Storage, id: string): Promise<SavedTemplate> {
  const parsed = SavedTemplate.safeParse(await storage.getTemplate(id));
  if (!parsed.success) throw notFound("template");
  return parsed.data;
}

/** A saved template: its zones as they were, and its agenda with what each phase switches on. */
async function startFromSaved(storage: Storage, workshopId: string, template: SavedTemplate): Promise<void> {
  if (template.zones.length > 0) {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const zone of template.zones) addZone(doc, zone);
    });
    await storage.appendUpdates([{ workshopId, update: Y.encodeStateAsUpdate(doc) }]);
    doc.destroy();
  }
  if (template.phases.length > 0) {
    await storage.saveSessionState(workshopId, { ...initialSessionState(), phases: savedTemplatePhases(template) });
  }
}
