import type { BoardModel } from "../board/model";
import type { ActionItem } from "../plan/actionItem";
import type { ExportLabels } from "./labels";
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

/** One CSV cell: neutralised, then quoted if it holds a separator, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = neutralizeFormula(String(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The action plan as CSV, one row per item, with headings in the workshop's language; given the
 * board, with each item's open challenges.
 */
export function actionItemsToCsv(items: readonly ActionItem[], labels: ExportLabels, board?: BoardModel): string {
  const { header, rows } = actionPlanTable(items, labels, board);
  return `${UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
