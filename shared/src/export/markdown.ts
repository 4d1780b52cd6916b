import { escapeMarkdown } from "./escape";
import { groupMembersInWords } from "./groups";
import { blocksToMarkdown } from "./notes";
import { participationInWords, participationTable } from "./participation";
import { matrixPosition, type Report } from "./report";

/** The report as Markdown: the same sections, order and numbering as the Word and print exports. */
export function reportToMarkdown(report: Report): string {
  const l = report.labels;
  const md = (text: string) => escapeMarkdown(text);
  const out: string[] = [`# ${md(report.title)}`, ""];
  const meta = [report.region ? `${l.region}: ${md(report.region)}` : null, `${l.exported}: ${report.date}`];
  out.push(meta.filter(Boolean).join(" · "), "");

  if (report.participantCount > 0) {
    out.push(`## ${l.participants} (${report.participantCount})`, "");
    for (const p of report.participants) {
      out.push(`- **${md(p.group)}** (${p.count})${p.names.length ? `: ${p.names.map(md).join(", ")}` : ""}`);
    }
    if (report.anonymous) out.push("", `*${l.namesHidden}*`);
    out.push("");
  }
  if (report.observers.count > 0) {
    const names = report.observers.names.map(md).join(", ");
    out.push(`**${l.observers}** (${report.observers.count})${names ? `: ${names}` : ""}`, "");
  }

  for (const kind of report.kinds) {
    out.push(`## ${kind.heading} (${kind.cards.length})`, "");
    for (const card of kind.cards) out.push(`- ${md(card.text)} — *${card.group}*`);
    out.push("");
  }

  out.push(`## ${l.links} (${report.links.length})`, "");
  if (report.links.length === 0) out.push(l.empty);
  for (const link of report.links) {
    out.push(`- **${md(link.from)}** ↔ **${md(link.to)}**${link.label ? `: ${md(link.label)}` : ""}`);
  }
  out.push("");

  if (report.groups.length > 0) {
    out.push(`## ${l.thematicGroups} (${report.groups.length})`, "");
    for (const group of report.groups) {
      out.push(`### ${md(group.name)}`, "");
      out.push(`- **${l.groupZone}:** ${group.zone ? md(group.zone) : l.noZone}`);
      out.push(`- **${l.members}** (${group.memberCount}): ${md(groupMembersInWords(group)) || l.empty}`);
      out.push(`- **${l.rapporteur}:** ${group.rapporteur ? md(group.rapporteur) : l.empty}`);
      out.push(`- **${l.groupSummary}:** ${group.summary ? escapeMarkdown(group.summary, "  ") : l.empty}`);
      out.push("");
    }
  }

  if (report.participation.rows.length > 0) {
    const table = participationTable(report.participation, l);
    out.push(`## ${l.participation}`, "", l.participationLead, "");
    out.push(`| ${table.header.map(md).join(" | ")} |`, `|${table.header.map(() => " --- |").join("")}`);
    for (const row of table.rows) out.push(`| ${row.map(md).join(" | ")} |`);
    out.push("");
    for (const line of participationInWords(report.participation, l)) out.push(`- ${md(line)}`);
    out.push("");
  }

  if (report.votes.length > 0) {
    out.push(`## ${l.votes}`, "");
    for (const round of report.votes) {
      out.push(`### ${md(round.title)}`, "");
      for (const row of round.rows) out.push(`${row.rank}. ${md(row.text)} — ${row.count}`);
      out.push("");
    }
  }

  if (report.scoring.length > 0) {
    out.push(`## ${l.scores}`, "");
    const cell = (text: string) => md(text).replaceAll("|", "\\|");
    for (const round of report.scoring) {
      out.push(`### ${md(round.title)}`, "");
      out.push(`| ${round.header.map(cell).join(" | ")} |`);
      out.push(`|${round.header.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
      // Only the target is free text; the numbers go in as they are ("3.7", not "3\\.7").
      for (const row of round.rows) out.push(`| ${row.map((v, i) => (i === 0 ? cell(v) : v)).join(" | ")} |`);
      out.push("");
    }
  }

  if (report.plan.length > 0) {
    out.push(`## ${l.actionPlan}`, "");
    for (const area of report.plan) {
      out.push(`### ${area.number}. ${md(area.title)}`, "");
      for (const item of area.items) {
        out.push(`#### ${item.letter}. ${md(item.title)}`, "");
        out.push(`- **${l.priority}:** ${item.priority} · **${l.status}:** ${item.status}`);
        if (item.goalType) out.push(`- **${l.goalType}:** ${item.goalType}`);
        for (const f of item.fields) {
          if (f.value) out.push(`- **${f.label}:** ${escapeMarkdown(f.value, "  ")}`);
        }
        if (item.budget) out.push(`- **${l.budget}:** ${md(item.budget)}`);
        if (item.milestones) out.push(`- **${l.milestones}:** ${md(item.milestones)}`);
        if (item.actorGroups || item.votes > 0) {
          out.push(`- **${l.actorGroups}:** ${item.actorGroups || l.empty} · **${l.votes}:** ${item.votes}`);
        }
        if (item.scores) out.push(`- **${l.scores}:** ${md(item.scores)}`);
        if (item.basedOn.length > 0) out.push(`- **${l.basedOn}:** ${item.basedOn.map(md).join("; ")}`);
        if (item.matrix) out.push(`- **${l.matrix}:** ${matrixPosition(report, item.matrix)}`);
        if (item.openChallenges.length > 0) {
          out.push(`- **${l.openChallenges}:** ${item.openChallenges.map(md).join("; ")}`);
        }
        out.push("");
      }
    }

    const placed = report.matrix.quadrants.filter((q) => q.items.length > 0);
    if (placed.length > 0) {
      out.push(`## ${l.matrix}`, "");
      for (const q of placed) {
        out.push(`### ${q.label}`, "");
        for (const item of q.items) out.push(`- ${item.number}. ${md(item.title)}`);
        out.push("");
      }
      if (report.matrix.unplaced.length > 0) {
        out.push(`### ${l.notPlaced}`, "");
        for (const item of report.matrix.unplaced) out.push(`- ${item.number}. ${md(item.title)}`);
        out.push("");
      }
    }
  }

  const { open, answered } = report.challenges;
  if (open.length + answered.length > 0) {
    out.push(`## ${l.openChallenges} (${open.length})`, "");
    if (open.length === 0) out.push(l.empty);
    for (const c of open) out.push(`- ${md(c.text)} — *${c.group}* · **${l.challengeOn}:** ${md(c.on)}`);
    out.push("");
    if (answered.length > 0) {
      out.push(`## ${l.answeredChallenges} (${answered.length})`, "");
      for (const c of answered) {
        out.push(`- ${md(c.text)} — *${c.group}* · **${l.challengeOn}:** ${md(c.on)}`);
        out.push(`  **${l.answer}:** ${escapeMarkdown(c.answer, "  ")}`);
      }
      out.push("");
    }
  }

  if (report.zones.length > 0) {
    out.push(`## ${l.zones}`, "");
    for (const zone of report.zones) out.push(`- ${md(zone)}`);
    out.push("");
  }

  out.push(`## ${l.notes}`, "", blocksToMarkdown(report.notes).trim() || l.empty, "");
  return out.join("\n");
}
