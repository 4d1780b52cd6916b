import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, addLink } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { EXPORT_LABELS } from "./labels";
import { reportToMarkdown } from "./markdown";
import { participationByGroup, participationInWords, participationTable } from "./participation";
import { buildReport } from "./report";

function board() {
  const doc = new Y.Doc();
  const kari = { id: "kari", group: "industry" as const };
  const a = addCard(doc, { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" }, kari);
  const b = addCard(doc, { kind: "opportunity", x: 300, y: 0, text: "Asia" }, kari);
  addCard(doc, { kind: "challenge", x: 0, y: 300, text: "Hvem betaler?" }, { id: "aino", group: "external" });
  addLink(doc, a, b, { id: "ole", group: "research" });
  return boardFromDoc(doc);
}

const people = [
  { actorGroup: "facilitator" as const, role: "facilitator" as const },
  { actorGroup: "industry" as const, role: "participant" as const },
  { actorGroup: "industry" as const, role: "participant" as const },
  { actorGroup: "research" as const, role: "participant" as const },
  { actorGroup: "public" as const, role: "participant" as const },
  { actorGroup: "external" as const, role: "critic" as const },
  { actorGroup: "investors" as const, role: "observer" as const },
];

describe("participation by actor group", () => {
  it("counts cards, challenges, links, voters and scorers per group, and says who was not heard or not there", () => {
    const p = participationByGroup({
      board: board(),
      participants: people,
      voters: [{ industry: 2, research: 1 }, { industry: 1 }],
      scorers: [{ industry: 2 }],
    });
    expect(p.rows.map((r) => r.group)).toEqual(["industry", "research", "public", "external", "facilitator"]);
    expect(p.rows.find((r) => r.group === "industry")).toEqual({
      group: "industry",
      people: 2,
      cards: 2,
      challenges: 0,
      links: 0,
      voters: 3,
      scorers: 2,
    });
    expect(p.rows.find((r) => r.group === "external")).toMatchObject({ people: 1, challenges: 1, cards: 0 });
    expect(p.rows.find((r) => r.group === "research")).toMatchObject({ links: 1, voters: 1 });
    // The public sector came and said nothing; investors only watched; civil society never came.
    expect(p.unheard).toEqual(["public"]);
    expect(p.absent).toEqual(["investors", "civil"]);
    const l = EXPORT_LABELS.nb;
    expect(participationInWords(p, l)).toEqual([
      "Ikke hørt fra: Offentlig sektor",
      "Ingen deltok fra: Investorer og finansiører, Organisasjoner og sivilsamfunn",
    ]);
    expect(participationTable(p, l).rows[0]).toEqual(["Næringsliv", "2", "2", "0", "0", "3", "2"]);
  });

  it("puts the table in the report, in the workshop's language, with counts only in an anonymous workshop", () => {
    const report = buildReport({
      workshop: { title: "Troms", region: null, language: "nb" },
      board: board(),
      actionItems: [],
      notes: [],
      votes: [],
      participants: people.map((p, i) => ({ ...p, name: `Ola Deltaker ${i}` })),
      anonymous: true,
      voters: [{ industry: 2 }],
      exportedAt: new Date("2026-11-23T10:00:00Z"),
    });
    const md = reportToMarkdown(report);
    const l = EXPORT_LABELS.nb;
    expect(md).toContain(`## ${l.participation}`);
    expect(md).toContain("| Aktørgruppe | Personer | Kort | Utfordringer | Koblinger | Stemte | Ga poeng |");
    expect(md).toContain("| Næringsliv | 2 | 2 | 0 | 0 | 2 | 0 |");
    expect(md).toContain("- Ikke hørt fra: Offentlig sektor");
    expect(md.slice(md.indexOf(`## ${l.participation}`)).split("\n## ")[0]).not.toContain("Ola Deltaker");
  });
});
