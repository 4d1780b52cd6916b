import { describe, expect, it } from "vitest";
import { timerLook, WARNING_MS } from "./timerLook";

describe("timerLook", () => {
  it("counts down plainly, warns in the last minute and says when time is up", () => {
    expect(timerLook(10 * 60_000, "running")).toBe("running");
    expect(timerLook(WARNING_MS + 1, "running")).toBe("running");
    expect(timerLook(WARNING_MS, "running")).toBe("warning");
    expect(timerLook(1, "running")).toBe("warning");
    expect(timerLook(0, "running")).toBe("up");
  });

  it("shows a paused timer as paused, even in its last minute, and at zero as up", () => {
    expect(timerLook(30_000, "paused")).toBe("paused");
    expect(timerLook(0, "paused")).toBe("up");
  });
});
