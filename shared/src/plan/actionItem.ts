import * as Y from "yjs";
import { newId } from "../board/doc";
import type { BoardModel } from "../board/model";
import { ACTOR_GROUPS, type ActorGroup } from "../domain";
import type { ProvenanceScores } from "../session/scoring";

/** The text fields of an action item, in the order plan documents list them (DOMAIN.md). */
export const ACTION_TEXT_FIELDS = [
  "title",
  "focusArea",
  "goal",
  "resultIndicators",
  "effectIndicators",
  "method",
  "instruments",
  "partners",
  "knowledgeNeeds",
  "responsible",
  /** To whom the measure is made known, and how (plans ask for a communication plan). */
  "communication",
  "timeline",
  "resources",
  /** Who funds it (Innovasjon Norge, the county, the EU programme): with the budget below. */
  "funder",
] as const;
export type ActionTextField = (typeof ACTION_TEXT_FIELDS)[number];

/**
 * What a workshop can honestly say of an item: a draft, agreed in the workshop, or sent on for a
 * decision. Adopting it is the region's decision, made elsewhere, so there is no "adopted".
 */
export const ACTION_STATUSES = ["draft", "agreed", "forDecision"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Priority in the plans' own words; set by people (a suggestion from votes and scores is shown beside it). */
export const ACTION_PRIORITIES = ["high", "medium", "low"] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** The currencies a Nordic plan budgets in. */
export const CURRENCIES = ["NOK", "SEK", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Resources as plans count them: person-years and money; each part null until given. */
export interface Budget {
  /** Full-time equivalents (årsverk). */
  fte: number | null;
  amount: number | null;
  /** Null: the workshop's own (`currencyFor` its language). */
  currency: Currency | null;
}

/** The currency a workshop budgets in unless someone picks another. */
export const currencyFor = (language: "en" | "nb" | "sv"): Currency =>
  language === "sv" ? "SEK" : language === "nb" ? "NOK" : "EUR";

/** Largest budget figure kept: far above any regional measure, far below where floats lose whole units. */
export const MAX_BUDGET = 1e12;

/** A budget figure written by an untrusted client: a finite number from 0 to MAX_BUDGET, or none. */
export function readBudgetFigure(raw: unknown): number | null {
  return typeof raw === "number" && Number.isFinite(raw) && raw >= 0 && raw <= MAX_BUDGET ? raw : null;
}

/** A dated step on the way: "2027-03-01, pilot running". The date is a calendar day, no time zone. */
export interface Milestone {
  date: string;
  text: string;
}

/** How many milestones an item keeps, and how long each one's text may be. */
export const MILESTONE_LIMITS = { count: 20, textLength: 300 } as const;

export const CALENDAR_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Milestones written by an untrusted client: well-formed days and short texts only, in date order. */
export function readMilestones(raw: unknown): Milestone[] {
  if (!(raw instanceof Y.Array)) return [];
  return (raw.toArray() as unknown[])
    .flatMap((m) => {
      const date = m instanceof Y.Map ? m.get("date") : undefined;
      const text = m instanceof Y.Map ? m.get("text") : undefined;
      return typeof date === "string" && CALENDAR_DAY.test(date)
        ? [{ date, text: typeof text === "string" ? text.slice(0, MILESTONE_LIMITS.textLength) : "" }]
        : [];
    })
    .slice(0, MILESTONE_LIMITS.count)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Adds a milestone to an item. An item from before milestones gets its list here; two people
 * adding the very first milestones of such an item at the same moment would keep only one list.
 */
export function addMilestone(doc: Y.Doc, itemId: string, milestone: Milestone): void {
  const item = actionItemsMap(doc).get(itemId);
  if (!item) return;
  doc.transact(() => {
    let list = item.get("milestones");
    if (!(list instanceof Y.Array)) {
      list = new Y.Array<Y.Map<unknown>>();
      item.set("milestones", list);
    }
    (list as Y.Array<Y.Map<unknown>>).push([milestoneEntry(milestone)]);
  });
}

/** One milestone as the document keeps it: a small map in the item's list. */
export function milestoneEntry(milestone: Milestone): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set("date", milestone.date);
  m.set("text", milestone.text.slice(0, MILESTONE_LIMITS.textLength));
  return m;
}

/** SKL's distinction: a result goal says what changes, a process goal how the work is done. */
export const GOAL_TYPES = ["result", "process"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

/** Where an item came from: the cards and links it grew out of, who wrote them, how they were voted. */
export interface Provenance {
  cardIds: string[];
  linkIds: string[];
  actorGroups: ActorGroup[];
  votes: number;
  /** The revealed scores of the target it was made from, one entry per scoring round. */
  scores?: ProvenanceScores[];
}

export interface ActionItem extends Record<ActionTextField, string> {
  id: string;
  /** Null until someone sets it. */
  priority: ActionPriority | null;
  /** Null until someone says which kind of goal it is. */
  goalType: GoalType | null;
  budget: Budget;
  /** In date order; the stored list may be in any. */
  milestones: Milestone[];
  status: ActionStatus;
  /** Sort key within the plan. */
  order: number;
  /** Position on the impact × feasibility matrix, 0..1 each, or null if not placed. */
  matrix: { impact: number; feasibility: number } | null;
  provenance: Provenance;
  createdAt: number;
}

/** The four quarters of the impact × feasibility matrix: impact first, then feasibility. */
export const MATRIX_QUADRANTS = ["highHigh", "highLow", "lowHigh", "lowLow"] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

export function quadrantOf(matrix: { impact: number; feasibility: number }): MatrixQuadrant {
  const impact = matrix.impact >= 0.5 ? "high" : "low";
  const feasibility = matrix.feasibility >= 0.5 ? "High" : "Low";
  return `${impact}${feasibility}` as MatrixQuadrant;
}

export const ACTION_ITEMS_KEY = "actionItems";
export const actionItemsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap(ACTION_ITEMS_KEY);

/**
 * Provenance of a selection: the chosen cards and links plus both ends of each link, their
 * authors' actor groups, and the votes they received in the given results.
 */
export function provenanceFrom(
  board: BoardModel,
  ids: Iterable<string>,
  voteCounts: ReadonlyMap<string, number> = new Map(),
): Provenance {
  const chosen = new Set(ids);
  const links = board.links.filter((l) => chosen.has(l.id));
  const cardIds = new Set(board.cards.filter((c) => chosen.has(c.id)).map((c) => c.id));
  for (const l of links) {
    cardIds.add(l.source);
    cardIds.add(l.target);
  }
  const cards = board.cards.filter((c) => cardIds.has(c.id));
  const groups = new Set<ActorGroup>([...cards.map((c) => c.authorGroup), ...links.map((l) => l.authorGroup)]);
  const votes = [...cardIds, ...links.map((l) => l.id)].reduce((sum, id) => sum + (voteCounts.get(id) ?? 0), 0);
  return { cardIds: [...cardIds], linkIds: links.map((l) => l.id), actorGroups: [...groups].sort(), votes };
}

/**
 * Where an item came from, in words: its links as "A ↔ B", then the cards that are not already an
 * end of one of them. Links deleted since are left out; deleted cards read as `untitled`.
 */
export function provenanceInWords(board: BoardModel, provenance: Provenance, untitled: string): string[] {
  const cardText = new Map(board.cards.map((c) => [c.id, c.text.trim() || untitled]));
  const links = new Map(board.links.map((l) => [l.id, l]));
  const ends = new Set<string>();
  const words: string[] = [];
  for (const id of provenance.linkIds) {
    const link = links.get(id);
    if (!link) continue;
    ends.add(link.source);
    ends.add(link.target);
    words.push(`${cardText.get(link.source) ?? untitled} ↔ ${cardText.get(link.target) ?? untitled}`);
  }
  for (const id of provenance.cardIds) if (!ends.has(id)) words.push(cardText.get(id) ?? untitled);
  return words;
}

/**
 * A stored priority, read defensively: the words, or the 1–5 of items made before the plans' words
 * (1–2 high, 3 medium, 4–5 low); anything else is not set.
 */
export function readPriority(raw: unknown): ActionPriority | null {
  if (typeof raw === "string")
    return (ACTION_PRIORITIES as readonly string[]).includes(raw) ? (raw as ActionPriority) : null;
  if (typeof raw !== "number" || !Number.isFinite(raw)) return null;
  if (raw <= 2) return "high";
  return raw <= 3 ? "medium" : "low";
}

export type NewActionItem = Partial<Record<ActionTextField, string>> & {
  provenance?: Provenance;
  priority?: ActionPriority | null;
  goalType?: GoalType | null;
};

export function addActionItem(doc: Y.Doc, input: NewActionItem, id = newId()): string {
  const items = actionItemsMap(doc);
  const last = Math.max(0, ...[...items.values()].map((m) => Number(m.get("order")) || 0));
  const provenance = input.provenance ?? { cardIds: [], linkIds: [], actorGroups: [], votes: 0 };
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    for (const field of ACTION_TEXT_FIELDS) item.set(field, new Y.Text(input[field] ?? ""));
    item.set("priority", input.priority ?? null);
    item.set("goalType", input.goalType ?? null);
    // Made with the item, so that two people adding milestones at once append to one list.
    item.set("milestones", new Y.Array<Y.Map<unknown>>());
    item.set("status", "draft");
    item.set("order", last + 1);
    item.set("matrix", null);
    item.set("provenance", provenance);
    item.set("createdAt", Date.now());
    items.set(id, item);
  });
  return id;
}

export function actionText(doc: Y.Doc, id: string, field: ActionTextField): Y.Text | undefined {
  const text = actionItemsMap(doc).get(id)?.get(field);
  return text instanceof Y.Text ? text : undefined;
}

const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/** Scores in a provenance, read defensively: written by untrusted clients. */
function readScores(raw: unknown[]): ProvenanceScores[] {
  return raw.flatMap((r) => {
    if (!r || typeof r !== "object") return [];
    const { round, criteria } = r as Partial<ProvenanceScores>;
    if (!Array.isArray(criteria)) return [];
    return [
      {
        round: typeof round === "string" ? round : "",
        criteria: criteria.flatMap((c) =>
          c && typeof c === "object" && typeof c.name === "string"
            ? [
                {
                  name: c.name,
                  mean: num(c.mean, 0),
                  min: num(c.min, 0),
                  max: num(c.max, 0),
                  count: num(c.count, 0),
                  groups: Array.isArray(c.groups)
                    ? c.groups.filter(
                        (g) =>
                          g && ACTOR_GROUPS.includes(g.group) && typeof g.mean === "number" && Number.isFinite(g.mean),
                      )
                    : [],
                },
              ]
            : [],
        ),
      },
    ];
  });
}

/** Reads every action item, in plan order. Written by untrusted clients: read defensively. */
export function readActionItems(doc: Y.Doc): ActionItem[] {
  const out: ActionItem[] = [];
  for (const [id, m] of actionItemsMap(doc)) {
    if (!(m instanceof Y.Map)) continue;
    const text = Object.fromEntries(ACTION_TEXT_FIELDS.map((f) => [f, String(m.get(f) ?? "")])) as Record<
      ActionTextField,
      string
    >;
    const matrix = m.get("matrix") as ActionItem["matrix"];
    const p = (m.get("provenance") ?? {}) as Partial<Provenance>;
    out.push({
      id,
      ...text,
      priority: readPriority(m.get("priority")),
      goalType: (GOAL_TYPES as readonly unknown[]).includes(m.get("goalType")) ? (m.get("goalType") as GoalType) : null,
      milestones: readMilestones(m.get("milestones")),
      budget: {
        fte: readBudgetFigure(m.get("fte")),
        amount: readBudgetFigure(m.get("amount")),
        currency: (CURRENCIES as readonly unknown[]).includes(m.get("currency"))
          ? (m.get("currency") as Currency)
          : null,
      },
      status: (ACTION_STATUSES as readonly unknown[]).includes(m.get("status"))
        ? (m.get("status") as ActionStatus)
        : "draft",
      order: num(m.get("order"), 0),
      matrix:
        matrix && typeof matrix === "object"
          ? {
              impact: Math.min(1, Math.max(0, num(matrix.impact, 0.5))),
              feasibility: Math.min(1, Math.max(0, num(matrix.feasibility, 0.5))),
            }
          : null,
      provenance: {
        cardIds: Array.isArray(p.cardIds) ? p.cardIds.map(String) : [],
        linkIds: Array.isArray(p.linkIds) ? p.linkIds.map(String) : [],
        actorGroups: Array.isArray(p.actorGroups)
          ? p.actorGroups.filter((g): g is ActorGroup => ACTOR_GROUPS.includes(g as ActorGroup))
          : [],
        votes: num(p.votes, 0),
        ...(Array.isArray(p.scores) && p.scores.length > 0 ? { scores: readScores(p.scores) } : {}),
      },
      createdAt: num(m.get("createdAt"), 0),
    });
  }
  return out.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}
