import {
  groupMembersInWords,
  itemRows,
  type NoteBlock,
  type NoteRun,
  participationInWords,
  participationTable,
  type Report,
  type ReportItem,
  stripXmlInvalid,
  summaryRows,
} from "@oppdag/shared";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const LANG = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" } as const;
const INK = "12324A";
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "C9CED6" } as const;
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

const clean = stripXmlInvalid;

/** Text with its line breaks kept as Word line breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return clean(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

const para = (text: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: runs(text, style) });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: runs(text), keepNext: true });

/** Open challenges (what each is on), then answered ones with their answers. */
function challengeBlocks(report: Report): Array<Paragraph | Table> {
  const l = report.labels;
  const { open, answered } = report.challenges;
  if (open.length + answered.length === 0) return [];
  const line = (c: Report["challenges"]["open"][number]) => [
    ...runs(c.text),
    new TextRun({ text: ` — ${c.group}`, italics: true, color: "5B6575" }),
    new TextRun({ text: ` · ${l.challengeOn}: `, bold: true }),
    ...runs(c.on),
  ];
  const out: Array<Paragraph | Table> = [heading(`${l.openChallenges} (${open.length})`, HeadingLevel.HEADING_1)];
  if (open.length === 0) out.push(para(l.empty));
  for (const c of open) out.push(new Paragraph({ bullet: { level: 0 }, children: line(c) }));
  if (answered.length > 0) {
    out.push(heading(`${l.answeredChallenges} (${answered.length})`, HeadingLevel.HEADING_1));
    for (const c of answered) {
      out.push(new Paragraph({ bullet: { level: 0 }, children: line(c) }));
      out.push(
        new Paragraph({
          indent: { left: 720 },
          children: [new TextRun({ text: `${l.answer}: `, bold: true }), ...runs(c.answer)],
        }),
      );
    }
  }
  return out;
}

/** Each thematic group as a heading and a table: zone, members, rapporteur, summary. */
function groupBlocks(report: Report): Array<Paragraph | Table> {
  const l = report.labels;
  if (report.groups.length === 0) return [];
  return [
    heading(`${l.thematicGroups} (${report.groups.length})`, HeadingLevel.HEADING_1),
    ...report.groups.flatMap((g) => [
      heading(g.name, HeadingLevel.HEADING_2),
      table(
        null,
        [
          [l.groupZone, g.zone ?? l.noZone],
          [`${l.members} (${g.memberCount})`, groupMembersInWords(g) || l.empty],
          [l.rapporteur, g.rapporteur ?? l.empty],
          [l.groupSummary, g.summary || l.empty],
        ],
        [32, 68],
      ),
    ]),
  ];
}

function table(header: string[] | null, rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
      shading: head ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF4" } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [para(text, head ? { bold: true } : {})],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, children: header.map((t, i) => cell(t, i, true)) })] : []),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function itemBlock(report: Report, item: ReportItem): Array<Paragraph | Table> {
  return [
    heading(`${item.number}. ${item.title}`, HeadingLevel.HEADING_3),
    table(null, itemRows(report, item), [32, 68]),
  ];
}

