import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addZone } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { addActionItem, readActionItems } from "../plan/actionItem";
import { type GroupsView, NO_GROUPS } from "../session/groups";
import { IDLE_TIMER } from "../session/timer";
import { actionItemsToCsv, UTF8_BOM } from "./csv";
import { GroupsJson, groupsForExport, groupsFromJson, type ReportGroup } from "./groups";
import { reportToHtml } from "./html";
import { EXPORT_LABELS } from "./labels";
import { reportToMarkdown } from "./markdown";
import { buildReport } from "./report";

const HOSTILE = '=HYPERLINK("http://evil.example") [lenke](javascript:alert(1)) <script>alert(1)</script> # ikke';

const PEOPLE = [
  { id: "kari", name: "Kari Nordmann", actorGroup: "industry" as const },
  { id: "jonas", name: "Jonas Eriksen", actorGroup: "industry" as const },
  { id: "ole", name: "Ole Åsheim", actorGroup: "research" as const },
  { id: "maret", name: "Máret Gaup", actorGroup: "public" as const },
];

/** A board with two zones, an action item, and two groups: one hostile, one with no zone. */
function workshopWithGroups() {
  const doc = new Y.Doc();
  const sea = addZone(doc, { title: "Havnæring", x: 0, y: 0 });
  addActionItem(doc, { title: "Levende krabbe" });
  const view: GroupsView = {
    ...NO_GROUPS,
    status: "plenary",
    groups: [
      {
        id: "g1",
        name: `Fra hav til bord ${HOSTILE}`,
        zoneId: sea,
        rapporteurId: "jonas",
        summary: `Sensorer på kassene.\nÅpen standard. ${HOSTILE}`,
        timer: IDLE_TIMER,
      },
      { id: "g2", name: "Reiseliv", zoneId: null, rapporteurId: "gone", summary: "", timer: IDLE_TIMER },
    ],
    // "gone" was removed from the workshop: in no group any more, and no rapporteur.
    members: { kari: "g1", jonas: "g1", ole: "g1", maret: "g2", gone: "g2" },
  };
  return { doc, view, sea };
}

function report(doc: Y.Doc, view: GroupsView, anonymous = false) {
  return buildReport({
    workshop: { title: "Troms", region: null, language: "nb" },
    board: boardFromDoc(doc),
    actionItems: readActionItems(doc),
    notes: [],
    votes: [],
    groups: groupsForExport(view, PEOPLE, false),
    participants: PEOPLE.map((p) => ({ ...p, role: "participant" as const })),
    anonymous,
    exportedAt: new Date("2026-11-23T10:00:00Z"),
  });
}

