import type { Language } from "../domain";

/**
 * Nordic conventions in what the workshop exports: dates, decimals and the CSV separator as a
 * county planner's Word and Excel expect them in each language.
 */

/** The locale each language's numbers are written in. */
export const LOCALES: Record<Language, string> = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" };

/** Workshops happen in Norway and Sweden: a report made at 00:30 there is dated that day, not UTC's. */
const TIME_ZONE = "Europe/Oslo";

/**
 * A date as each language writes it: 23.11.2026 (nb), 2026-11-23 (sv), 23 November 2026 (en).
 * Built from the calendar parts rather than left to the locale's default pattern, which differs
 * between ICU versions (a browser and the server must write the same thing).
 */
export function formatDate(date: Date, language: Language): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const [day, month, year] = [part("day"), part("month"), part("year")];
  if (language === "nb") return `${day}.${month}.${year}`;
  if (language === "sv") return `${year}-${month}-${day}`;
  const monthName = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, month: "long" }).format(date);
  return `${Number(day)} ${monthName} ${year}`;
}

/** A calendar day ("2027-03-01") as the language writes dates, without a time zone to shift it. */
export function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split("-");
  if (language === "nb") return `${date}.${month}.${year}`;
  if (language === "sv") return day;
  const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
  return `${Number(date)} ${monthName} ${year}`;
}

/** Milestones in the language's date style, one after another; empty when there are none. */
export function milestonesInWords(
  milestones: ReadonlyArray<{ date: string; text: string }>,
  labels: { language: Language },
): string {
  return milestones.map((m) => `${formatDay(m.date, labels.language)} ${m.text.trim()}`.trim()).join("; ");
}

/** A number with a fixed count of decimals in the language's way: 4,5 (nb, sv), 4.5 (en). */
export function formatDecimal(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

export const CSV_SEPARATORS = ["semicolon", "comma", "tab"] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const CSV_SEPARATOR_CHAR: Record<CsvSeparator, string> = { semicolon: ";", comma: ",", tab: "\t" };

/**
 * Excel in Norway and Sweden splits CSV on semicolons (the comma is their decimal sign), in
 * English on commas: the separator a file opens correctly with by a double-click.
 */
export const csvSeparatorFor = (language: Language): CsvSeparator => (language === "en" ? "comma" : "semicolon");
