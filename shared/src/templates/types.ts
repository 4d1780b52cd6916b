import type { CardColor, CardKind, Language } from "../domain";
import type { VoteTargetSpec } from "../session/phaseSpecs";

/** One text per UI language; the type makes a missing language a compile error. */
export type InLanguages<T> = Readonly<Record<Language, T>>;

/** A titled area of a template's board, in board coordinates. */
export interface TemplateZone {
  x: number;
  y: number;
  w: number;
  h: number;
  color: CardColor;
  /** The kinds of card this zone asks for, most typical first (the picture draws them). */
  kinds: readonly CardKind[];
  text: InLanguages<{ title: string; instructions: string }>;
}

/**
 * What a template's phase switches on when it starts. Votes and scoring rounds are named after the
 * phase, and scoring uses the default criteria, in the workshop's language (`localizeTemplate`).
 */
export interface TemplatePhaseActions {
  lock?: boolean;
  privateRound?: boolean;
  critique?: boolean;
  groups?: boolean;
  vote?: { targets: Partial<VoteTargetSpec>; votesPerPerson: number };
  scoring?: { targets: Partial<VoteTargetSpec> & { actionItems?: boolean } };
}

/** A timed phase of a template's agenda, with what participants are asked to do. */
export interface TemplatePhase {
  minutes: number;
  text: InLanguages<{ name: string; instructions: string }>;
  actions?: TemplatePhaseActions;
}

/** A way to start a workshop: zones on the board and an agenda of timed phases. */
export interface WorkshopTemplate {
  id: string;
  text: InLanguages<{ name: string; summary: string }>;
  zones: readonly TemplateZone[];
  phases: readonly TemplatePhase[];
}
