import type { Rect } from "./placement";

/**
 * How a card's text is set: on the board (`.card-text` in the client's styles.css, which must
 * agree) and in the SVG export alike, so that placement, the board and the export all reckon with
 * the same card height.
 */
export const CARD_TEXT = {
  /** Font size in px (0.98rem). */
  size: 15.68,
  /** Line height in px (1.35 × size). */
  line: 21.2,
  /** Padding left and right of the text (0.75rem). */
  padX: 12,
  /** Everything above and below the text: the kind header (23), the text's padding (9.6), the author footer (26). */
  chrome: 59,
  /** Lines a card of the default height grows to; past them the text ends in an ellipsis. */
  maxLines: 8,
} as const;

/**
 * Advance widths of Noto Sans (the board's font where Inter is missing, and the export's), in
 * thousandths of the font size, so text is measured without loading a font. Accented letters
 * count as their base letter; anything else as an average lower-case letter.
 */
const LOWER = [
  561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786,
  529, 510, 470,
];
const UPPER = [
  639, 651, 632, 729, 556, 516, 726, 738, 279, 267, 614, 519, 907, 762, 779, 601, 779, 618, 549, 553, 728, 595, 924,
  577, 560, 571,
];
const OTHER: Record<string, number> = {
  " ": 260,
  ".": 268,
  ",": 268,
  ":": 268,
  ";": 268,
  "-": 322,
  "–": 500,
  "—": 1000,
  "!": 268,
  "?": 429,
  "'": 221,
  '"': 400,
  "(": 296,
  ")": 296,
  "/": 372,
  "&": 705,
  "%": 825,
  æ: 876,
  ø: 605,
  Æ: 884,
  Ø: 779,
  ß: 621,
};
/** Browsers round, kern and break a little differently: reckon slightly wide, never too narrow. */
const SLACK = 1.04;

function glyphWidth(ch: string): number {
  const known = OTHER[ch];
  if (known !== undefined) return known;
  const base = ch.normalize("NFD")[0] ?? ch;
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97] as number;
  if (code >= 65 && code <= 90) return UPPER[code - 65] as number;
  if (code >= 48 && code <= 57) return 572;
  return 560;
}

/** The width of `text` set at `size` px, estimated. */
export function textWidth(text: string, size: number = CARD_TEXT.size): number {
  let units = 0;
  for (const ch of text) units += glyphWidth(ch);
  return (units / 1000) * size * SLACK;
}

/** How wide a string is drawn at a font size, in px. */
export type MeasureText = (text: string, size: number) => number;

/**
 * Wraps text to lines that fit a width, as a browser would (at spaces, breaking words longer than
 * a line), with glyph widths estimated (`textWidth`): an SVG file has no layout engine, and the
 * server has no browser. Past `maxLines` the last line ends in an ellipsis.
 */
export function wrapLines(
  text: string,
  width: number,
  size: number = CARD_TEXT.size,
  maxLines = 8,
  measure: MeasureText = textWidth,
): string[] {
  const fits = (s: string) => measure(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && fits(`${line} ${word}`)) {
        line += ` ${word}`;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (!fits(rest)) {
        let n = 1;
        while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line);
    // Nothing past the cut is shown, so a very long text costs no more than its first lines.
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return lines;
  let last = lines[maxLines - 1] ?? "";
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  return [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`];
}

/** The fields of a card that decide how tall it is drawn. */
export interface CardBox {
  text: string;
  w: number;
  /** The height the user chose: the least the card is drawn with. */
  h: number;
}

export interface CardTextLayout {
  /** The lines shown, the last ending in "…" when the text is cut. */
  lines: string[];
  /** Whether the text is longer than the card shows. */
  clamped: boolean;
  /** The most lines this card shows. */
  maxLines: number;
  /** The height the card is drawn with: its own, or taller to fit its text. */
  height: number;
}

/** The most lines a card shows: `CARD_TEXT.maxLines`, or more on a card the user made taller. */
export function cardMaxLines(h: number): number {
  return Math.max(CARD_TEXT.maxLines, Math.floor((h - CARD_TEXT.chrome) / CARD_TEXT.line));
}

/** How a card's text is laid out and how tall the card is drawn, estimated without a browser. */
export function cardTextLayout(card: CardBox): CardTextLayout {
  const maxLines = cardMaxLines(card.h);
  const lines = wrapLines(card.text.trim(), card.w - 2 * CARD_TEXT.padX, CARD_TEXT.size, maxLines + 1);
  const clamped = lines.length > maxLines;
  const shown = clamped ? wrapLines(card.text.trim(), card.w - 2 * CARD_TEXT.padX, CARD_TEXT.size, maxLines) : lines;
  const height = Math.max(card.h, Math.ceil(CARD_TEXT.chrome + shown.length * CARD_TEXT.line));
  return { lines: shown, clamped, maxLines, height };
}

/** The height a card is drawn with: the user's height, grown to fit its text up to the line limit. */
export function cardHeight(card: CardBox): number {
  // Asked for every card whenever placement runs, and texts change one at a time: remember.
  const key = `${card.w}|${card.h}|${card.text}`;
  let height = heights.get(key);
  if (height === undefined) {
    if (heights.size >= 10_000) heights.clear();
    height = cardTextLayout(card).height;
    heights.set(key, height);
  }
  return height;
}
const heights = new Map<string, number>();

/** The rectangle a card covers on the board, with its grown height. */
export function cardRect(card: CardBox & { x: number; y: number }): Rect {
  return { x: card.x, y: card.y, w: card.w, h: cardHeight(card) };
}
