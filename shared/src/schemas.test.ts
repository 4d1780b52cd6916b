import { describe, expect, it } from "vitest";
import { CreateWorkshopBody, JoinBody, WorkshopId } from "./schemas";

describe("schemas", () => {
  it("accepts Nordic and Sámi titles and trims them", () => {
    const parsed = CreateWorkshopBody.parse({ title: "  Sámediggi – Áltá ", language: "nb" });
    expect(parsed.title).toBe("Sámediggi – Áltá");
  });
  it("rejects control characters, empty names and unknown groups", () => {
    expect(CreateWorkshopBody.safeParse({ title: "a\u0000b" }).success).toBe(false);
    expect(JoinBody.safeParse({ invite: "x".repeat(43), name: " ", actorGroup: "industry" }).success).toBe(false);
    expect(JoinBody.safeParse({ invite: "x".repeat(43), name: "Åse", actorGroup: "pirates" }).success).toBe(false);
  });
  it("only lets safe workshop ids through", () => {
    expect(WorkshopId.safeParse("abcdEFGH1234_-xy").success).toBe(true);
    expect(WorkshopId.safeParse("../../etc/passwd").success).toBe(false);
    expect(WorkshopId.safeParse("abc' OR 1=1 --xx").success).toBe(false);
  });
});
