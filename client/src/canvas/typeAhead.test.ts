import { afterEach, describe, expect, it, vi } from "vitest";
import { awaitTextFor, holdKey, takeHeldText } from "./typeAhead";

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ...mods }) as KeyboardEvent;

describe("keys typed before a new card's text takes focus", () => {
  afterEach(() => vi.useRealTimers());

  it("are held for that card, shortcuts included, and given once", () => {
    awaitTextFor("c1");
    for (const k of "Kort 2") expect(holdKey(key(k))).toBe(true);
    expect(takeHeldText("other")).toBeNull();
    expect(takeHeldText("c1")).toEqual(expect.objectContaining({ text: "Kort 2", done: false }));
    expect(takeHeldText("c1")).toBeNull();
    expect(holdKey(key("2"))).toBe(false);
  });

  it("end at Escape, and leave modified and non-text keys alone", () => {
    awaitTextFor("c2");
    expect(holdKey(key("z", { ctrlKey: true }))).toBe(false);
    expect(holdKey(key("ArrowLeft"))).toBe(false);
    expect(holdKey(key("a"))).toBe(true);
    expect(holdKey(key("Escape"))).toBe(true);
    expect(holdKey(key("b"))).toBe(false);
    expect(takeHeldText("c2")).toEqual(expect.objectContaining({ text: "a", done: true }));
  });

  it("are not held once the card has had time to open", () => {
    vi.useFakeTimers();
    awaitTextFor("c3");
    vi.advanceTimersByTime(2000);
    expect(holdKey(key("n"))).toBe(false);
    expect(takeHeldText("c3")).toBeNull();
  });
});
