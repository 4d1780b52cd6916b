import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink, addZone, boardMaps } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { addActionItem, provenanceFrom } from "../plan/actionItem";
import { importWorkshopDoc, WorkshopJson, workshopToJson } from "./json";
import { notesToMarkdown } from "./notes";

function seedDoc() {
  const doc = new Y.Doc();
  const a = { id: "p1", group: "industry" as const };
  const s = addCard(doc, { kind: "strength", x: 0, y: 0, text: "Kongekrabbe – áčđŋšŧž" }, a);
  const o = addCard(
    doc,
    { kind: "opportunity", x: 360, y: 0, text: "Sporbar sjømat" },
    { id: "p2", group: "research" },
  );
  const l = addLink(doc, s, o, a, "fra hav til bord") as string;
  addZone(doc, { title: "Havet", x: -50, y: -50 });
  const p = new Y.XmlElement("paragraph");
  const t = new Y.XmlText();
  p.insert(0, [t]);
  boardMaps(doc).notes.insert(0, [p]);
  t.insert(0, "Viktig: ", { bold: {} });
  t.insert(8, "Småföretag i Kronoberg", { link: { href: "https://kronoberg.se" } });
  addActionItem(doc, {
    title: "Levende krabbe",
    goal: "Økt eksport",
    provenance: provenanceFrom(boardFromDoc(doc), [l], new Map([[l, 4]])),
  });
  return doc;
}

const ctx = {
  workshop: { title: "Verksted", region: "Troms", language: "nb" as const },
  votes: [],
  participants: [{ name: "Kari", actorGroup: "industry" as const, role: "participant" as const }],
  exportedAt: new Date("2026-11-23T10:00:00Z"),
};

describe("workshop JSON", () => {
  it("export → import → export gives the same content", () => {
    const first = workshopToJson(seedDoc(), ctx);
    const parsed = WorkshopJson.parse(JSON.parse(JSON.stringify(first)));
    const doc = new Y.Doc();
    importWorkshopDoc(doc, parsed);
    const second = workshopToJson(doc, ctx);
    expect(second).toEqual(first);
    expect(notesToMarkdown(boardMaps(doc).notes)).toContain(
      "**Viktig: **[Småföretag i Kronoberg](<https://kronoberg.se>)",
    );
  });

  it("imports an export made before the plans' words: 1–5 priorities, no goal type, no communication", () => {
    const old = JSON.parse(JSON.stringify(workshopToJson(seedDoc(), ctx)));
    const [item] = old.actionItems;
    item.priority = 2;
    item.status = "agreed";
    delete item.goalType;
    delete item.communication;
    const doc = new Y.Doc();
    importWorkshopDoc(doc, WorkshopJson.parse(old));
    const [read] = workshopToJson(doc, ctx).actionItems;
    expect(read).toMatchObject({ priority: "high", status: "agreed", goalType: null, communication: "" });
    item.status = "adopted";
    expect(WorkshopJson.safeParse(old).success).toBe(false);
  });

  it("carries thematic groups through, and an export without them stays without", () => {
    const groups = {
      status: "plenary" as const,
      groups: [
        {
          id: "g1",
          name: "Fra hav til bord",
          zoneId: boardFromDoc(seedDoc()).zones[0]?.id ?? null,
          rapporteurId: "p1",
          summary: "Sensorer på kassene.\nÅpen standard.",
          members: [{ id: "p1", name: "Kari", actorGroup: "industry" as const }],
        },
      ],
    };
    const first = workshopToJson(seedDoc(), { ...ctx, groups });
    const parsed = WorkshopJson.parse(JSON.parse(JSON.stringify(first)));
    expect(parsed.groups).toEqual(groups);
    expect(workshopToJson(seedDoc(), ctx)).not.toHaveProperty("groups");
    expect(workshopToJson(seedDoc(), { ...ctx, groups: { status: "setup", groups: [] } })).not.toHaveProperty("groups");
    const bad = structuredClone(first) as { groups: { status: string } };
    bad.groups.status = "party";
    expect(WorkshopJson.safeParse(bad).success).toBe(false);
  });

  it("refuses unsafe ids, unknown kinds and a foreign format", () => {
    const good = workshopToJson(seedDoc(), ctx);
    const bad = structuredClone(good);
    (bad.board.cards[0] as { id: string }).id = "../../etc/passwd";
    expect(WorkshopJson.safeParse(bad).success).toBe(false);
    expect(WorkshopJson.safeParse({ ...good, format: "miro" }).success).toBe(false);
    expect(WorkshopJson.safeParse({ ...good, version: 99 }).success).toBe(false);
  });
});
