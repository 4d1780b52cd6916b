import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardMaps } from "../board/doc";
import { ACTOR_GROUPS, CARD_COLORS, CARD_KINDS } from "../domain";
import { ACTION_TEXT_FIELDS, actionItemsMap } from "../plan/actionItem";
import { DOC_ID } from "../protocol";
import { type GroupsJson, groupsForExport, groupsFromJson } from "./groups";
import { importWorkshopDoc, MAX_NOTES_DEPTH, parseWorkshopJson, workshopToJson } from "./json";

/**
 * Whatever a participant can put into the document through the sync protocol (the server lets
 * any value through except ids outside DOC_ID), the JSON export must import again and export the
 * same. The generators write raw Yjs content, not what the UI would write.
 */

// Short text, and text past every limit the import once had (cards 2,000, plan fields 10,000).
const short = fc.string({ unit: "binary", maxLength: 40 });
const text = fc.oneof(
  { arbitrary: short, weight: 6 },
  { arbitrary: short.map((s) => `${s}Å`.repeat(Math.ceil(10_001 / (s.length + 1)))), weight: 1 },
);
const id = fc.stringMatching(DOC_ID);
const anyValue = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(short, { maxLength: 3 }),
  fc.dictionary(short, short, { maxKeys: 3, noNullPrototype: true }),
);
const oneOfOr = <T extends string>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), anyValue);

interface NoteSpec {
  name: string;
  attrs: Record<string, string | number>;
  children: NoteSpec[];
  text: Array<{ insert: string; bold: boolean }>;
}

/** Small notes trees with any element name and attribute. */
const note: (depth?: number) => fc.Arbitrary<NoteSpec> = fc.memo((depth) =>
  fc.record({
    name: fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
    attrs: fc.dictionary(short, fc.oneof(short, text, fc.integer()), { maxKeys: 3, noNullPrototype: true }),
    children: depth <= 1 ? fc.constant([]) : fc.array(note(depth - 1), { maxLength: 2 }),
    text: fc.array(
      fc.record({ insert: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), bold: fc.boolean() }),
      {
        maxLength: 2,
      },
    ),
  }),
);

/** A chain nested deeper than the limit: hostile, but writable through the protocol. */
const deepNote = fc.integer({ min: MAX_NOTES_DEPTH - 2, max: MAX_NOTES_DEPTH + 40 }).map((depth) => {
  let leaf: NoteSpec = { name: "paragraph", attrs: {}, children: [], text: [{ insert: "bunn", bold: false }] };
  for (let i = 0; i < depth; i++) leaf = { name: "blockquote", attrs: {}, children: [leaf], text: [] };
  return leaf;
});

function writeNote(parent: Y.XmlFragment | Y.XmlElement, spec: NoteSpec): void {
  const el = new Y.XmlElement(spec.name);
  parent.push([el]);
  for (const [k, v] of Object.entries(spec.attrs)) el.setAttribute(k, v as string);
  if (spec.text.length > 0) {
    const t = new Y.XmlText();
    el.push([t]);
    for (const run of spec.text) t.insert(t.length, run.insert, run.bold ? { bold: {} } : {});
  }
  for (const child of spec.children) writeNote(el, child);
}

const fields = (keys: readonly string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])));

const content = fc.record({
  cards: fc.dictionary(
    id,
    fc.record({
      kind: oneOfOr(CARD_KINDS),
      color: oneOfOr(CARD_COLORS),
      authorGroup: oneOfOr(ACTOR_GROUPS),
      typed: text,
      rest: fields(["x", "y", "w", "h", "authorId", "createdAt"]),
    }),
    { maxKeys: 8, noNullPrototype: true },
  ),
  links: fc.array(fc.record({ id, label: anyValue, authorId: anyValue, authorGroup: oneOfOr(ACTOR_GROUPS) }), {
    maxLength: 6,
  }),
  zones: fc.dictionary(id, fields(["title", "x", "y", "w", "h", "color"]), { maxKeys: 3, noNullPrototype: true }),
  items: fc.dictionary(
    id,
    fc.record({
      typed: fc.array(text, { minLength: ACTION_TEXT_FIELDS.length, maxLength: ACTION_TEXT_FIELDS.length }),
      rest: fields(["priority", "status", "order", "createdAt"]),
      matrix: fc.oneof(anyValue, fc.record({ impact: anyValue, feasibility: anyValue })),
      provenance: fc.oneof(
        anyValue,
        fc.record({
          cardIds: fc.array(anyValue, { maxLength: 3 }),
          linkIds: anyValue,
          actorGroups: fc.array(oneOfOr(ACTOR_GROUPS), { maxLength: 3 }),
          votes: anyValue,
        }),
      ),
    }),
    { maxKeys: 3, noNullPrototype: true },
  ),
  notes: fc.array(fc.oneof(note(4), deepNote), { maxLength: 3 }),
});

type Content = typeof content extends fc.Arbitrary<infer C> ? C : never;