describe("thematic groups for export", () => {
  it("looks members up among the people still there; a rapporteur must be one of them", () => {
    const { view } = workshopWithGroups();
    const groups = groupsForExport(view, PEOPLE, false);
    expect(groups?.status).toBe("plenary");
    expect(groups?.groups.map((g) => g.members.map((m) => m.name))).toEqual([
      ["Kari Nordmann", "Jonas Eriksen", "Ole Åsheim"],
      ["Máret Gaup"],
    ]);
    expect(groups?.groups.map((g) => g.rapporteurId)).toEqual(["jonas", null]);
    const hidden = groupsForExport(view, PEOPLE, true);
    expect(hidden?.groups.flatMap((g) => g.members.map((m) => m.name))).toEqual(["", "", "", ""]);
    expect(hidden?.groups[0]?.members.map((m) => m.actorGroup)).toEqual(["industry", "industry", "research"]);
    expect(groupsForExport(NO_GROUPS, PEOPLE, false)).toBeUndefined();
  });

  it("comes back from JSON as the same groups, with idle timers", () => {
    const { view } = workshopWithGroups();
    const first = groupsForExport(view, PEOPLE, false);
    const back = groupsFromJson(GroupsJson.parse(JSON.parse(JSON.stringify(first))));
    expect(back.groups.map((g) => g.timer)).toEqual([IDLE_TIMER, IDLE_TIMER]);
    expect(back.members).toEqual({ kari: "g1", jonas: "g1", ole: "g1", maret: "g2" });
    expect(groupsForExport(back, PEOPLE, false)).toEqual(first);
    expect(groupsFromJson(undefined)).toEqual(NO_GROUPS);
  });

  it("puts each group in the report: zone by title, members by actor group, rapporteur, summary", () => {
    const { doc, view } = workshopWithGroups();
    const [sea, tourism] = report(doc, view).groups;
    expect(sea).toEqual({
      name: `Fra hav til bord ${HOSTILE}`,
      zone: "Havnæring",
      memberCount: 3,
      members: [
        { group: "Næringsliv", count: 2, names: ["Jonas Eriksen", "Kari Nordmann"] },
        { group: "FoU og utdanning", count: 1, names: ["Ole Åsheim"] },
      ],
      rapporteur: "Jonas Eriksen",
      summary: `Sensorer på kassene.\nÅpen standard. ${HOSTILE}`,
    });
    expect(tourism).toMatchObject({ zone: null, memberCount: 1, rapporteur: null, summary: "" });
  });

  it("shows counts and actor groups, not names, in an anonymous workshop", () => {
    const { doc, view } = workshopWithGroups();
    const r = report(doc, view, true);
    expect(r.groups[0]?.members.every((m) => m.names.length === 0)).toBe(true);
    expect(r.groups[0]?.rapporteur).toBe("Næringsliv");
    const md = reportToMarkdown(r);
    expect(md).toContain("- **Medlemmer** (3): Næringsliv (2); FoU og utdanning (1)");
    for (const p of PEOPLE) expect(md).not.toContain(p.name);
    for (const p of PEOPLE) expect(reportToHtml(r)).not.toContain(p.name);
  });

  it("writes a Markdown section with every group, hostile text escaped", () => {
    const { doc, view } = workshopWithGroups();
    const md = reportToMarkdown(report(doc, view));
    expect(md).toContain("## Tematiske grupper (2)");
    expect(md).toContain("### Reiseliv");
    expect(md).toContain("- **Sone:** Havnæring");
    expect(md).toContain("- **Sone:** Ingen sone");
    expect(md).toContain(
      "- **Medlemmer** (3): Næringsliv (2): Jonas Eriksen, Kari Nordmann; FoU og utdanning (1): Ole Åsheim",
    );
    expect(md).toContain("- **Referent:** Jonas Eriksen");
    expect(md).toContain("- **Oppsummering:** Sensorer på kassene.\\\n  Åpen standard.");
    expect(md).toContain("\\[lenke\\](javascript:alert(1))");
    expect(md).not.toContain("[lenke](");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).not.toMatch(/[^\\]<script/);
    // The groups come before the plan, as in the workshop.
    expect(md.indexOf("## Tematiske grupper")).toBeLessThan(md.indexOf("## Handlingsplan"));
  });

  it("writes the groups on the print page, escaped, line breaks kept", () => {
    const { doc, view } = workshopWithGroups();
    const html = reportToHtml(report(doc, view));
    expect(html).toContain("<h2>Tematiske grupper (2)</h2>");
    expect(html).toContain("Sensorer på kassene.<br>Åpen standard.");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
  });

  it("adds the groups to the CSV as a table of their own after the plan, formulas neutralised", () => {
    const { doc, view } = workshopWithGroups();
    const groups = report(doc, view).groups;
    const csv = actionItemsToCsv(readActionItems(doc), EXPORT_LABELS.nb, boardFromDoc(doc), groups);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows[0]?.[1]).toBe("Tiltak");
    expect(rows[1]?.[1]).toBe("Levende krabbe");
    // One empty row between the plan and the groups.
    expect(rows[2]).toEqual([""]);
    expect(rows[3]).toEqual(["Tematisk gruppe", "Sone", "Medlemmer", "Referent", "Oppsummering"]);
    expect(rows[4]?.[0]).toBe(`Fra hav til bord ${HOSTILE}`);
    expect(rows[4]?.[2]).toBe("Næringsliv (2): Jonas Eriksen, Kari Nordmann; FoU og utdanning (1): Ole Åsheim");
    expect(rows[4]?.slice(3)).toEqual(["Jonas Eriksen", `Sensorer på kassene.\nÅpen standard. ${HOSTILE}`]);
    expect(rows[5]).toEqual(["Reiseliv", "Ingen sone", "Offentlig sektor (1): Máret Gaup", "", ""]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    // A hostile name at the start of a cell becomes text.
    const hostile = actionItemsToCsv([], EXPORT_LABELS.nb, undefined, [
      { ...(groups[0] as ReportGroup), name: HOSTILE },
    ]);
    expect(hostile).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    // Without groups the CSV is the plan alone.
    expect(actionItemsToCsv(readActionItems(doc), EXPORT_LABELS.nb)).not.toContain("Tematisk gruppe");
  });
});
