import type { ActorGroup, CardKind, Language } from "../domain";

/** Export headings in the workshop's language (the UI has its own i18n bundle). */
export interface ExportLabels {
  kindsPlural: Record<CardKind, string>;
  groups: Record<ActorGroup, string>;
  links: string;
  votes: string;
  zones: string;
  notes: string;
  region: string;
  exported: string;
  empty: string;
  untitled: string;
}

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  en: {
    kindsPlural: {
      strength: "Strengths",
      opportunity: "Opportunities",
      idea: "Ideas",
      challenge: "Challenges",
      question: "Questions",
    },
    groups: {
      industry: "Industry",
      research: "Research and education",
      public: "Public sector",
      investors: "Investors and funders",
      civil: "Organisations and civil society",
      external: "External voice",
      facilitator: "Facilitator",
    },
    links: "Links",
    votes: "Votes",
    zones: "Zones",
    notes: "Notes",
    region: "Region",
    exported: "Exported",
    empty: "(none)",
    untitled: "(untitled)",
  },
  nb: {
    kindsPlural: {
      strength: "Styrker",
      opportunity: "Muligheter",
      idea: "Idéer",
      challenge: "Utfordringer",
      question: "Spørsmål",
    },
    groups: {
      industry: "Næringsliv",
      research: "FoU og utdanning",
      public: "Offentlig sektor",
      investors: "Investorer og finansiører",
      civil: "Organisasjoner og sivilsamfunn",
      external: "Ekstern stemme",
      facilitator: "Fasilitator",
    },
    links: "Koblinger",
    votes: "Avstemninger",
    zones: "Soner",
    notes: "Notater",
    region: "Region",
    exported: "Eksportert",
    empty: "(ingen)",
    untitled: "(uten tittel)",
  },
  sv: {
    kindsPlural: {
      strength: "Styrkor",
      opportunity: "Möjligheter",
      idea: "Idéer",
      challenge: "Utmaningar",
      question: "Frågor",
    },
    groups: {
      industry: "Näringsliv",
      research: "Forskning och utbildning",
      public: "Offentlig sektor",
      investors: "Investerare och finansiärer",
      civil: "Organisationer och idéburen sektor",
      external: "Extern röst",
      facilitator: "Processledare",
    },
    links: "Kopplingar",
    votes: "Omröstningar",
    zones: "Zoner",
    notes: "Anteckningar",
    region: "Region",
    exported: "Exporterad",
    empty: "(inga)",
    untitled: "(utan titel)",
  },
};
