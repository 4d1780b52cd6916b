import { describe, expect, it } from "vitest";
import type { ParticipantRow } from "../storage/types";
import { presentParticipantList } from "./participantList";

const row = (
  id: string,
  name: string,
  role: ParticipantRow["role"],
  removedAt: string | null = null,
): ParticipantRow => ({
  id,
  workshopId: "w",
  name,
  actorGroup: "industry",
  organisation: "",
  role,
  createdAt: "2025-01-01T00:00:00.000Z",
  removedAt,
});
const rows = [
  row("f", "Åse", "facilitator"),
  row("k", "Kari", "participant"),
  row("l", "Lars", "participant"),
  row("x", "Borte", "participant", "2025-01-02T00:00:00.000Z"),
];
const isOnline = (id: string) => id === "k";
const names = (viewer: ParticipantRow | undefined, anonymous: boolean) =>
  presentParticipantList(rows, { anonymous, viewer, isOnline }).map((p) => p.name);

describe("presentParticipantList", () => {
  it("leaves removed people out and says who is online", () => {
    const list = presentParticipantList(rows, { anonymous: false, viewer: rows[1], isOnline });
    expect(list.map((p) => [p.id, p.online])).toEqual([
      ["f", false],
      ["k", true],
      ["l", false],
    ]);
  });

  it("in anonymous mode shows a participant only their own name, and a facilitator every name", () => {
    expect(names(rows[1], true)).toEqual(["", "Kari", ""]);
    expect(names(rows[0], true)).toEqual(["Åse", "Kari", "Lars"]);
    expect(names(rows[1], false)).toEqual(["Åse", "Kari", "Lars"]);
  });
});
