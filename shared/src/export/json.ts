import * as Y from "yjs";
import { z } from "zod";
import { addCard, addLink, addZone, boardMaps } from "../board/doc";
import { type BoardModel, boardFromDoc } from "../board/model";
import { ACTOR_GROUPS, CARD_COLORS, CARD_KINDS, LANGUAGES, ROLES } from "../domain";
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_TEXT_FIELDS,
  type ActionItem,
  actionItemsMap,
  CALENDAR_DAY,
  CURRENCIES,
  GOAL_TYPES,
  MAX_BUDGET,
  MILESTONE_LIMITS,
  milestoneEntry,
  readActionItems,
  readPriority,
} from "../plan/actionItem";
import { DOC_ID, Limits } from "../protocol";
import { GroupsJson } from "./groups";

/** Bump when the shape changes; importers accept this version and older ones they know. */
export const WORKSHOP_JSON_VERSION = 1;
export const WORKSHOP_JSON_FORMAT = "oppdag.workshop";

/** Notes as plain JSON: the TipTap/Yjs XML tree with text as formatted runs. */
export type NotesNode =
  | { type: "element"; name: string; attrs: Record<string, string>; children: NotesNode[] }
  | { type: "text"; delta: Array<{ insert: string | Record<string, unknown>; attributes?: Record<string, unknown> }> };

/**
 * Ids are kept (provenance refers to them), so they are checked strictly; the server refuses
 * other ids when they are written (`isDocId`), so every id an export holds passes here.
 */
const Id = z.string().regex(DOC_ID);
const Num = z.number().finite();
/**
 * Free text has no length limit of its own: whatever a participant could type into the document
 * must import again, and the request body limit bounds the whole.
 */
const Text = z.string();

const NotesNodeSchema: z.ZodType<NotesNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal("element"),
      name: z.string().min(1),
      attrs: z.record(z.string(), z.string()),
      children: z.array(NotesNodeSchema),
    }),
    z.object({
      type: z.literal("text"),
      delta: z.array(
        z.object({
          // Text, or an embed (an object) that a client put into the notes.
          insert: z.union([Text, z.record(z.string(), z.unknown())]),
          attributes: z.record(z.string(), z.unknown()).optional(),
        }),
      ),
    }),
  ]),
);

const GroupMeanJson = z.object({ group: z.enum(ACTOR_GROUPS), count: Num, mean: Num });
const ScoreStatJson = z.object({ count: Num, mean: Num, min: Num, max: Num, sd: Num });
/** An action item's scores (session/scoring.ts `ProvenanceScores`). */
const ProvenanceScoresJson = z.object({
  round: Text,
  criteria: z.array(
    z.object({ name: Text, mean: Num, min: Num, max: Num, count: Num, groups: z.array(GroupMeanJson) }),
  ),
});
/** A revealed scoring round: its results only, never anyone's scores. */
const ScoreRoundJson = z.object({
  title: z.string().max(120),
  targetIds: z.array(Text),
  criteria: z.array(z.object({ id: Text, name: Text })),
  createdAt: Num,
  results: z.array(
    z.object({
      targetId: Text,
      overall: ScoreStatJson.nullable(),
      groups: z.array(GroupMeanJson),
      criteria: z.array(
        z.object({ criterionId: Text, stat: ScoreStatJson.nullable(), groups: z.array(GroupMeanJson) }),
      ),
    }),
  ),
});

