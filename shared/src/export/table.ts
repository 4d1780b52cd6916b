import { challengesByTarget, isOpenChallenge, itemChallenges } from "../board/challenges";
import type { BoardModel } from "../board/model";
import { ACTION_TEXT_FIELDS, type ActionItem } from "../plan/actionItem";
import { numberPlan } from "../plan/numbering";
import { budgetCurrency } from "./budget";
import { escapeHtml } from "./html";
import type { ExportLabels } from "./labels";
import { formatDecimal, milestonesInWords } from "./locale";
import { scoresInWords } from "./scores";

/**
 * The action plan as one table, one row per item in plan order: what CSV and "Copy as table" share.
 * Given the board, a last column lists each item's open challenges (on it or on what it came from).
 */
export function actionPlanTable(
  items: readonly ActionItem[],
  labels: ExportLabels,
  board?: BoardModel,
): { header: string[]; rows: Array<Array<string | number>> } {
  const byTarget = board ? challengesByTarget(board) : null;
  const openChallenges = (item: ActionItem) =>
    board && byTarget
      ? [
          itemChallenges(board, item, byTarget)
            .filter(isOpenChallenge)
            .map((c) => `${c.text.trim() || labels.untitled} (${labels.groups[c.authorGroup]})`)
            .join("; "),
        ]
      : [];
  const header = [
    labels.number,
    ...ACTION_TEXT_FIELDS.map((f) => labels.fields[f]),
    // Numbers a spreadsheet can sum: no grouping, the language's decimal sign, the currency apart.
    `${labels.budget}: ${labels.fte}`,
    `${labels.budget}: ${labels.amount}`,
    labels.currency,
    labels.milestones,
    labels.priority,
    labels.goalType,
    labels.status,
    labels.actorGroups,
    labels.votes,
    labels.scores,
    ...(board ? [labels.openChallenges] : []),
  ];
  const rows = numberPlan(items).flatMap((area) =>
    area.items.map(({ item, number }) => [
      number,
      ...ACTION_TEXT_FIELDS.map((f) => item[f]),
      item.budget.fte === null
        ? ""
        : formatDecimal(item.budget.fte, labels.language, Number.isInteger(item.budget.fte) ? 0 : 1),
      item.budget.amount === null ? "" : formatDecimal(item.budget.amount, labels.language, 0),
      item.budget.amount === null ? "" : budgetCurrency(item.budget, labels),
      milestonesInWords(item.milestones, labels),
      item.priority ? labels.priorities[item.priority] : "",
      item.goalType ? labels.goalTypes[item.goalType] : "",
      labels.statuses[item.status],
      item.provenance.actorGroups.map((g) => labels.groups[g]).join(", "),
      item.provenance.votes,
      scoresInWords(item.provenance.scores, labels),
      ...openChallenges(item),
    ]),
  );
  return { header, rows };
}

/**
 * The plan for the clipboard: an HTML table that Word, Google Docs and LibreOffice paste as a real
 * table, and tab-separated text for everything else (spreadsheets, plain editors).
 */
export function actionPlanClipboard(
  items: readonly ActionItem[],
  labels: ExportLabels,
  board?: BoardModel,
): { html: string; text: string } {
  const { header, rows } = actionPlanTable(items, labels, board);
  const cell = (tag: "th" | "td", value: string | number) =>
    `<${tag} style="border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left">${escapeHtml(String(value)).replace(/\r?\n/g, "<br>")}</${tag}>`;
  const html = `<table style="border-collapse:collapse"><thead><tr>${header.map((h) => cell("th", h)).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((v) => cell("td", v)).join("")}</tr>`)
    .join("")}</tbody></table>`;
  const flat = (value: string | number) =>
    String(value)
      .replace(/[\t\r\n]+/g, " ")
      .trim();
  const text = [header, ...rows].map((row) => row.map(flat).join("\t")).join("\n");
  return { html, text };
}
