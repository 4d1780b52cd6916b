import { challengesByTarget, isChallenge, isOpenChallenge, itemChallenges } from "../board/challenges";
import type { BoardModel } from "../board/model";
import { type ActorGroup, CARD_KINDS, type CardKind, type GroupCounts, type Language, type Role } from "../domain";
import {
  ACTION_TEXT_FIELDS,
  type ActionItem,
  type ActionTextField,
  MATRIX_QUADRANTS,
  type MatrixQuadrant,
  provenanceInWords,
  quadrantOf,
} from "../plan/actionItem";
import { numberPlan } from "../plan/numbering";
import { budgetInWords } from "./budget";
import { type GroupsJson, type ReportGroup, reportGroups } from "./groups";
import { EXPORT_LABELS, type ExportLabels } from "./labels";
import { formatDate, milestonesInWords } from "./locale";
import type { NoteBlock } from "./notes";
import { type Participation, participationByGroup } from "./participation";
import { type ScoreRoundInput, scoresInWords, scoreTable } from "./scores";

/** Everything a workshop report is made from, read from stored state by the server. */
export interface ReportInput {
  workshop: { title: string; region: string | null; language: Language };
  board: BoardModel;
  /** The action plan, in plan order. */
  actionItems: readonly ActionItem[];
  notes: readonly NoteBlock[];
  /** Revealed voting rounds, oldest first; unrevealed rounds never reach an export. */
  votes: ReadonlyArray<{ title: string; results: ReadonlyArray<{ targetId: string; count: number }> }>;
  /** Revealed scoring rounds, oldest first (none when left out). */
  scoring?: readonly ScoreRoundInput[];
  /** Thematic groups, their members looked up (`groupsForExport`); none when left out. */
  groups?: GroupsJson;
  /** Everyone who took part, facilitators included; observers are listed on their own. */
  participants: ReadonlyArray<{ name: string; actorGroup: ActorGroup; role: Role; organisation?: string }>;
  /** An anonymous workshop lists how many came from each group, not who. */
  anonymous: boolean;
  /** Per revealed voting and scoring round, how many of each actor group took part (none when left out). */
  voters?: readonly GroupCounts[];
  scorers?: readonly GroupCounts[];
  exportedAt: Date;
}

export interface ReportItem {
  id: string;
  /** "1a": focus area number and item letter, as the summary table shows it. */
  number: string;
  letter: string;
  title: string;
  focusArea: string;
  /** Every field of the plan template after title and focus area, empty ones included. */
  fields: Array<{ field: ActionTextField; label: string; value: string }>;
  /** In words, "Not set" when nobody set it. */
  priority: string;
  /** Result or process goal in words; empty when not said. */
  goalType: string;
  /** Person-years and money in words ("2,5 årsverk · 4 500 000 kr"); empty when not given. */
  budget: string;
  /** "01.03.2027 Pilot running; 15.09.2027 First deliveries", in the workshop's date style. */
  milestones: string;
  status: string;
  actorGroups: string;
  votes: number;
  /** The scores of what it was made from, in words; empty when it was never scored. */
  scores: string;
  /** Source cards and links in words. */
  basedOn: string[];
  matrix: { impact: number; feasibility: number } | null;
  /** Open challenges on the item or on what it was made from, in words ("text — group"). */
  openChallenges: string[];
}

/** A challenge as the exports list it. */
export interface ReportChallenge {
  text: string;
  group: string;
  /** What it is attached to, in words (the workshop as a whole when nothing). */
  on: string;
  answer: string;
}

/**
 * A workshop report, format-neutral: Markdown, Word and the print page all render this, so every
 * format says the same thing in the same order with the same numbering.
 */