/** What an import accepts: everything an export can hold, and nothing that could not come from one. */
export const WorkshopJson = z.object({
  format: z.literal(WORKSHOP_JSON_FORMAT),
  version: z.number().int().min(1).max(WORKSHOP_JSON_VERSION),
  exportedAt: z.string().max(40),
  workshop: z.object({
    title: z.string().min(1).max(200),
    region: z.string().max(120).nullable(),
    language: z.enum(LANGUAGES),
  }),
  board: z.object({
    cards: z.array(
      z.object({
        id: Id,
        kind: z.enum(CARD_KINDS),
        text: Text,
        x: Num,
        y: Num,
        w: Num,
        h: Num,
        color: z.enum(CARD_COLORS),
        authorId: Text,
        authorGroup: z.enum(ACTOR_GROUPS),
        createdAt: Num,
        /** A challenge's target and the room's answer (exports before challenges have neither). */
        attachedTo: z.string().max(64).nullable().optional(),
        answer: Text.optional(),
      }),
    ),
    links: z.array(
      z.object({
        id: Id,
        source: Id,
        target: Id,
        label: Text,
        authorId: Text,
        authorGroup: z.enum(ACTOR_GROUPS),
      }),
    ),
    zones: z.array(z.object({ id: Id, title: Text, x: Num, y: Num, w: Num, h: Num, color: z.enum(CARD_COLORS) })),
  }),
  notes: z.array(NotesNodeSchema),
  actionItems: z.array(
    z.object({
      id: Id,
      // A field added since an export was made (communication) is empty in it.
      ...Object.fromEntries(ACTION_TEXT_FIELDS.map((f) => [f, Text.default("")])),
      // The plans' words, or the 1–5 of exports made before them.
      priority: z
        .union([z.enum(ACTION_PRIORITIES), z.number().int().min(1).max(5)])
        .nullable()
        .transform(readPriority),
      goalType: z.enum(GOAL_TYPES).nullable().default(null),
      budget: z
        .object({
          fte: z.number().min(0).max(MAX_BUDGET).nullable(),
          amount: z.number().min(0).max(MAX_BUDGET).nullable(),
          currency: z.enum(CURRENCIES).nullable(),
        })
        .default({ fte: null, amount: null, currency: null }),
      milestones: z
        .array(
          z.object({
            date: z.string().regex(CALENDAR_DAY),
            text: z.string().max(MILESTONE_LIMITS.textLength),
          }),
        )
        .max(MILESTONE_LIMITS.count)
        .default([]),
      status: z.enum(ACTION_STATUSES),
      order: Num,
      matrix: z.object({ impact: Num, feasibility: Num }).nullable(),
      provenance: z.object({
        cardIds: z.array(Text),
        linkIds: z.array(Text),
        actorGroups: z.array(z.enum(ACTOR_GROUPS)),
        votes: Num,
        scores: z.array(ProvenanceScoresJson).optional(),
      }),
      createdAt: Num,
    }),
  ),
  votes: z.array(
    z.object({
      title: z.string().max(120),
      targetIds: z.array(Text),
      votesPerPerson: z.number().int().min(1).max(50),
      allowMultiplePerTarget: z.boolean(),
      anonymous: z.boolean(),
      createdAt: Num,
      results: z.array(z.object({ targetId: Text, count: z.number().int().min(0) })),
    }),
  ),
  /** Revealed scoring rounds (exports before scoring have none). */
  scoring: z.array(ScoreRoundJson).optional(),
  /** Thematic groups with their members and summaries (exports before groups have none). */
  groups: GroupsJson.optional(),
  participants: z.array(
    z.object({
      name: z.string().max(60),
      actorGroup: z.enum(ACTOR_GROUPS),
      role: z.enum(ROLES),
      /** Exports before organisations were asked for have none. */
      organisation: z.string().max(Limits.organisationLength).optional(),
    }),
  ),
});
export type WorkshopJson = z.infer<typeof WorkshopJson>;

/** How deep notes may nest (lists in lists): far beyond what an editor makes, far below a stack's end. */
export const MAX_NOTES_DEPTH = 64;

/** Depth of the deepest element, counted without recursion so hostile nesting cannot overflow the stack. */
export function notesDepth(nodes: unknown): number {
  let deepest = 0;
  const stack: Array<{ nodes: unknown; depth: number }> = [{ nodes, depth: 1 }];
  while (stack.length > 0) {
    const { nodes: level, depth } = stack.pop() as { nodes: unknown; depth: number };
    if (!Array.isArray(level)) continue;
    for (const node of level) {
      const children = (node as { children?: unknown } | null)?.children;
      if (!Array.isArray(children)) continue;
      deepest = Math.max(deepest, depth);
      if (depth > MAX_NOTES_DEPTH) return depth;
      stack.push({ nodes: children, depth: depth + 1 });
    }
  }
  return deepest;
}

/**
 * Validates an import. Nesting is checked first, without recursion: a schema walk over notes
 * nested thousands deep would overflow the stack instead of answering.
 */
export function parseWorkshopJson(input: unknown): WorkshopJson {
  const depth = notesDepth((input as { notes?: unknown } | null)?.notes);
  if (depth > MAX_NOTES_DEPTH)
    throw new z.ZodError([
      {
        code: "custom",
        path: ["notes"],
        message: `notes nest deeper than ${MAX_NOTES_DEPTH} levels`,
        input: undefined,
      },
    ]);
  return WorkshopJson.parse(input);
}

/**
 * Notes as JSON. Elements nested deeper than MAX_NOTES_DEPTH (no editor makes them; a hostile
 * client can) keep their text but lose their structure, so every export imports again.
 */