function noteRuns(list: readonly NoteRun[]): Array<TextRun | ExternalHyperlink> {
  return list.map((run) => {
    if (run.text === "\n") return new TextRun({ text: "", break: 1 });
    const text = new TextRun({
      text: clean(run.text),
      bold: run.bold,
      italics: run.italic,
      strike: run.strike,
      font: run.code ? "Consolas" : undefined,
      style: run.href ? "Hyperlink" : undefined,
    });
    // Only http, https and mailto reach here (notesToBlocks drops the rest).
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}

function notes(blocks: readonly NoteBlock[]): Paragraph[] {
  return blocks.map((block) => {
    switch (block.type) {
      case "heading":
        return new Paragraph({
          heading: block.level <= 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
          children: noteRuns(block.runs),
        });
      case "listItem":
        return block.ordered
          ? new Paragraph({
              numbering: { reference: "notes-ordered", level: Math.min(block.depth, 8) },
              children: noteRuns(block.runs),
            })
          : new Paragraph({ bullet: { level: Math.min(block.depth, 8) }, children: noteRuns(block.runs) });
      case "quote":
        return new Paragraph({ style: "Quote", children: noteRuns(block.runs) });
      case "code":
        return new Paragraph({ children: runs(block.text) });
      case "rule":
        return new Paragraph({ border: { bottom: RULE }, children: [] });
      default:
        return new Paragraph({ children: noteRuns(block.runs) });
    }
  });
}

/**
 * The report as a Word document with real headings (Heading 1–3) and tables, so it pastes into a
 * plan document with its structure: title page, board content, thematic groups, votes and scores,
 * the action plan with a summary table and one numbered section per item, the matrix, and the notes.
 */
export async function reportToDocx(report: Report): Promise<Buffer> {
  const l = report.labels;
  const body: Array<Paragraph | Table> = [];

  // Title page.
  body.push(
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: l.reportSubtitle, color: "5B6575" })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }),
  );
  if (report.region) body.push(para(`${l.region}: ${report.region}`));
  body.push(para(`${l.date}: ${report.date}`));
  if (report.participantCount > 0) {
    body.push(heading(`${l.participants} (${report.participantCount})`, HeadingLevel.HEADING_2));
    body.push(
      table(
        null,
        report.participants.map((p) => [p.group, String(p.count), p.names.join(", ")]),
        [36, 10, 54],
      ),
    );
    if (report.anonymous) body.push(para(l.namesHidden, { italics: true }));
  }
  if (report.observers.count > 0) {
    const names = report.observers.names.join(", ");
    body.push(para(`${l.observers} (${report.observers.count})${names ? `: ${names}` : ""}`));
  }
  body.push(new Paragraph({ children: [new PageBreak()] }));

  // The board.
  for (const kind of report.kinds) {
    body.push(heading(`${kind.heading} (${kind.cards.length})`, HeadingLevel.HEADING_1));
    for (const card of kind.cards) {
      body.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [...runs(card.text), new TextRun({ text: ` — ${card.group}`, italics: true, color: "5B6575" })],
        }),
      );
    }
  }
  body.push(heading(`${l.links} (${report.links.length})`, HeadingLevel.HEADING_1));
  if (report.links.length === 0) body.push(para(l.empty));
  for (const link of report.links) {
    body.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          ...runs(link.from, { bold: true }),
          new TextRun(" ↔ "),
          ...runs(link.to, { bold: true }),
          ...(link.label ? runs(`: ${link.label}`) : []),
        ],
      }),
    );
  }

  body.push(...groupBlocks(report));

  if (report.participation.rows.length > 0) {
    const participation = participationTable(report.participation, l);
    body.push(heading(l.participation, HeadingLevel.HEADING_1), para(l.participationLead));
    body.push(table(participation.header, participation.rows, [28, 12, 12, 12, 12, 12, 12]));
    for (const line of participationInWords(report.participation, l)) body.push(para(line));
  }

  if (report.votes.length > 0) {
    body.push(heading(l.votes, HeadingLevel.HEADING_1));
    for (const round of report.votes) {
      body.push(heading(round.title, HeadingLevel.HEADING_2));
      body.push(
        table(
          null,
          round.rows.map((r) => [`${r.rank}.`, r.text, String(r.count)]),
          [8, 80, 12],
        ),
      );
    }
  }

  if (report.scoring.length > 0) {
    body.push(heading(l.scores, HeadingLevel.HEADING_1));
    for (const round of report.scoring) {
      body.push(heading(round.title, HeadingLevel.HEADING_2));
      // The target takes a third; the numbers share the rest.
      const rest = round.header.length - 1;
      const widths = [34, ...round.header.slice(1).map(() => Math.floor(66 / rest))];
      body.push(table(round.header, round.rows, widths));
    }
  }

  if (report.plan.length > 0) {
    body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(heading(l.actionPlan, HeadingLevel.HEADING_1));
    body.push(heading(l.summary, HeadingLevel.HEADING_2));
    const summary = summaryRows(report);
    body.push(table(summary.header, summary.rows, [7, 25, 18, 9, 10, 18, 13]));
    for (const area of report.plan) {
      body.push(heading(`${area.number}. ${area.title}`, HeadingLevel.HEADING_2));
      for (const item of area.items) body.push(...itemBlock(report, item));
    }

    body.push(heading(l.matrix, HeadingLevel.HEADING_2));
    const cell = (quadrant: string) => {
      const q = report.matrix.quadrants.find((x) => x.quadrant === quadrant);
      const items = q?.items.map((i) => `${i.number}. ${i.title}`).join("\n") || "—";
      return `${q?.label ?? ""}\n${items}`;
    };
    // The familiar grid: high impact on top, high feasibility to the right.
    body.push(
      table(
        [l.impact, `${l.feasibility} ↓`, `${l.feasibility} ↑`],
        [
          [`${l.impact} ↑`, cell("highLow"), cell("highHigh")],
          [`${l.impact} ↓`, cell("lowLow"), cell("lowHigh")],
        ],
        [16, 42, 42],
      ),
    );
    if (report.matrix.unplaced.length > 0) {
      body.push(para(`${l.notPlaced}: ${report.matrix.unplaced.map((i) => `${i.number}. ${i.title}`).join("; ")}`));
    }
  }

  body.push(...challengeBlocks(report));

  if (report.zones.length > 0) {
    body.push(heading(l.zones, HeadingLevel.HEADING_1));
    for (const zone of report.zones) body.push(new Paragraph({ bullet: { level: 0 }, children: runs(zone) }));
  }

  body.push(heading(l.notes, HeadingLevel.HEADING_1));
  body.push(...(report.notes.length > 0 ? notes(report.notes) : [para(l.empty)]));

  const doc = new Document({
    title: clean(report.title),
    creator: "Oppdag",
    description: l.reportSubtitle,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: LANG[report.language] } } },
        title: { run: { font: "Calibri", size: 52, bold: true, color: INK } },
        heading1: {
          run: { font: "Calibri", size: 34, bold: true, color: INK },
          // The outline level is what LibreOffice's navigator and a PDF's bookmarks read.
          paragraph: { spacing: { before: 360, after: 120 }, outlineLevel: 0 },
        },
        heading2: {
          run: { font: "Calibri", size: 28, bold: true, color: INK },
          paragraph: { spacing: { before: 280, after: 100 }, outlineLevel: 1 },
        },
        heading3: {
          run: { font: "Calibri", size: 24, bold: true, color: INK },
          paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 2 },
        },
        heading4: {
          run: { font: "Calibri", size: 22, bold: true, color: INK },
          paragraph: { spacing: { before: 200, after: 60 }, outlineLevel: 3 },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: "notes-ordered",
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        // A4 in twentieths of a point, with 2 cm margins.
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
