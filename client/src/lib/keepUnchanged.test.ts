import { describe, expect, it } from "vitest";
import { keepUnchanged } from "./keepUnchanged";

describe("keepUnchanged", () => {
  it("returns the previous object when nothing changed", () => {
    const prev = { votes: [{ id: "v1", results: [{ targetId: "a", count: 2 }] }], timer: { endsAt: 5 } };
    const next = structuredClone(prev);
    expect(keepUnchanged(prev, next)).toBe(prev);
  });

  it("keeps unchanged parts and gives changed ones new identities", () => {
    const prev = { votes: [{ id: "v1" }], scoring: [{ id: "s1", status: "open" }], timer: { endsAt: 5 } };
    const next = { votes: [{ id: "v1" }], scoring: [{ id: "s1", status: "revealed" }], timer: { endsAt: 5 } };
    const kept = keepUnchanged(prev, next);
    expect(kept).not.toBe(prev);
    expect(kept).toEqual(next);
    expect(kept.votes).toBe(prev.votes);
    expect(kept.timer).toBe(prev.timer);
    expect(kept.scoring).not.toBe(prev.scoring);
  });

  it("sees added, removed and reordered entries", () => {
    const prev = { list: [1, 2], map: { a: 1 } as Record<string, number> };
    expect(keepUnchanged(prev, { list: [1, 2, 3], map: { a: 1 } }).list).toEqual([1, 2, 3]);
    expect(keepUnchanged(prev, { list: [2, 1], map: { a: 1 } }).list).toEqual([2, 1]);
    const fewer = keepUnchanged(prev, { list: [1, 2], map: {} });
    expect(fewer.map).toEqual({});
    expect(fewer.list).toBe(prev.list);
    // A key that was absent and is now undefined is a change too.
    expect(Object.hasOwn(keepUnchanged({ a: 1 } as Record<string, unknown>, { a: 1, b: undefined }), "b")).toBe(true);
  });

  it("takes the new value where types differ", () => {
    expect(keepUnchanged(null, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnchanged({ a: 1 }, null)).toBeNull();
    expect(keepUnchanged([1], { 0: 1 })).toEqual({ 0: 1 });
  });
});
