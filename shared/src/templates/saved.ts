import { z } from "zod";
import { newId } from "../board/doc";
import { CARD_COLORS, LANGUAGES } from "../domain";
import { PhaseActions } from "../session/phaseSpecs";
import type { Phase } from "../session/types";
import { SAVED_TEMPLATE_LIMITS } from "./limits";

// A facilitator's own template, saved from a workshop: its zones and agenda, in the one language it
// was written in. Saved templates are the installation's (one organisation runs one Oppdag), so
// every facilitator creating a workshop here is offered them beside the built-in ones.

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "must not contain control characters");

export const SavedTemplateZone = z.object({
  title: text(120),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
  color: z.enum(CARD_COLORS),
});

export const SavedTemplatePhase = z.object({
  name: z.string().trim().min(1).max(120),
  instructions: z.string().max(2000).default(""),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  actions: PhaseActions.optional(),
});

export const SavedTemplate = z.object({
  id: z.string().min(1).max(40),
  name: text(SAVED_TEMPLATE_LIMITS.name).pipe(z.string().min(1)),
  summary: text(SAVED_TEMPLATE_LIMITS.summary).default(""),
  language: z.enum(LANGUAGES),
  createdAt: z.string(),
  zones: z.array(SavedTemplateZone).max(SAVED_TEMPLATE_LIMITS.zones),
  phases: z.array(SavedTemplatePhase).max(SAVED_TEMPLATE_LIMITS.phases),
});
export type SavedTemplate = z.infer<typeof SavedTemplate>;

/** What a facilitator sends to save their workshop's zones and agenda as a template. */
export const SaveTemplateBody = z.object({
  name: text(SAVED_TEMPLATE_LIMITS.name).pipe(z.string().min(1)),
  summary: text(SAVED_TEMPLATE_LIMITS.summary).default(""),
});
export type SaveTemplateBody = z.infer<typeof SaveTemplateBody>;

/** A saved template's agenda as session phases, each with a fresh id. */
export function savedTemplatePhases(template: SavedTemplate): Phase[] {
  return template.phases.map((p) => ({
    id: newId(),
    name: p.name,
    instructions: p.instructions,
    durationSec: p.minutes * 60,
    ...(p.actions ? { actions: p.actions } : {}),
  }));
}
