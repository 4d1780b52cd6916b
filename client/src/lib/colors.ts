/**
 * Presence colours: distinct, readable on white and as cursor labels with white text (each at
 * least 4.5:1 against white, WCAG AA for the 12 px name on a cursor).
 */
const PRESENCE = [
  "#cf450e",
  "#1971c2",
  "#28863a",
  "#ae3ec9",
  "#a65b00",
  "#0b7f92",
  "#c2255c",
  "#5f3dc4",
  "#4e800b",
  "#1864ab",
];

/** A stable colour for a participant id. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return PRESENCE[Math.abs(hash) % PRESENCE.length] as string;
}
