import type { ActorGroup, CardKind, Language } from "../domain";
import type { ActionPriority, ActionStatus, ActionTextField, GoalType, MatrixQuadrant } from "../plan/actionItem";

/** Export headings in the workshop's language (the UI has its own i18n bundle). */
export interface ExportLabels {
  /** Whose conventions the numbers and dates follow (export/locale.ts). */
  language: Language;
  kinds: Record<CardKind, string>;
  kindsPlural: Record<CardKind, string>;
  groups: Record<ActorGroup, string>;
  links: string;
  /** Votes as a count: the heading of the results and an item's "Votes: 7". */
  votes: string;
  /** One voting round, singular: an unnamed round is titled "Vote 2". */
  voteRound: string;
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
  priorities: Record<ActionPriority, string>;
  /** Resources as plans count them: the row, person-years, and the CSV's money columns. */
  budget: string;
  milestones: string;
  fte: string;
  amount: string;
  currency: string;
  /** A priority or goal type nobody has set yet. */
  notSet: string;
  goalType: string;
  goalTypes: Record<GoalType, string>;
  actorGroups: string;
  /** Participation by actor group: the section, its lead, its columns and its two sentences. */
  participation: string;
  participationLead: string;
  actorGroup: string;
  people: string;
  cards: string;
  voted: string;
  scored: string;
  notHeard: string;
  absentGroups: string;
  actionPlan: string;
  otherArea: string;
  reportSubtitle: string;
  date: string;
  participants: string;
  /** People who followed without taking part. */
  observers: string;
  namesHidden: string;
  summary: string;
  matrix: string;
  impact: string;
  feasibility: string;
  quadrants: Record<MatrixQuadrant, string>;
  notPlaced: string;
  basedOn: string;
  board: string;
  printHint: string;
  /** Multi-criteria scoring: the section, an unnamed round ("Scoring 2"), the table's columns. */
  scores: string;
  scoreRound: string;
  scoreTarget: string;
  mean: string;
  spread: string;
  scoreCount: string;
  /** Challenges (critical friends): the sections, what one is on, its answer, one on nothing. */
  openChallenges: string;
  answeredChallenges: string;
  challengeOn: string;
  answer: string;
  wholeBoard: string;
  /** Thematic groups: the section, one group (a CSV column), and what each group lists. */
  thematicGroups: string;
  thematicGroup: string;
  groupZone: string;
  noZone: string;
  members: string;
  rapporteur: string;
  groupSummary: string;
}

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  en: {
    language: "en",
    kinds: {
      strength: "Strength",
      opportunity: "Opportunity",
      idea: "Idea",
      challenge: "Challenge",
      question: "Question",
    },
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
    voteRound: "Vote",
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
      communication: "Communication (to whom, how)",
      timeline: "Timeline",
      resources: "Resources",
      funder: "Funded by",
    },
    priority: "Priority",
    status: "Status",
    statuses: { draft: "Draft", agreed: "Agreed in the workshop", forDecision: "For decision" },
    priorities: { high: "High", medium: "Medium", low: "Low" },
    budget: "Budget",
    milestones: "Milestones",
    fte: "FTE",
    amount: "Amount",
    currency: "Currency",
    notSet: "Not set",
    goalType: "Type of goal",
    goalTypes: { result: "Result goal", process: "Process goal" },
    actorGroups: "Actor groups",
    participation: "Participation by actor group",
    participationLead: "Was every group heard? Contributions counted per actor group, never per person.",
    actorGroup: "Actor group",
    people: "People",
    cards: "Cards",
    voted: "Voted",
    scored: "Scored",
    notHeard: "Not heard from",
    absentGroups: "Nobody came from",
    actionPlan: "Action plan",
    otherArea: "Other",
    reportSubtitle: "Entrepreneurial discovery workshop",
    date: "Date",
    participants: "Participants",
    observers: "Observers",
    namesHidden: "Names are not shown: the workshop was anonymous.",
    summary: "Summary",
    matrix: "Impact × feasibility",
    impact: "Impact",
    feasibility: "Feasibility",
    quadrants: {
      highHigh: "High impact, high feasibility",
      highLow: "High impact, low feasibility",
      lowHigh: "Low impact, high feasibility",
      lowLow: "Low impact, low feasibility",
    },
    notPlaced: "Not placed",
    basedOn: "Based on",
    board: "Board",
    printHint: "To make a PDF, print this page and choose “Save as PDF”. This line is not printed.",
    scores: "Scores",
    scoreRound: "Scoring",
    scoreTarget: "Scored",
    mean: "Mean",
    spread: "Spread",
    scoreCount: "Scores given",
    openChallenges: "Open challenges",
    answeredChallenges: "Answered challenges",
    challengeOn: "On",
    answer: "Answer",
    wholeBoard: "The workshop as a whole",
    thematicGroups: "Thematic groups",
    thematicGroup: "Thematic group",
    groupZone: "Zone",
    noZone: "No zone",
    members: "Members",
    rapporteur: "Rapporteur",
    groupSummary: "Summary",
  },
  nb: {
    language: "nb",
    kinds: { strength: "Styrke", opportunity: "Mulighet", idea: "Idé", challenge: "Utfordring", question: "Spørsmål" },
    kindsPlural: {
      strength: "Styrker",
      opportunity: "Muligheter",
      idea: "Ideer",
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
    votes: "Stemmer",
    voteRound: "Avstemning",
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
      communication: "Kommunikasjon (til hvem, hvordan)",
      timeline: "Tidsplan",
      resources: "Ressurser",
      funder: "Finansiert av",
    },
    priority: "Prioritet",
    status: "Status",
    statuses: { draft: "Utkast", agreed: "Omforent i verkstedet", forDecision: "Til beslutning" },
    priorities: { high: "Høy", medium: "Middels", low: "Lav" },
    budget: "Budsjett",
    milestones: "Milepæler",
    fte: "årsverk",
    amount: "Beløp",
    currency: "Valuta",
    notSet: "Ikke satt",
    goalType: "Type mål",
    goalTypes: { result: "Resultatmål", process: "Prosessmål" },
    actorGroups: "Aktørgrupper",
    participation: "Deltakelse etter aktørgruppe",
    participationLead: "Ble alle gruppene hørt? Bidrag er talt per aktørgruppe, aldri per person.",
    actorGroup: "Aktørgruppe",
    people: "Personer",
    cards: "Kort",
    voted: "Stemte",
    scored: "Ga poeng",
    notHeard: "Ikke hørt fra",
    absentGroups: "Ingen deltok fra",
    actionPlan: "Handlingsplan",
    otherArea: "Annet",
    reportSubtitle: "Verksted for entreprenøriell oppdagelse",
    date: "Dato",
    participants: "Deltakere",
    observers: "Observatører",
    namesHidden: "Navn vises ikke: verkstedet var anonymt.",
    summary: "Oversikt",
    matrix: "Effekt × gjennomførbarhet",
    impact: "Effekt",
    feasibility: "Gjennomførbarhet",
    quadrants: {
      highHigh: "Stor effekt, lett å gjennomføre",
      highLow: "Stor effekt, krevende å gjennomføre",
      lowHigh: "Liten effekt, lett å gjennomføre",
      lowLow: "Liten effekt, krevende å gjennomføre",
    },
    notPlaced: "Ikke plassert",
    basedOn: "Bygger på",
    board: "Tavle",
    printHint: "For å lage en PDF: skriv ut siden og velg «Lagre som PDF». Denne linjen skrives ikke ut.",
    scores: "Poeng",
    scoreRound: "Vurdering",
    scoreTarget: "Vurdert",
    mean: "Snitt",
    spread: "Spenn",
    scoreCount: "Antall poeng",
    openChallenges: "Åpne utfordringer",
    answeredChallenges: "Besvarte utfordringer",
    challengeOn: "Gjelder",
    answer: "Svar",
    wholeBoard: "Verkstedet som helhet",
    thematicGroups: "Tematiske grupper",
    thematicGroup: "Tematisk gruppe",
    groupZone: "Sone",
    noZone: "Ingen sone",
    members: "Medlemmer",
    rapporteur: "Referent",
    groupSummary: "Oppsummering",
  },
  sv: {
    language: "sv",
    kinds: { strength: "Styrka", opportunity: "Möjlighet", idea: "Idé", challenge: "Utmaning", question: "Fråga" },
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
    votes: "Röster",
    voteRound: "Omröstning",
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
      resultIndicators: "Resultatindikatorer",
      effectIndicators: "Effektindikatorer",
      method: "Metod",
      instruments: "Styrmedel och finansiering",
      partners: "Samverkanspartner",
      knowledgeNeeds: "Kunskapsbehov",
      responsible: "Ansvarig",
      communication: "Kommunikation (till vem, hur)",
      timeline: "Tidsplan",
      resources: "Resurser",
      funder: "Finansieras av",
    },
    priority: "Prioritering",
    status: "Status",
    statuses: { draft: "Utkast", agreed: "Överenskommen i workshopen", forDecision: "För beslut" },
    priorities: { high: "Hög", medium: "Medel", low: "Låg" },
    budget: "Budget",
    milestones: "Milstolpar",
    fte: "årsverk",
    amount: "Belopp",
    currency: "Valuta",
    notSet: "Inte satt",
    goalType: "Typ av mål",
    goalTypes: { result: "Resultatmål", process: "Processmål" },
    actorGroups: "Aktörsgrupper",
    participation: "Deltagande per aktörsgrupp",
    participationLead: "Blev alla grupper hörda? Bidragen räknas per aktörsgrupp, aldrig per person.",
    actorGroup: "Aktörsgrupp",
    people: "Personer",
    cards: "Kort",
    voted: "Röstade",
    scored: "Gav poäng",
    notHeard: "Inte hörda",
    absentGroups: "Ingen deltog från",
    actionPlan: "Handlingsplan",
    otherArea: "Övrigt",
    reportSubtitle: "Workshop för entreprenöriellt upptäckande",
    date: "Datum",
    participants: "Deltagare",
    observers: "Observatörer",
    namesHidden: "Namn visas inte: workshopen var anonym.",
    summary: "Översikt",
    matrix: "Effekt × genomförbarhet",
    impact: "Effekt",
    feasibility: "Genomförbarhet",
    quadrants: {
      highHigh: "Stor effekt, lätt att genomföra",
      highLow: "Stor effekt, svår att genomföra",
      lowHigh: "Liten effekt, lätt att genomföra",
      lowLow: "Liten effekt, svår att genomföra",
    },
    notPlaced: "Inte placerad",
    basedOn: "Bygger på",
    board: "Tavla",
    printHint: "Skriv ut sidan och välj ”Spara som PDF” för att få en PDF. Den här raden skrivs inte ut.",
    scores: "Poäng",
    scoreRound: "Bedömning",
    scoreTarget: "Bedömt",
    mean: "Medel",
    spread: "Spridning",
    scoreCount: "Antal poäng",
    openChallenges: "Öppna utmaningar",
    answeredChallenges: "Besvarade utmaningar",
    challengeOn: "Gäller",
    answer: "Svar",
    wholeBoard: "Workshopen som helhet",
    thematicGroups: "Tematiska grupper",
    thematicGroup: "Tematisk grupp",
    groupZone: "Zon",
    noZone: "Ingen zon",
    members: "Medlemmar",
    rapporteur: "Rapportör",
    groupSummary: "Sammanfattning",
  },
};
