/**
 * Keys typed between pressing "add a card" and the new card's text taking focus (a render or two
 * later) would be lost, or worse, run as board shortcuts ("2" adds another card). They are held
 * here and typed into the new card when its text takes focus; an Escape among them ends the edit.
 */
const HOLD_MS = 1500;

let awaited: { id: string; since: number; text: string; done: boolean } | null = null;

/** A card (or private draft) was just added and its text will take focus. */
export function awaitTextFor(nodeId: string): void {
  awaited = { id: nodeId, since: performance.now(), text: "", done: false };
}

/** True when the key was held for the card about to open (the caller stops the key). */
export function holdKey(e: KeyboardEvent): boolean {
  if (!awaited) return false;
  if (performance.now() - awaited.since > HOLD_MS) {
    awaited = null;
    return false;
  }
  if (awaited.done || e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === "Escape") awaited.done = true;
  else if (e.key.length === 1) awaited.text += e.key;
  else return false;
  return true;
}

/** What was typed for this node before it could take it; once. */
export function takeHeldText(nodeId: string): { text: string; done: boolean } | null {
  if (awaited?.id !== nodeId) return null;
  const held = awaited;
  awaited = null;
  return held;
}
