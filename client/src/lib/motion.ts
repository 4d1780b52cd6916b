/**
 * How long a camera move (pan, zoom, fit) takes: none for people who ask their system for less
 * motion, who then see the board jump to the new view. CSS cannot reach these: React Flow animates
 * the viewport in script.
 */
export function cameraMs(ms: number): number {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches ? 0 : ms;
}
