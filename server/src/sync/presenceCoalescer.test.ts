import { afterEach, describe, expect, it, vi } from "vitest";
import { PresenceCoalescer } from "./presenceCoalescer";

describe("PresenceCoalescer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a lone change at once, then at most once per window however many arrive", () => {
    vi.useFakeTimers();
    const window = new PresenceCoalescer(50);
    let flushes = 0;
    const room = { flushPresence: () => void flushes++ };
    window.mark(room);
    vi.advanceTimersByTime(0);
    expect(flushes).toBe(1);
    // A burst right after: held to the end of the window, then one flush for all of it.
    for (let i = 0; i < 100; i++) window.mark(room);
    vi.advanceTimersByTime(49);
    expect(flushes).toBe(1);
    vi.advanceTimersByTime(1);
    expect(flushes).toBe(2);
    // Moves every 10 ms for a second: about 20 flushes, never more.
    for (let t = 0; t < 1000; t += 10) {
      window.mark(room);
      vi.advanceTimersByTime(10);
    }
    expect(flushes - 2).toBeLessThanOrEqual(21);
    expect(flushes - 2).toBeGreaterThanOrEqual(19);
  });

  it("flushes every room that changed with one timer", () => {
    vi.useFakeTimers();
    const window = new PresenceCoalescer(50);
    const flushed: string[] = [];
    const rooms = ["a", "b", "c"].map((id) => ({ flushPresence: () => void flushed.push(id) }));
    for (const room of rooms) window.mark(room);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(0);
    expect(flushed).toEqual(["a", "b", "c"]);
  });
});