export interface Report {
  language: Language;
  labels: ExportLabels;
  title: string;
  region: string | null;
  date: string;
  /** Facilitators and participants, by actor group. */
  participants: Array<{ group: string; count: number; names: string[] }>;
  participantCount: number;
  /** People who followed without writing: listed apart, not counted as participants. */
  observers: { count: number; names: string[] };
  anonymous: boolean;
  kinds: Array<{ kind: CardKind; heading: string; cards: Array<{ text: string; group: string }> }>;
  links: Array<{ from: string; to: string; label: string }>;
  /** Thematic groups: zone, members, rapporteur and summary of each. */
  groups: ReportGroup[];
  /** What each actor group contributed: "was every group heard?". */
  participation: Participation;
  votes: Array<{ title: string; rows: Array<{ rank: number; text: string; count: number }> }>;
  /** One table per revealed scoring round (`scoreTable`). */
  scoring: Array<{ title: string; header: string[]; rows: string[][] }>;
  plan: Array<{ number: number; title: string; items: ReportItem[] }>;
  matrix: {
    quadrants: Array<{ quadrant: MatrixQuadrant; label: string; items: ReportItem[] }>;
    unplaced: ReportItem[];
  };
  zones: string[];
  notes: readonly NoteBlock[];
  /** Challenges (critical friends): open ones, then answered ones, oldest first. */
  challenges: { open: ReportChallenge[]; answered: ReportChallenge[] };
}

export function buildReport(input: ReportInput): Report {
  const l = EXPORT_LABELS[input.workshop.language];
  const { board } = input;
  const cardText = new Map(board.cards.map((c) => [c.id, c.text.trim() || l.untitled]));
  const linkText = new Map(
    board.links.map((link) => [
      link.id,
      `${cardText.get(link.source) ?? l.untitled} ↔ ${cardText.get(link.target) ?? l.untitled}`,
    ]),
  );
  const itemTitle = new Map(input.actionItems.map((item) => [item.id, item.title.trim() || l.untitled]));
  const textOf = (id: string) => cardText.get(id) ?? linkText.get(id) ?? itemTitle.get(id) ?? l.untitled;

  const sorted = (names: string[]) =>
    input.anonymous ? [] : [...names].sort((a, b) => a.localeCompare(b, input.workshop.language));
  const takingPart = input.participants.filter((p) => p.role !== "observer");
  // "Kari Nordmann (Nofima)": the organisation beside the name, where one was given.
  const named = (p: (typeof input.participants)[number]) =>
    p.organisation?.trim() && p.name ? `${p.name} (${p.organisation.trim()})` : p.name;
  const observers = input.participants.filter((p) => p.role === "observer").map(named);
  const byGroup = new Map<ActorGroup, string[]>();
  for (const p of takingPart) byGroup.set(p.actorGroup, [...(byGroup.get(p.actorGroup) ?? []), named(p)]);
  const participants = [...byGroup.entries()].map(([group, names]) => ({
    group: l.groups[group],
    count: names.length,
    names: sorted(names),
  }));

  const byTarget = challengesByTarget(board);
  const challengeOf = (c: BoardModel["cards"][number]): ReportChallenge => ({
    text: c.text.trim() || l.untitled,
    group: l.groups[c.authorGroup],
    on: c.attachedTo ? textOf(c.attachedTo) : l.wholeBoard,
    answer: (c.answer ?? "").trim(),
  });
  const challenges = board.cards.filter(isChallenge);

  const plan = numberPlan(input.actionItems).map(({ number, area, items }) => ({
    number,
    title: area || l.otherArea,
    items: items.map(
      ({ item, letter, number: itemNumber }): ReportItem => ({
        id: item.id,
        number: itemNumber,
        letter,
        title: item.title.trim() || l.untitled,
        focusArea: area || l.otherArea,
        fields: ACTION_TEXT_FIELDS.filter((f) => f !== "title" && f !== "focusArea").map((field) => ({
          field,
          label: l.fields[field],
          value: item[field].trim(),
        })),
        priority: item.priority ? l.priorities[item.priority] : l.notSet,
        goalType: item.goalType ? l.goalTypes[item.goalType] : "",
        budget: budgetInWords(item.budget, l),
        milestones: milestonesInWords(item.milestones, l),
        status: l.statuses[item.status],
        actorGroups: item.provenance.actorGroups.map((g) => l.groups[g]).join(", "),
        votes: item.provenance.votes,
        scores: scoresInWords(item.provenance.scores, l),
        basedOn: provenanceInWords(board, item.provenance, l.untitled),
        matrix: item.matrix,
        openChallenges: itemChallenges(board, item, byTarget)
          .filter(isOpenChallenge)
          .map((c) => `${c.text.trim() || l.untitled} — ${l.groups[c.authorGroup]}`),
      }),
    ),
  }));
  const allItems = plan.flatMap((area) => area.items);

  return {
    language: input.workshop.language,
    labels: l,
    title: input.workshop.title.trim() || l.untitled,
    region: input.workshop.region?.trim() || null,
    date: formatDate(input.exportedAt, input.workshop.language),
    participants,
    participantCount: takingPart.length,
    observers: { count: observers.length, names: sorted(observers) },
    anonymous: input.anonymous,
    kinds: CARD_KINDS.map((kind) => ({
      kind,
      heading: l.kindsPlural[kind],
      cards: board.cards
        .filter((c) => c.kind === kind)
        .map((c) => ({ text: c.text.trim() || l.untitled, group: l.groups[c.authorGroup] })),
    })).filter((k) => k.cards.length > 0),
    links: board.links.map((link) => ({
      from: cardText.get(link.source) ?? l.untitled,
      to: cardText.get(link.target) ?? l.untitled,
      label: link.label.trim(),
    })),
    participation: participationByGroup({
      board,
      participants: input.participants,
      voters: input.voters,
      scorers: input.scorers,
    }),
    groups: reportGroups(input.groups, board.zones, l, {
      anonymous: input.anonymous,
      language: input.workshop.language,
    }),
    votes: input.votes.map((round, i) => ({
      title: round.title.trim() || `${l.voteRound} ${i + 1}`,
      rows: round.results.map((r, rank) => ({ rank: rank + 1, text: textOf(r.targetId), count: r.count })),
    })),
    scoring: (input.scoring ?? []).map((round, i) => ({
      title: round.title.trim() || `${l.scoreRound} ${i + 1}`,
      ...scoreTable(round, textOf, l),
    })),
    plan,
    matrix: {
      quadrants: MATRIX_QUADRANTS.map((quadrant) => ({
        quadrant,
        label: l.quadrants[quadrant],
        items: allItems.filter((item) => item.matrix && quadrantOf(item.matrix) === quadrant),
      })),
      unplaced: allItems.filter((item) => !item.matrix),
    },
    zones: board.zones.map((z) => z.title.trim() || l.untitled),
    notes: input.notes,
    challenges: {
      open: challenges.filter(isOpenChallenge).map(challengeOf),
      answered: challenges.filter((c) => !isOpenChallenge(c)).map(challengeOf),
    },
  };
}

