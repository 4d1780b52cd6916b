/** Presence colours: distinct, readable on white and as cursor labels with white text. */
const PRESENCE = [
  "#d9480f",
  "#1971c2",
  "#2f9e44",
  "#ae3ec9",
  "#e8590c",
  "#0c8599",
  "#c2255c",
  "#5f3dc4",
  "#66a80f",
  "#1864ab",
];

/** A stable colour for a participant id. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return PRESENCE[Math.abs(hash) % PRESENCE.length] as string;
}
