import { stripXmlInvalid } from "./escape";
import { groupMembersInWords } from "./groups";
import type { NoteBlock, NoteRun } from "./notes";
import { participationInWords, participationTable } from "./participation";
import { itemRows, type Report, type ReportItem, summaryRows } from "./report";

/** Escapes text for HTML or SVG element content and double-quoted attributes; XML-invalid characters go. */
export function escapeHtml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const h = escapeHtml;
/** Line breaks typed into a field stay line breaks on paper. */
const multiline = (text: string) => h(text).replace(/\r?\n/g, "<br>");

/**
 * The print-ready report: one self-contained HTML page laid out for A4, with the same sections as
 * the Word export. No script and no outside resources, so it prints the same anywhere and passes
 * the strictest Content-Security-Policy.
 */
export function reportToHtml(report: Report): string {
  const l = report.labels;
  const body: string[] = [];

  body.push(`<p class="print-hint">${h(l.printHint)}</p>`);
  body.push(`<section class="title-page">
<p class="kicker">${h(l.reportSubtitle)}</p>
<h1>${h(report.title)}</h1>
<dl class="meta">${report.region ? `<dt>${h(l.region)}</dt><dd>${h(report.region)}</dd>` : ""}<dt>${h(l.date)}</dt><dd>${h(report.date)}</dd></dl>
${participantsHtml(report)}
</section>`);

  for (const kind of report.kinds) {
    body.push(`<h2>${h(kind.heading)} (${kind.cards.length})</h2>
<ul class="cards">${kind.cards.map((c) => `<li>${h(c.text)} <span class="group">${h(c.group)}</span></li>`).join("")}</ul>`);
  }

  body.push(`<h2>${h(l.links)} (${report.links.length})</h2>`);
  body.push(
    report.links.length === 0
      ? `<p>${h(l.empty)}</p>`
      : `<ul class="links">${report.links
          .map(
            (link) =>
              `<li><strong>${h(link.from)}</strong> ↔ <strong>${h(link.to)}</strong>${link.label ? `: ${h(link.label)}` : ""}</li>`,
          )
          .join("")}</ul>`,
  );

  body.push(groupsHtml(report));
  body.push(participationHtml(report));

  if (report.votes.length > 0) {
    body.push(`<h2>${h(l.votes)}</h2>`);
    for (const round of report.votes) {
      body.push(`<h3>${h(round.title)}</h3>
<table class="votes"><tbody>${round.rows
        .map((r) => `<tr><td class="num">${r.rank}.</td><td>${h(r.text)}</td><td class="num">${r.count}</td></tr>`)
        .join("")}</tbody></table>`);
    }
  }

  if (report.scoring.length > 0) {
    body.push(`<h2>${h(l.scores)}</h2>`);
    for (const round of report.scoring) {
      const cells = (row: string[], tag: "th" | "td") =>
        row.map((v, i) => `<${tag}${i > 0 ? ' class="num"' : ""}>${h(v)}</${tag}>`).join("");
      body.push(`<h3>${h(round.title)}</h3>
<table class="scores"><thead><tr>${cells(round.header, "th")}</tr></thead><tbody>${round.rows
        .map((row) => `<tr>${cells(row, "td")}</tr>`)
        .join("")}</tbody></table>`);
    }
  }

  if (report.plan.length > 0) {
    body.push(`<h2 class="new-page">${h(l.actionPlan)}</h2>`);
    body.push(summaryTable(report));
    for (const area of report.plan) {
      body.push(`<h3>${area.number}. ${h(area.title)}</h3>`);
      for (const item of area.items) body.push(itemHtml(report, item));
    }
    body.push(matrixHtml(report));
  }

  body.push(challengesHtml(report));

  if (report.zones.length > 0) {
    body.push(`<h2>${h(l.zones)}</h2><ul>${report.zones.map((z) => `<li>${h(z)}</li>`).join("")}</ul>`);
  }

  body.push(`<h2>${h(l.notes)}</h2>`);
  body.push(report.notes.length > 0 ? notesHtml(report.notes) : `<p>${h(l.empty)}</p>`);

  return `<!doctype html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(report.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}

function participantsHtml(report: Report): string {
  const l = report.labels;
  const { observers } = report;
  const observerLine =
    observers.count > 0
      ? `<p><strong>${h(l.observers)}</strong> (${observers.count})${observers.names.length ? `: ${h(observers.names.join(", "))}` : ""}</p>`
      : "";
  if (report.participantCount === 0) return observerLine;
  const rows = report.participants
    .map(
      (p) =>
        `<tr><th scope="row">${h(p.group)}</th><td class="num">${p.count}</td><td>${h(p.names.join(", "))}</td></tr>`,
    )
    .join("");
  return `<h2>${h(l.participants)} (${report.participantCount})</h2>
<table class="participants"><tbody>${rows}</tbody></table>${report.anonymous ? `<p class="muted">${h(l.namesHidden)}</p>` : ""}${observerLine}`;
}

function summaryTable(report: Report): string {
  const { header, rows } = summaryRows(report);
  const numeric = new Set([0, 3]);
  return `<h3>${h(report.labels.summary)}</h3>
<table class="summary"><thead><tr>${header.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => (numeric.has(i) ? `<td class="num">${h(c)}</td>` : `<td>${h(c)}</td>`)).join("")}</tr>`,
    )
    .join("")}</tbody></table>`;
}

