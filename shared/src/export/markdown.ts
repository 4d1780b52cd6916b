import type { BoardModel } from "../board/model";
import { CARD_KINDS, type Language } from "../domain";
import { ACTION_TEXT_FIELDS, type ActionItem } from "../plan/actionItem";
import { escapeMarkdown } from "./escape";
import { EXPORT_LABELS } from "./labels";

export interface ExportContext {
  title: string;
  region: string | null;
  language: Language;
  exportedAt: Date;
  /** The action plan, in plan order. */
  actionItems?: readonly ActionItem[];
  /** Revealed voting rounds, oldest first; unrevealed rounds never reach an export. */
  votes?: ReadonlyArray<{ title: string; results: ReadonlyArray<{ targetId: string; count: number }> }>;
}

/** The workshop as Markdown: cards grouped by kind, links with labels, zones, then the notes. */
export function boardToMarkdown(board: BoardModel, notesMarkdown: string, ctx: ExportContext): string {
  const l = EXPORT_LABELS[ctx.language];
  const out: string[] = [`# ${escapeMarkdown(ctx.title || l.untitled)}`, ""];
  const meta = [
    ctx.region ? `${l.region}: ${escapeMarkdown(ctx.region)}` : null,
    `${l.exported}: ${ctx.exportedAt.toISOString().slice(0, 10)}`,
  ];
  out.push(meta.filter(Boolean).join(" · "), "");

  const textOf = new Map(board.cards.map((c) => [c.id, c.text]));
  for (const kind of CARD_KINDS) {
    const cards = board.cards.filter((c) => c.kind === kind);
    if (cards.length === 0) continue;
    out.push(`## ${l.kindsPlural[kind]} (${cards.length})`, "");
    for (const card of cards) {
      out.push(`- ${escapeMarkdown(card.text.trim() || l.untitled)} — *${l.groups[card.authorGroup]}*`);
    }
    out.push("");
  }

  out.push(`## ${l.links} (${board.links.length})`, "");
  if (board.links.length === 0) out.push(l.empty);
  for (const link of board.links) {
    const from = escapeMarkdown(textOf.get(link.source)?.trim() || l.untitled);
    const to = escapeMarkdown(textOf.get(link.target)?.trim() || l.untitled);
    const label = link.label.trim() ? `: ${escapeMarkdown(link.label.trim())}` : "";
    out.push(`- **${from}** ↔ **${to}**${label}`);
  }
  out.push("");

  const revealed = ctx.votes ?? [];
  if (revealed.length > 0) {
    const linkText = new Map(
      board.links.map((link) => [
        link.id,
        `${textOf.get(link.source)?.trim() || l.untitled} ↔ ${textOf.get(link.target)?.trim() || l.untitled}`,
      ]),
    );
    out.push(`## ${l.votes}`, "");
    revealed.forEach((round, i) => {
      out.push(`### ${escapeMarkdown(round.title.trim() || `${l.votes} ${i + 1}`)}`, "");
      round.results.forEach((r, rank) => {
        const what = textOf.get(r.targetId)?.trim() || linkText.get(r.targetId) || l.untitled;
        out.push(`${rank + 1}. ${escapeMarkdown(what)} — ${r.count}`);
      });
      out.push("");
    });
  }

  const items = ctx.actionItems ?? [];
  if (items.length > 0) {
    out.push(`## ${l.actionPlan}`, "");
    // Numbered as plan documents number them: focus areas "1.", items "a.", "b." under each.
    const areas = new Map<string, ActionItem[]>();
    for (const item of items) areas.set(item.focusArea.trim(), [...(areas.get(item.focusArea.trim()) ?? []), item]);
    const ordered = [...areas.entries()].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0));
    ordered.forEach(([area, list], i) => {
      out.push(`### ${i + 1}. ${escapeMarkdown(area || l.otherArea)}`, "");
      list.forEach((item, j) => {
        out.push(`#### ${String.fromCharCode(97 + (j % 26))}. ${escapeMarkdown(item.title.trim() || l.untitled)}`, "");
        out.push(`- **${l.priority}:** ${item.priority} · **${l.status}:** ${l.statuses[item.status]}`);
        for (const field of ACTION_TEXT_FIELDS) {
          if (field === "title" || field === "focusArea" || !item[field].trim()) continue;
          out.push(`- **${l.fields[field]}:** ${escapeMarkdown(item[field].trim(), "  ")}`);
        }
        if (item.provenance.actorGroups.length > 0 || item.provenance.votes > 0) {
          out.push(
            `- **${l.actorGroups}:** ${item.provenance.actorGroups.map((g) => l.groups[g]).join(", ") || l.empty} · **${l.votes}:** ${item.provenance.votes}`,
          );
        }
        out.push("");
      });
    });
  }

  if (board.zones.length > 0) {
    out.push(`## ${l.zones}`, "");
    for (const zone of board.zones) out.push(`- ${escapeMarkdown(zone.title || l.untitled)}`);
    out.push("");
  }

  out.push(`## ${l.notes}`, "", notesMarkdown.trim() || l.empty, "");
  return out.join("\n");
}
