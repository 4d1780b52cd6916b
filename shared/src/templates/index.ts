import * as Y from "yjs";
import { addZone, boardMaps, newId } from "../board/doc";
import type { Language } from "../domain";
import type { PhaseActions } from "../session/phaseSpecs";
import { DEFAULT_CRITERIA } from "../session/scoring";
import type { Phase } from "../session/types";
import { actors } from "./actors";
import { blank } from "./blank";
import { challenges } from "./challenges";
import { CRITERION_NAMES } from "./criteria";
import { discovery } from "./discovery";
import { swot } from "./swot";
import type { TemplatePhaseActions, TemplateZone, WorkshopTemplate } from "./types";

export * from "./limits";
export * from "./saved";
export type { InLanguages, TemplatePhase, TemplatePhaseActions, TemplateZone, WorkshopTemplate } from "./types";

/** The templates a workshop can start from, in the order the create form offers them. */
export const TEMPLATE_IDS = ["blank", "discovery", "challenges", "swot", "actors"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A new workshop starts empty unless the facilitator picks a template. */
export const DEFAULT_TEMPLATE: TemplateId = "blank";

export const TEMPLATES: Readonly<Record<TemplateId, WorkshopTemplate>> = {
  blank,
  discovery,
  challenges,
  swot,
  actors,
};

/** A zone as the board draws it, in one language. */
export interface LocalizedZone extends Omit<TemplateZone, "text"> {
  title: string;
  instructions: string;
}

/** A template in one language, for the create form's cards and for writing a new workshop. */
export interface LocalizedTemplate {
  id: TemplateId;
  name: string;
  summary: string;
  zones: LocalizedZone[];
  phases: Array<{ name: string; instructions: string; minutes: number; actions?: PhaseActions }>;
}

const TARGETS_NONE = { kinds: [], links: false, zoneId: null };

/** A template phase's actions as the session runs them, named in the workshop's language. */
function localizeActions(
  actions: TemplatePhaseActions | undefined,
  phaseName: string,
  language: Language,
): PhaseActions | undefined {
  if (!actions) return undefined;
  const { vote, scoring, ...switches } = actions;
  const out: PhaseActions = { ...switches };
  if (vote) {
    out.vote = {
      title: phaseName,
      targets: { ...TARGETS_NONE, ...vote.targets },
      votesPerPerson: vote.votesPerPerson,
      allowMultiplePerTarget: false,
      anonymous: true,
    };
  }
  if (scoring) {
    out.scoring = {
      title: phaseName,
      targets: { ...TARGETS_NONE, actionItems: false, ...scoring.targets },
      criteria: DEFAULT_CRITERIA.map((key) => ({ name: CRITERION_NAMES[language][key] })),
    };
  }
  return out;
}

export function localizeTemplate(id: TemplateId, language: Language): LocalizedTemplate {
  const t = TEMPLATES[id];
  return {
    id,
    ...t.text[language],
    zones: t.zones.map(({ text, ...zone }) => ({ ...zone, ...text[language] })),
    phases: t.phases.map(({ text, minutes, actions }) => ({
      ...text[language],
      minutes,
      actions: localizeActions(actions, text[language].name, language),
    })),
  };
}

/** The template's agenda as session phases, each with a fresh id. */
export function templatePhases(id: TemplateId, language: Language): Phase[] {
  return localizeTemplate(id, language).phases.map((p) => ({
    id: newId(),
    name: p.name,
    instructions: p.instructions,
    durationSec: p.minutes * 60,
    ...(p.actions ? { actions: p.actions } : {}),
  }));
}

/** The smallest box holding every zone of a template, or null for one without zones. */
export function templateBounds(zones: ReadonlyArray<Pick<TemplateZone, "x" | "y" | "w" | "h">>) {
  if (zones.length === 0) return null;
  const x = Math.min(...zones.map((z) => z.x));
  const y = Math.min(...zones.map((z) => z.y));
  return {
    x,
    y,
    w: Math.max(...zones.map((z) => z.x + z.w)) - x,
    h: Math.max(...zones.map((z) => z.y + z.h)) - y,
  };
}

/**
 * Writes a template's zones into a new workshop's document, and a short guide to them at the top
 * of the notes: the board draws a zone's title only, so its instructions are kept where everyone
 * can read them and every export carries them.
 */
export function writeTemplate(doc: Y.Doc, id: TemplateId, language: Language): void {
  const template = localizeTemplate(id, language);
  if (template.zones.length === 0) return;
  doc.transact(() => {
    for (const { title, x, y, w, h, color } of template.zones) addZone(doc, { title, x, y, w, h, color });
    const heading = new Y.XmlElement("heading");
    heading.setAttribute("level", 2 as never);
    heading.insert(0, [new Y.XmlText(template.name)]);
    const list = new Y.XmlElement("bulletList");
    list.insert(
      0,
      template.zones.map((zone) => {
        const text = new Y.XmlText();
        text.applyDelta([{ insert: `${zone.title}: `, attributes: { bold: {} } }, { insert: zone.instructions }]);
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [text]);
        const item = new Y.XmlElement("listItem");
        item.insert(0, [paragraph]);
        return item;
      }),
    );
    boardMaps(doc).notes.insert(0, [heading, list]);
  });
}