function itemHtml(report: Report, item: ReportItem): string {
  return `<article class="item">
<h4>${item.letter}. ${h(item.title)}</h4>
<table class="fields"><tbody>${itemRows(report, item)
    .map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${multiline(v)}</td></tr>`)
    .join("")}</tbody></table>
</article>`;
}

/** Contributions per actor group, and who was not heard; nothing when nobody took part. */
function participationHtml(report: Report): string {
  const l = report.labels;
  if (report.participation.rows.length === 0) return "";
  const table = participationTable(report.participation, l);
  const words = participationInWords(report.participation, l);
  return `<h2>${h(l.participation)}</h2>
<p>${h(l.participationLead)}</p>
<table class="scores"><thead><tr>${table.header.map((c) => `<th scope="col">${h(c)}</th>`).join("")}</tr></thead><tbody>${table.rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${h(c)}</th>` : `<td>${h(c)}</td>`)).join("")}</tr>`,
    )
    .join("")}</tbody></table>${words.map((w) => `<p>${h(w)}</p>`).join("")}`;
}

/** Each thematic group with its zone, members, rapporteur and summary; nothing when there are none. */
function groupsHtml(report: Report): string {
  const l = report.labels;
  if (report.groups.length === 0) return "";
  const groups = report.groups.map((g) => {
    const rows: Array<[string, string]> = [
      [l.groupZone, g.zone ?? l.noZone],
      [`${l.members} (${g.memberCount})`, groupMembersInWords(g) || l.empty],
      [l.rapporteur, g.rapporteur ?? l.empty],
      [l.groupSummary, g.summary || l.empty],
    ];
    return `<h3>${h(g.name)}</h3>
<table class="fields"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${multiline(v)}</td></tr>`).join("")}</tbody></table>`;
  });
  return `<h2>${h(l.thematicGroups)} (${report.groups.length})</h2>\n${groups.join("\n")}`;
}

/** Open challenges, then answered ones with their answers; nothing when there are none. */
function challengesHtml(report: Report): string {
  const l = report.labels;
  const { open, answered } = report.challenges;
  if (open.length + answered.length === 0) return "";
  const line = (c: Report["challenges"]["open"][number]) =>
    `${h(c.text)} <span class="group">${h(c.group)}</span> · <strong>${h(l.challengeOn)}:</strong> ${h(c.on)}`;
  const openList =
    open.length === 0
      ? `<p>${h(l.empty)}</p>`
      : `<ul class="challenges">${open.map((c) => `<li>${line(c)}</li>`).join("")}</ul>`;
  const answeredList =
    answered.length === 0
      ? ""
      : `<h2>${h(l.answeredChallenges)} (${answered.length})</h2><ul class="challenges">${answered
          .map((c) => `<li>${line(c)}<br><strong>${h(l.answer)}:</strong> ${multiline(c.answer)}</li>`)
          .join("")}</ul>`;
  return `<h2>${h(l.openChallenges)} (${open.length})</h2>${openList}${answeredList}`;
}

function matrixHtml(report: Report): string {
  const l = report.labels;
  // Drawn as the familiar grid: high impact on top, high feasibility to the right.
  const cell = (quadrant: string) => {
    const q = report.matrix.quadrants.find((x) => x.quadrant === quadrant);
    if (!q) return "";
    return `<div class="quadrant q-${quadrant}"><p class="quadrant-label">${h(q.label)}</p><ul>${q.items
      .map((item) => `<li>${item.number}. ${h(item.title)}</li>`)
      .join("")}</ul></div>`;
  };
  const unplaced = report.matrix.unplaced;
  return `<section class="matrix-section">
<h3>${h(l.matrix)}</h3>
<div class="matrix">
<div class="axis axis-y">${h(l.impact)} →</div>
${cell("highLow")}${cell("highHigh")}${cell("lowLow")}${cell("lowHigh")}
<div class="axis axis-x">${h(l.feasibility)} →</div>
</div>
${unplaced.length > 0 ? `<p class="muted">${h(l.notPlaced)}: ${unplaced.map((item) => `${item.number}. ${h(item.title)}`).join("; ")}</p>` : ""}
</section>`;
}

