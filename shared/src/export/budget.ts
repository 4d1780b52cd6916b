import { type Budget, type Currency, currencyFor } from "../plan/actionItem";
import type { ExportLabels } from "./labels";
import { formatDecimal, LOCALES } from "./locale";

/** The currency a budget is in: its own, or the workshop's. */
export const budgetCurrency = (budget: Budget, labels: ExportLabels): Currency =>
  budget.currency ?? currencyFor(labels.language);

/** An amount as the language writes money: 4 500 000 kr (nb, sv), NOK 4,500,000 (en). */
export function formatMoney(amount: number, currency: Currency, labels: ExportLabels): string {
  return new Intl.NumberFormat(LOCALES[labels.language], {
    style: "currency",
    currency,
    currencyDisplay: labels.language === "en" ? "code" : "symbol",
    maximumFractionDigits: 0,
  })
    .format(amount)
    .replace(/\u00a0/g, " ");
}

/** Person-years: 2 årsverk, 2,5 årsverk, 1 FTE. */
export const formatFte = (fte: number, labels: ExportLabels): string =>
  `${formatDecimal(fte, labels.language, Number.isInteger(fte) ? 0 : 1)} ${labels.fte}`;

/** A budget in words for the documents ("2,5 årsverk · 4 500 000 kr"); empty when nothing is given. */
export function budgetInWords(budget: Budget, labels: ExportLabels): string {
  return [
    ...(budget.fte !== null ? [formatFte(budget.fte, labels)] : []),
    ...(budget.amount !== null ? [formatMoney(budget.amount, budgetCurrency(budget, labels), labels)] : []),
  ].join(" · ");
}
