import { z } from "zod";
import { ACTOR_GROUPS, LANGUAGES, type ROLES } from "./domain";
import { Limits } from "./protocol";
import { DEFAULT_TEMPLATE, TEMPLATE_IDS } from "./templates";

/** Workshop ids are 16 url-safe characters; nothing else reaches a query or a path. */
export const WorkshopId = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "invalid workshop id");

/** Tokens are 43 url-safe characters (256 random bits, base64url). */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invalid token");

/** One line of text: trimmed, not empty, without control characters. */
export const trimmedText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters have no place in a title or a name (they break exports and logs).
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "must not contain control characters");

export const CreateWorkshopBody = z.object({
  title: trimmedText(Limits.titleLength),
  region: trimmedText(Limits.regionLength).optional(),
  language: z.enum(LANGUAGES).default("en"),
  /** What the board and the agenda start with, written in `language` (templates/). */
  template: z.enum(TEMPLATE_IDS).default(DEFAULT_TEMPLATE),
  /** A template saved by a facilitator here (templates/saved.ts), instead of a built-in one. */
  savedTemplateId: z
    .string()
    .regex(/^[a-z0-9]{8,40}$/)
    .optional(),
});
export type CreateWorkshopBody = z.infer<typeof CreateWorkshopBody>;

export const JoinBody = z.object({
  invite: Token,
  name: trimmedText(Limits.nameLength),
  actorGroup: z.enum(ACTOR_GROUPS),
  /** Where they come from (Nofima, Troms fylkeskommune): optional, shown beside the name. */
  organisation: z.union([trimmedText(Limits.organisationLength), z.literal("")]).optional(),
});
export type JoinBody = z.infer<typeof JoinBody>;

/** What the API returns for a workshop. */
export interface WorkshopInfo {
  id: string;
  title: string;
  region: string | null;
  language: (typeof LANGUAGES)[number];
  createdAt: string;
  /** Days an unused workshop is kept (0: until deleted); sent to the join page's privacy notice. */
  retentionDays?: number;
}

/** Invite links, as paths plus token so the client can build absolute URLs for its origin. */
export interface InviteLinks {
  facilitator: string;
  participant: string;
  observer: string;
  /** A critical friend's link: an outside voice who adds challenges. */
  critic: string;
}

export interface CreateWorkshopResult {
  workshop: WorkshopInfo;
  invites: InviteLinks;
}

export interface ParticipantInfo {
  id: string;
  name: string;
  actorGroup: (typeof ACTOR_GROUPS)[number];
  role: (typeof ROLES)[number];
  /** Empty when they gave none, or when names are hidden from this viewer. */
  organisation: string;
  online: boolean;
}

export interface JoinResult {
  token: string;
  participant: ParticipantInfo;
  workshop: WorkshopInfo;
}