function notesHtml(blocks: readonly NoteBlock[]): string {
  const out: string[] = [];
  let openList: "ul" | "ol" | null = null;
  const closeList = () => {
    if (openList) out.push(`</${openList}>`);
    openList = null;
  };
  for (const block of blocks) {
    if (block.type === "listItem") {
      const tag = block.ordered ? "ol" : "ul";
      if (openList !== tag) {
        closeList();
        out.push(`<${tag}>`);
        openList = tag;
      }
      out.push(`<li class="depth-${Math.min(block.depth, 4)}">${runsHtml(block.runs)}</li>`);
      continue;
    }
    closeList();
    switch (block.type) {
      case "heading":
        out.push(`<h${Math.min(block.level + 2, 6)}>${runsHtml(block.runs)}</h${Math.min(block.level + 2, 6)}>`);
        break;
      case "paragraph":
        out.push(`<p>${runsHtml(block.runs)}</p>`);
        break;
      case "quote":
        out.push(`<blockquote>${runsHtml(block.runs)}</blockquote>`);
        break;
      case "code":
        out.push(`<pre>${h(block.text)}</pre>`);
        break;
      case "rule":
        out.push("<hr>");
        break;
    }
  }
  closeList();
  return out.join("\n");
}

function runsHtml(runs: readonly NoteRun[]): string {
  return runs
    .map((run) => {
      if (run.text === "\n") return "<br>";
      let out = h(run.text);
      if (run.code) out = `<code>${out}</code>`;
      if (run.bold) out = `<strong>${out}</strong>`;
      if (run.italic) out = `<em>${out}</em>`;
      if (run.strike) out = `<s>${out}</s>`;
      // Only http, https and mailto reach a run's href (notesToBlocks checks it).
      if (run.href) out = `<a href="${h(run.href)}" rel="noopener noreferrer">${out}</a>`;
      return out;
    })
    .join("");
}

const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d2330; }
body { margin: 0; background: #f3f4f6; }
main { max-width: 210mm; margin: 0 auto; padding: 18mm; background: #fff; }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 8mm; color: #12324a; }
h2 { font-size: 16pt; margin: 10mm 0 3mm; color: #12324a; border-bottom: 1.5pt solid #12324a; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 13pt; margin: 6mm 0 2mm; color: #12324a; break-after: avoid; }
h4 { font-size: 11.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
h5, h6 { font-size: 10.5pt; margin: 4mm 0 1mm; }
p, ul, ol { margin: 0 0 2mm; }
ul, ol { padding-left: 6mm; }
li { margin-bottom: 1mm; }
.depth-1 { margin-left: 6mm; }
.depth-2 { margin-left: 12mm; }
.depth-3 { margin-left: 18mm; }
.depth-4 { margin-left: 24mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; break-inside: auto; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border: 0.5pt solid #c9ced6; }
thead th { background: #e8eef4; }
td.num { text-align: right; white-space: nowrap; width: 1%; }
th.num { text-align: right; white-space: nowrap; }
table.fields th { width: 34%; background: #f5f7fa; font-weight: 600; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #5b6575; margin: 0 0 3mm; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 8mm; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.title-page { break-after: page; padding-top: 30mm; }
.new-page { break-before: page; }
.group { color: #5b6575; font-style: italic; }
.muted { color: #5b6575; }
.item { break-inside: avoid-page; }
.matrix-section { break-inside: avoid; }
.matrix { display: grid; grid-template-columns: 8mm 1fr 1fr; grid-template-rows: auto auto auto; gap: 1.5mm; }
.axis-y { grid-row: 1 / span 2; writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; font-weight: 600; }
.axis-x { grid-column: 2 / span 2; text-align: center; font-weight: 600; }
.quadrant { border: 0.75pt solid #9aa5b4; border-radius: 2mm; padding: 2mm 3mm; min-height: 35mm; }
.q-highHigh { background: #e6f4ea; }
.q-highLow { background: #fff6e0; }
.q-lowHigh { background: #e8f0fb; }
.q-lowLow { background: #f3f4f6; }
.quadrant-label { font-weight: 600; margin-bottom: 1.5mm; }
.quadrant ul { padding-left: 4mm; }
blockquote { border-left: 2pt solid #c9ced6; margin: 0 0 2mm; padding-left: 3mm; color: #3b4454; }
pre { white-space: pre-wrap; font-size: 9pt; background: #f5f7fa; padding: 2mm; }
a { color: #1a56a8; }
.print-hint { max-width: 210mm; margin: 0 auto 4mm; padding: 2mm 3mm; background: #fff8d6; border: 0.5pt solid #e0c65c; border-radius: 1.5mm; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .print-hint { display: none; }
}
@media screen and (max-width: 700px) {
  main { padding: 6mm; }
  .title-page { padding-top: 4mm; }
}
`;
