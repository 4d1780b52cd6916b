import type { CreateWorkshopBody, CreateWorkshopResult } from "@oppdag/shared";
import { generateId, generateToken, hashToken } from "../auth/tokens";
import { presentInvites, presentWorkshop } from "../presenters/workshop";
import type { Storage } from "../storage/types";

/** Creates a workshop with its three invite links; only the links' hashes are stored. */
export async function createWorkshop(storage: Storage, input: CreateWorkshopBody): Promise<CreateWorkshopResult> {
  const workshop = {
    id: generateId(),
    title: input.title,
    region: input.region ?? null,
    language: input.language,
    createdAt: new Date().toISOString(),
  };
  const tokens = { facilitator: generateToken(), participant: generateToken(), observer: generateToken() };
  await storage.createWorkshop(
    workshop,
    (Object.keys(tokens) as Array<keyof typeof tokens>).map((role) => ({
      workshopId: workshop.id,
      role,
      tokenHash: hashToken(tokens[role]),
    })),
  );
  return { workshop: presentWorkshop(workshop), invites: presentInvites(workshop.id, tokens) };
}
