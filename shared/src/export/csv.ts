import type { BoardModel } from "../board/model";
import type { ActionItem } from "../plan/actionItem";
import { groupMembersInWords, type ReportGroup } from "./groups";
import type { ExportLabels } from "./labels";
import { CSV_SEPARATOR_CHAR, type CsvSeparator, csvSeparatorFor } from "./locale";
import { actionPlanTable } from "./table";

/** Byte order mark: Excel reads UTF-8 (æ ø å ä ö, Sámi letters) only with it. */
export const UTF8_BOM = "\uFEFF";

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return that hides one) as
 * a formula. A leading apostrophe makes it text (OWASP's advice for CSV injection).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV cell: neutralised, then quoted if it holds a separator (any of them), a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = neutralizeFormula(String(value));
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The action plan as CSV, one row per item, with headings in the workshop's language; given the
 * board, with each item's open challenges. Thematic groups are not rows of the plan, so they follow
 * as a table of their own after one empty row (spreadsheets show both; none when there are none).
 * Cells are separated as Excel expects in the workshop's language (semicolons in nb and sv, where
 * the comma is the decimal sign) unless another separator is asked for.
 */
export function actionItemsToCsv(
  items: readonly ActionItem[],
  labels: ExportLabels,
  board?: BoardModel,
  groups: readonly ReportGroup[] = [],
  separator: CsvSeparator = csvSeparatorFor(labels.language),
): string {
  const { header, rows } = actionPlanTable(items, labels, board);
  const tables = [[header, ...rows], ...(groups.length > 0 ? [groupsTable(groups, labels)] : [])];
  const sep = CSV_SEPARATOR_CHAR[separator];
  const text = tables.map((table) => table.map((row) => row.map(csvCell).join(sep)).join("\r\n")).join("\r\n\r\n");
  return `${UTF8_BOM + text}\r\n`;
}

/** One row per thematic group: its name, zone, members, rapporteur and summary. */
function groupsTable(groups: readonly ReportGroup[], labels: ExportLabels): string[][] {
  return [
    [labels.thematicGroup, labels.groupZone, labels.members, labels.rapporteur, labels.groupSummary],
    ...groups.map((g) => [g.name, g.zone ?? labels.noZone, groupMembersInWords(g), g.rapporteur ?? "", g.summary]),
  ];
}