function buildDoc(generated: Content): Y.Doc {
  // Yjs stores plain objects only; the generators may make prototype-less ones.
  const c = structuredClone(generated);
  const doc = new Y.Doc();
  const maps = boardMaps(doc);
  doc.transact(() => {
    const cardIds = Object.keys(c.cards);
    for (const [cardId, card] of Object.entries(c.cards)) {
      const m = new Y.Map<unknown>();
      maps.cards.set(cardId, m);
      m.set("kind", card.kind);
      m.set("color", card.color);
      m.set("authorGroup", card.authorGroup);
      m.set("text", new Y.Text(card.typed));
      for (const [k, v] of Object.entries(card.rest)) m.set(k, v);
    }
    c.links.forEach((link, i) => {
      const m = new Y.Map<unknown>();
      maps.links.set(link.id, m);
      // Ends among the cards (a loop or a second link for a pair included), or dangling.
      m.set("source", cardIds[i % Math.max(1, cardIds.length)] ?? "gone");
      m.set("target", cardIds[(i * 7 + 1) % Math.max(1, cardIds.length)] ?? "gone");
      m.set("label", link.label);
      m.set("authorId", link.authorId);
      m.set("authorGroup", link.authorGroup);
    });
    for (const [zoneId, zone] of Object.entries(c.zones)) {
      const m = new Y.Map<unknown>();
      maps.zones.set(zoneId, m);
      for (const [k, v] of Object.entries(zone)) m.set(k, v);
    }
    for (const [itemId, item] of Object.entries(c.items)) {
      const m = new Y.Map<unknown>();
      actionItemsMap(doc).set(itemId, m);
      ACTION_TEXT_FIELDS.forEach((f, i) => {
        m.set(f, new Y.Text(item.typed[i] ?? ""));
      });
      for (const [k, v] of Object.entries(item.rest)) m.set(k, v);
      m.set("matrix", item.matrix);
      m.set("provenance", item.provenance);
    }
    for (const n of c.notes) writeNote(maps.notes, n);
  });
  // As the server holds it: what came over the wire, encoded and decoded.
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
  return server;
}

const ctx = {
  workshop: { title: "Verksted", region: null, language: "sv" as const },
  votes: [],
  participants: [],
  exportedAt: new Date("2026-12-02T10:00:00Z"),
};

/** What the HTTP API does with an export: bytes in a body, parsed, validated, written. */
function roundTrip(doc: Y.Doc) {
  const first = JSON.stringify(workshopToJson(doc, ctx));
  const imported = new Y.Doc();
  importWorkshopDoc(imported, parseWorkshopJson(JSON.parse(first)));
  return { first, second: JSON.stringify(workshopToJson(imported, ctx)) };
}

describe("workshop JSON, for any content a client can write", () => {
  it("export → import → export is identical", () => {
    fc.assert(
      fc.property(content, (c) => {
        const { first, second } = roundTrip(buildDoc(c));
        expect(second).toBe(first);
      }),
      { numRuns: 150, seed: 20261202 },
    );
  }, 60_000);

  it("brings thematic groups back from an import as they were exported, any text in them", () => {
    const member = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      name: fc.string({ unit: "binary", maxLength: 60 }),
      actorGroup: fc.constantFrom(...ACTOR_GROUPS),
    });
    const group = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
      name: fc.string({ unit: "binary", maxLength: 200 }),
      zoneId: fc.option(id, { nil: null }),
      summary: fc.string({ unit: "binary", maxLength: 400 }),
      members: fc.array(member, { maxLength: 4 }),
      rapporteur: fc.nat(5),
    });
    const groups = fc.record({
      status: fc.constantFrom("setup" as const, "working" as const, "plenary" as const),
      groups: fc.uniqueArray(group, { minLength: 1, maxLength: 5, selector: (g) => g.id }),
    });
    fc.assert(
      fc.property(groups, (generated) => {
        // Everyone is in one group at most, and a rapporteur is a member (as groupsForExport gives).
        const seen = new Set<string>();
        const data: GroupsJson = {
          status: generated.status,
          groups: generated.groups.map(({ rapporteur, members, ...g }) => {
            const own = members.filter((m) => !seen.has(m.id) && seen.add(m.id));
            return { ...g, members: own, rapporteurId: own[rapporteur]?.id ?? null };
          }),
        };
        const people = data.groups.flatMap((g) => g.members);
        const json = JSON.stringify(workshopToJson(new Y.Doc(), { ...ctx, groups: data }));
        const back = groupsFromJson(parseWorkshopJson(JSON.parse(json)).groups);
        expect(groupsForExport(back, people, false)).toEqual(data);
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });

  it("exports notes nested thousands deep, flattened below the limit, and imports them", () => {
    const doc = new Y.Doc();
    let parent: Y.XmlFragment | Y.XmlElement = boardMaps(doc).notes;
    for (let i = 0; i < 3000; i++) {
      const el: Y.XmlElement = new Y.XmlElement("blockquote");
      parent.push([el]);
      parent = el;
    }
    parent.push([new Y.XmlText("djupt nere")]);
    const { first, second } = roundTrip(doc);
    expect(second).toBe(first);
    expect(first).toContain("djupt nere");
  });

  it("refuses an import nested deeper than the limit with a clear error, not a stack overflow", () => {
    let nested: unknown = { type: "text", delta: [{ insert: "x" }] };
    for (let i = 0; i < 700; i++) nested = { type: "element", name: "blockquote", attrs: {}, children: [nested] };
    const data = JSON.parse(JSON.stringify(workshopToJson(new Y.Doc(), ctx)));
    data.notes = [nested];
    expect(() => parseWorkshopJson(data)).toThrow(/nest deeper than 64 levels/);
  });
});
