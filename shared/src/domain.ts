/** Vocabulary of the domain (see shared/DOMAIN.md beside the checkout). */

export const CARD_KINDS = ["strength", "opportunity", "idea", "challenge", "question"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** The quadruple helix plus outside voices and the facilitators themselves. */
export const ACTOR_GROUPS = [
  "industry",
  "research",
  "public",
  "investors",
  "civil",
  "external",
  "facilitator",
] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];
/** How many people of each actor group did something; groups nobody of did are left out. */
export type GroupCounts = Partial<Record<ActorGroup, number>>;

/**
 * `critic`: a critical friend, an invited outside voice with a link of their own, who adds
 * challenges to what the room proposes (see rules/access.ts for what they may change).
 */
export const ROLES = ["facilitator", "participant", "observer", "critic"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["en", "nb", "sv"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Card colours people can pick; each kind has a default. */
export const CARD_COLORS = ["yellow", "green", "blue", "pink", "purple", "orange", "grey"] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export const DEFAULT_CARD_COLOR: Record<CardKind, CardColor> = {
  strength: "green",
  opportunity: "blue",
  idea: "yellow",
  challenge: "pink",
  question: "purple",
};
