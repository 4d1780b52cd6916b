import * as Y from "yjs";
import { z } from "zod";
import { addCard, addLink, addZone, boardMaps } from "../board/doc";
import { type BoardModel, boardFromDoc } from "../board/model";
import { ACTOR_GROUPS, CARD_COLORS, CARD_KINDS, LANGUAGES, ROLES } from "../domain";
import { ACTION_TEXT_FIELDS, type ActionItem, actionItemsMap, readActionItems } from "../plan/actionItem";

/** Bump when the shape changes; importers accept this version and older ones they know. */
export const WORKSHOP_JSON_VERSION = 1;
export const WORKSHOP_JSON_FORMAT = "oppdag.workshop";

/** Notes as plain JSON: the TipTap/Yjs XML tree with text as formatted runs. */
export type NotesNode =
  | { type: "element"; name: string; attrs: Record<string, string>; children: NotesNode[] }
  | { type: "text"; delta: Array<{ insert: string; attributes?: Record<string, unknown> }> };

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Num = z.number().finite();
const Text = (max: number) => z.string().max(max);

const NotesNodeSchema: z.ZodType<NotesNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal("element"),
      name: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/),
      attrs: z.record(z.string().max(40), z.string().max(2000)),
      children: z.array(NotesNodeSchema).max(5000),
    }),
    z.object({
      type: z.literal("text"),
      delta: z
        .array(z.object({ insert: Text(100_000), attributes: z.record(z.string(), z.unknown()).optional() }))
        .max(5000),
    }),
  ]),
);

/** What an import accepts. Ids are kept (provenance refers to them), so they are checked strictly. */
export const WorkshopJson = z.object({
  format: z.literal(WORKSHOP_JSON_FORMAT),
  version: z.number().int().min(1).max(WORKSHOP_JSON_VERSION),
  exportedAt: z.string().max(40),
  workshop: z.object({ title: Text(200).min(1), region: Text(120).nullable(), language: z.enum(LANGUAGES) }),
  board: z.object({
    cards: z
      .array(
        z.object({
          id: Id,
          kind: z.enum(CARD_KINDS),
          text: Text(2000),
          x: Num,
          y: Num,
          w: Num,
          h: Num,
          color: z.enum(CARD_COLORS),
          authorId: Text(64),
          authorGroup: z.enum(ACTOR_GROUPS),
          createdAt: Num,
        }),
      )
      .max(5000),
    links: z
      .array(
        z.object({
          id: Id,
          source: Id,
          target: Id,
          label: Text(300),
          authorId: Text(64),
          authorGroup: z.enum(ACTOR_GROUPS),
        }),
      )
      .max(10000),
    zones: z
      .array(z.object({ id: Id, title: Text(200), x: Num, y: Num, w: Num, h: Num, color: z.enum(CARD_COLORS) }))
      .max(500),
  }),
  notes: z.array(NotesNodeSchema).max(5000),
  actionItems: z
    .array(
      z.object({
        id: Id,
        ...Object.fromEntries(ACTION_TEXT_FIELDS.map((f) => [f, Text(10_000)])),
        priority: z.number().int().min(1).max(5),
        status: z.enum(["draft", "agreed"]),
        order: Num,
        matrix: z.object({ impact: Num, feasibility: Num }).nullable(),
        provenance: z.object({
          cardIds: z.array(Text(64)).max(500),
          linkIds: z.array(Text(64)).max(500),
          actorGroups: z.array(z.enum(ACTOR_GROUPS)).max(10),
          votes: Num,
        }),
        createdAt: Num,
      }),
    )
    .max(2000),
  votes: z
    .array(
      z.object({
        title: Text(120),
        targetIds: z.array(Text(64)).max(10000),
        votesPerPerson: z.number().int().min(1).max(50),
        allowMultiplePerTarget: z.boolean(),
        anonymous: z.boolean(),
        createdAt: Num,
        results: z.array(z.object({ targetId: Text(64), count: z.number().int().min(0) })).max(10000),
      }),
    )
    .max(200),
  participants: z.array(z.object({ name: Text(60), actorGroup: z.enum(ACTOR_GROUPS), role: z.enum(ROLES) })).max(5000),
});
export type WorkshopJson = z.infer<typeof WorkshopJson>;

export function notesToJson(fragment: Y.XmlFragment): NotesNode[] {
  const walk = (node: unknown): NotesNode | null => {
    if (node instanceof Y.XmlText)
      return { type: "text", delta: node.toDelta() as NotesNode extends { delta: infer D } ? D : never };
    if (node instanceof Y.XmlElement) {
      const attrs = Object.fromEntries(Object.entries(node.getAttributes()).map(([k, v]) => [k, String(v)]));
      return {
        type: "element",
        name: node.nodeName,
        attrs,
        children: node
          .toArray()
          .map(walk)
          .filter((n): n is NotesNode => n !== null),
      };
    }
    return null;
  };
  return fragment
    .toArray()
    .map(walk)
    .filter((n): n is NotesNode => n !== null);
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
    }
    for (const link of data.board.links)
      addLink(doc, link.source, link.target, { id: link.authorId, group: link.authorGroup }, link.label, link.id);
    notesFromJson(boardMaps(doc).notes, data.notes);
    const items = actionItemsMap(doc);
    for (const item of data.actionItems as ActionItem[]) {
      const m = new Y.Map<unknown>();
      for (const f of ACTION_TEXT_FIELDS) m.set(f, new Y.Text(item[f]));
      m.set("priority", item.priority);
      m.set("status", item.status);
      m.set("order", item.order);
      m.set("matrix", item.matrix);
      m.set("provenance", item.provenance);
      m.set("createdAt", item.createdAt);
      items.set(item.id, m);
    }
  });
}