export function notesToJson(fragment: Y.XmlFragment): NotesNode[] {
  const walk = (node: unknown, depth: number): NotesNode | null => {
    if (node instanceof Y.XmlText) return textNode(node);
    if (node instanceof Y.XmlElement) {
      const attrs = Object.fromEntries(Object.entries(node.getAttributes()).map(([k, v]) => [k, String(v)]));
      const children =
        depth >= MAX_NOTES_DEPTH
          ? flattenedText(node)
          : node
              .toArray()
              .map((child) => walk(child, depth + 1))
              .filter((n): n is NotesNode => n !== null);
      return { type: "element", name: node.nodeName, attrs, children };
    }
    return null;
  };
  return fragment
    .toArray()
    .map((node) => walk(node, 1))
    .filter((n): n is NotesNode => n !== null);
}

/** Every text run below an element, in order, as siblings; iterative, for any depth. */
function flattenedText(element: Y.XmlElement): NotesNode[] {
  const out: NotesNode[] = [];
  const stack: unknown[] = element.toArray().reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node instanceof Y.XmlText) out.push(textNode(node));
    else if (node instanceof Y.XmlElement) stack.push(...node.toArray().reverse());
  }
  return out;
}

function textNode(node: Y.XmlText): NotesNode {
  return { type: "text", delta: node.toDelta() as NotesNode extends { delta: infer D } ? D : never };
}

/** Rebuilds notes in a fragment: elements are inserted first, then text runs get their formatting. */
export function notesFromJson(fragment: Y.XmlFragment | Y.XmlElement, nodes: readonly NotesNode[]): void {
  for (const node of nodes) {
    if (node.type === "text") {
      const text = new Y.XmlText();
      fragment.push([text]);
      text.applyDelta(node.delta);
    } else {
      const el = new Y.XmlElement(node.name);
      fragment.push([el]);
      for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, v);
      notesFromJson(el, node.children);
    }
  }
}

export interface WorkshopJsonContext {
  workshop: WorkshopJson["workshop"];
  votes: WorkshopJson["votes"];
  scoring?: WorkshopJson["scoring"];
  groups?: WorkshopJson["groups"];
  participants: WorkshopJson["participants"];
  exportedAt: Date;
}

/** The complete workshop as versioned JSON; `importWorkshopDoc` reads it back. */
export function workshopToJson(doc: Y.Doc, ctx: WorkshopJsonContext): WorkshopJson {
  const board: BoardModel = boardFromDoc(doc);
  return {
    format: WORKSHOP_JSON_FORMAT,
    version: WORKSHOP_JSON_VERSION,
    exportedAt: ctx.exportedAt.toISOString(),
    workshop: ctx.workshop,
    board,
    notes: notesToJson(boardMaps(doc).notes),
    actionItems: readActionItems(doc),
    votes: ctx.votes,
    ...(ctx.scoring && ctx.scoring.length > 0 ? { scoring: ctx.scoring } : {}),
    ...(ctx.groups && ctx.groups.groups.length > 0 ? { groups: ctx.groups } : {}),
    participants: ctx.participants,
  };
}

/** Writes an export's board, notes and action items into an empty document, keeping ids. */
export function importWorkshopDoc(doc: Y.Doc, data: WorkshopJson): void {
  doc.transact(() => {
    for (const zone of data.board.zones) addZone(doc, zone, zone.id);
    for (const card of data.board.cards) {
      addCard(doc, card, { id: card.authorId, group: card.authorGroup }, card.id);
      const m = boardMaps(doc).cards.get(card.id);
      m?.set("createdAt", card.createdAt);
      if (card.answer) m?.set("answer", card.answer);
    }
    for (const link of data.board.links)
      addLink(doc, link.source, link.target, { id: link.authorId, group: link.authorGroup }, link.label, link.id);
    notesFromJson(boardMaps(doc).notes, data.notes);
    const items = actionItemsMap(doc);
    for (const item of data.actionItems as ActionItem[]) {
      const m = new Y.Map<unknown>();
      for (const f of ACTION_TEXT_FIELDS) m.set(f, new Y.Text(item[f]));
      m.set("priority", item.priority);
      m.set("goalType", item.goalType);
      m.set("fte", item.budget.fte);
      m.set("amount", item.budget.amount);
      m.set("currency", item.budget.currency);
      const milestones = new Y.Array<Y.Map<unknown>>();
      milestones.push(item.milestones.map(milestoneEntry));
      m.set("milestones", milestones);
      m.set("status", item.status);
      m.set("order", item.order);
      m.set("matrix", item.matrix);
      m.set("provenance", item.provenance);
      m.set("createdAt", item.createdAt);
      items.set(item.id, m);
    }
  });
}
