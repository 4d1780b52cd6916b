import { describe, expect, it } from "vitest";
import { groupForLatecomer } from "./groups";

const view = (members: Record<string, string>) => ({
  groups: [{ id: "sea" }, { id: "space" }, { id: "land" }] as never,
  members,
});
const people = [
  { id: "kari", actorGroup: "industry" as const },
  { id: "lars", actorGroup: "research" as const },
  { id: "per", actorGroup: "industry" as const },
  { id: "ingrid", actorGroup: "public" as const },
];

describe("groupForLatecomer", () => {
  it("puts a latecomer in the smallest group", () => {
    expect(groupForLatecomer(view({ kari: "sea", lars: "space", per: "sea" }), people, "civil")).toBe("land");
  });

  it("among groups of one size, in the one with fewest of their actor group", () => {
    expect(groupForLatecomer(view({ kari: "sea", lars: "space", ingrid: "land" }), people, "industry")).toBe("space");
    expect(groupForLatecomer(view({ kari: "sea", lars: "space", ingrid: "land" }), people, "research")).toBe("sea");
  });

  it("has no group to give when there are none", () => {
    expect(groupForLatecomer({ groups: [], members: {} }, people, "industry")).toBeNull();
  });
});
