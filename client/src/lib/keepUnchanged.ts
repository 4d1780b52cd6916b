/**
 * `next`, with every part that deep-equals its counterpart in `prev` replaced by that counterpart.
 *
 * The server pushes the whole session view on every change. Without this, each push is all new
 * objects, so every memo and selector keyed on, say, the voting rounds recomputes when only the
 * timer moved. With it, an unchanged part keeps its identity and what depends on it stays put.
 */
export function keepUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const kept = keepUnchanged(prev[i], item);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    let same = prevKeys.length === nextKeys.length;
    const out: Record<string, unknown> = {};
    for (const key of nextKeys) {
      const kept = keepUnchanged(prev[key], next[key]);
      if (!Object.hasOwn(prev, key) || kept !== prev[key]) same = false;
      out[key] = kept;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
