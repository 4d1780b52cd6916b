import type { ActorGroup, CardKind, Language } from "../domain";
import type { ActionStatus, ActionTextField } from "../plan/actionItem";

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
  number: string;
  fields: Record<ActionTextField, string>;
  priority: string;
  status: string;
  statuses: Record<ActionStatus, string>;
  actorGroups: string;
  actionPlan: string;
  otherArea: string;
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
    number: "No.",
    fields: {
      title: "Initiative",
      focusArea: "Focus area",
      goal: "Goal for the period",
      resultIndicators: "Result indicators",
      effectIndicators: "Effect indicators",
      method: "Method",
      instruments: "Instruments and funding",
      partners: "Partners",
      knowledgeNeeds: "Knowledge needs",
      responsible: "Responsible",
      timeline: "Timeline",
      resources: "Resources",
    },
    priority: "Priority",
    status: "Status",
    statuses: { draft: "Draft", agreed: "Agreed" },
    actorGroups: "Actor groups",
    actionPlan: "Action plan",
    otherArea: "Other",
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
    number: "Nr.",
    fields: {
      title: "Tiltak",
      focusArea: "Innsatsområde",
      goal: "Mål for perioden",
      resultIndicators: "Resultatindikatorer",
      effectIndicators: "Effektindikatorer",
      method: "Metode",
      instruments: "Virkemidler og finansiering",
      partners: "Samarbeidspartnere",
      knowledgeNeeds: "Kunnskapsbehov",
      responsible: "Operativt ansvarlig",
      timeline: "Tidsplan",
      resources: "Ressurser",
    },
    priority: "Prioritet",
    status: "Status",
    statuses: { draft: "Utkast", agreed: "Vedtatt" },
    actorGroups: "Aktørgrupper",
    actionPlan: "Handlingsplan",
    otherArea: "Annet",
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
    number: "Nr",
    fields: {
      title: "Åtgärd",
      focusArea: "Insatsområde",
      goal: "Mål för perioden",
      resultIndicators: "Resultatmål",
      effectIndicators: "Effektmål",
      method: "Metod",
      instruments: "Styrmedel och finansiering",
      partners: "Samverkanspartner",
      knowledgeNeeds: "Kunskapsbehov",
      responsible: "Ansvarig",
      timeline: "Tidsplan",
      resources: "Resurser",
    },
    priority: "Prioritering",
    status: "Status",
    statuses: { draft: "Utkast", agreed: "Beslutad" },
    actorGroups: "Aktörsgrupper",
    actionPlan: "Handlingsplan",
    otherArea: "Övrigt",
  },
};
