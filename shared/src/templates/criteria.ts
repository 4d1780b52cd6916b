import type { DefaultCriterion } from "../session/scoring";
import type { InLanguages } from "./types";

/** The default scoring criteria as a template's scoring round names them (the client's words too). */
export const CRITERION_NAMES: InLanguages<Record<DefaultCriterion, string>> = {
  en: {
    marketPotential: "Market potential",
    regionalCapability: "Regional capability",
    relatedVariety: "Related variety",
    feasibility: "Feasibility",
  },
  nb: {
    marketPotential: "Markedspotensial",
    regionalCapability: "Regional kompetanse",
    relatedVariety: "Beslektet variasjon",
    feasibility: "Gjennomførbarhet",
  },
  sv: {
    marketPotential: "Marknadspotential",
    regionalCapability: "Regional förmåga",
    relatedVariety: "Relaterad variation",
    feasibility: "Genomförbarhet",
  },
};
