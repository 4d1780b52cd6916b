import type * as Y from "yjs";

/**
 * Turns a whole-string edit into the smallest Y.Text insert/delete around the common prefix and
 * suffix, so two people typing into one card merge instead of overwriting each other.
 */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const prev = ytext.toString();
  if (prev === next) return;
  let start = 0;
  const minLen = Math.min(prev.length, next.length);
  while (start < minLen && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  // Never split a surrogate pair (emoji, some Sámi fonts' combining sequences stay whole).
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  const doc = ytext.doc;
  const run = () => {
    if (endPrev > start) ytext.delete(start, endPrev - start);
    if (endNext > start) ytext.insert(start, next.slice(start, endNext));
  };
  if (doc) doc.transact(run, undefined);
  else run();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
