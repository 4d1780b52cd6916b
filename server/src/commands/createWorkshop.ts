import {
  type CreateWorkshopBody,
  type CreateWorkshopResult,
  localizeTemplate,
  templatePhases,
  writeTemplate,
} from "@oppdag/shared";
import * as Y from "yjs";
import { generateId, generateToken, hashToken } from "../auth/tokens";
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
  if (input.template) await startFromTemplate(storage, workshop.id, input.template, input.language);
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
