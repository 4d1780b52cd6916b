import type { CardColor, CardKind } from "../domain";

/**
 * The board's palette, written once: the app sets it as CSS custom properties at start, the
 * minimap reads it, and the exported image uses it, so all three look like the same board.
 */

/** Each kind's ink: the toolbar dot, the card's heading, the minimap, the image's kind stripe. */
export const KIND_COLORS: Readonly<Record<CardKind, string>> = {
  strength: "#2f9e66",
  opportunity: "#2f74c0",
  idea: "#c99a06",
  challenge: "#c94a63",
  question: "#7d55c7",
};

/** Each card colour's fill (zones use it too, more transparent). */
export const CARD_FILLS: Readonly<Record<CardColor, string>> = {
  yellow: "#fff3c4",
  green: "#dcf3e4",
  blue: "#dde9fb",
  pink: "#fbe1e6",
  purple: "#ece3fb",
  orange: "#ffe6cf",
  grey: "#edf0f4",
};

/** The palette as the CSS custom properties styles.css reads: `--k-<kind>` and `--c-<colour>`. */
export function paletteCssProperties(): Array<[name: string, value: string]> {
  return [
    ...Object.entries(KIND_COLORS).map(([kind, value]): [string, string] => [`--k-${kind}`, value]),
    ...Object.entries(CARD_FILLS).map(([color, value]): [string, string] => [`--c-${color}`, value]),
  ];
}