/** A matrix position as people read it: "Impact 80 % · Feasibility 35 %". */
export function matrixPosition(report: Report, m: { impact: number; feasibility: number }): string {
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  return `${report.labels.impact} ${pct(m.impact)} · ${report.labels.feasibility} ${pct(m.feasibility)}`;
}

/** An item's section as label/value rows: what the Word and print exports put in its table. */
export function itemRows(report: Report, item: ReportItem): Array<[string, string]> {
  const l = report.labels;
  return [
    [l.priority, item.priority],
    [l.status, item.status],
    [l.goalType, item.goalType || "—"],
    ...item.fields.map((f): [string, string] => [f.label, f.value || "—"]),
    [l.budget, item.budget || "—"],
    [l.milestones, item.milestones || "—"],
    [l.actorGroups, item.actorGroups || l.empty],
    [l.votes, String(item.votes)],
    ...(item.scores ? [[l.scores, item.scores] as [string, string]] : []),
    [l.basedOn, item.basedOn.join("; ") || l.empty],
    ...(item.openChallenges.length > 0 ? [[l.openChallenges, item.openChallenges.join("; ")] as [string, string]] : []),
    [l.matrix, item.matrix ? matrixPosition(report, item.matrix) : l.notPlaced],
  ];
}

/** The plan at a glance, one row per item: the summary table of the Word and print exports. */
export function summaryRows(report: Report): { header: string[]; rows: string[][] } {
  const l = report.labels;
  const value = (item: ReportItem, field: ActionTextField) => item.fields.find((f) => f.field === field)?.value ?? "";
  return {
    header: [
      l.number,
      l.fields.title,
      l.fields.focusArea,
      l.priority,
      l.status,
      l.fields.responsible,
      l.fields.timeline,
    ],
    rows: report.plan
      .flatMap((area) => area.items)
      .map((item) => [
        item.number,
        item.title,
        item.focusArea,
        item.priority,
        item.status,
        value(item, "responsible"),
        value(item, "timeline"),
      ]),
  };
}
