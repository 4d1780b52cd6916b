import type { ActorGroup, BoardCard, BoardLink, ParticipantInfo, SessionView } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import {
  type Activity,
  countContributions,
  countPresent,
  flagOf,
  NO_ACTIVITY,
  noteActivity,
  QUIET_MS,
  roomBalance,
} from "./balance";

const person = (id: string, actorGroup: ActorGroup, extra: Partial<ParticipantInfo> = {}): ParticipantInfo => ({
  id,
  name: id,
  organisation: "",
  actorGroup,
  role: "participant",
  online: true,
  ...extra,
});
const card = (authorId: string, authorGroup: ActorGroup): BoardCard => ({
  id: `c-${Math.random()}`,
  kind: "strength",
  text: "Kongekrabbe",
  x: 0,
  y: 0,
  w: 200,
  h: 120,
  color: "green",
  authorId,
  authorGroup,
  createdAt: 0,
});
const link = (authorGroup: ActorGroup): BoardLink => ({
  id: `l-${Math.random()}`,
  source: "a",
  target: "b",
  label: "",
  authorId: "x",
  authorGroup,
});
const session = (s: Partial<SessionView>) =>
  ({ draftCounts: null, votes: [], scoring: [], ...s }) as Pick<SessionView, "draftCounts" | "votes" | "scoring">;
const many = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

describe("counting the room by actor group", () => {
  it("counts people present who can contribute: not the offline, observers or facilitators", () => {
    const present = countPresent([
      person("kari", "industry"),
      person("ola", "industry"),
      person("lars", "research", { online: false }),
      person("oda", "public", { role: "observer" }),
      person("åse", "facilitator", { role: "facilitator" }),
      person("ánde", "external", { role: "critic" }),
    ]);
    expect(Object.fromEntries(present)).toEqual({ industry: 2, external: 1 });
  });

  it("counts cards, links, drafts, and voters and scorers of open rounds only", () => {
    const people = [person("kari", "industry"), person("lars", "research")];
    const round = (status: "open" | "closed", votersByGroup: Record<string, number>) =>
      ({ status, votersByGroup }) as unknown as SessionView["votes"][number];
    const counts = countContributions(
      { cards: [card("kari", "industry"), card("kari", "industry"), card("x", "public")], links: [link("research")] },
      session({
        draftCounts: { lars: 3, gone: 2 },
        votes: [round("open", { industry: 1, research: 1 }), round("closed", { industry: 5 })],
        scoring: [{ status: "open", scorersByGroup: { public: 2 } } as unknown as SessionView["scoring"][number]],
      }),
      people,
    );
    expect(counts.get("industry")).toEqual({ cards: 2, links: 0, votes: 1, scores: 0 });
    expect(counts.get("research")).toEqual({ cards: 3, links: 1, votes: 1, scores: 0 });
    expect(counts.get("public")).toEqual({ cards: 1, links: 0, votes: 0, scores: 2 });
  });
});

describe("flagging a group", () => {
  const room = { present: 4, total: 20 };

  it("names an expected group nobody is here from, and no other", () => {
    expect(flagOf("civil", 0, 0, room, 0, 0, 0)).toEqual({ kind: "missing" });
    expect(flagOf("civil", 0, 6, room, 0, 0, 0)).toEqual({ kind: "missing" });
    expect(flagOf("investors", 0, 0, room, 0, 0, 0)).toBeNull();
    expect(flagOf("external", 0, 0, room, 0, 0, 0)).toBeNull();
  });

  it("calls a present group silent when far below its share, once the room has said enough", () => {
    // One person of four would bring five of twenty; one is far below that, two is not.
    expect(flagOf("research", 1, 1, room, 0, 0, 0)).toEqual({ kind: "silent", reason: "share" });
    expect(flagOf("research", 1, 2, room, 0, 0, 0)).toBeNull();
    // Early on nothing is said: four contributions from others is no pattern yet.
    expect(flagOf("research", 1, 0, { present: 4, total: 4 }, 0, 0, 0)).toBeNull();
  });

  it("calls a present group quiet after ten minutes without a contribution while others went on", () => {
    const few = { present: 4, total: 4 };
    expect(flagOf("public", 1, 1, few, 0, 60_000, QUIET_MS)).toEqual({ kind: "silent", reason: "quiet" });
    expect(flagOf("public", 1, 1, few, 0, 60_000, QUIET_MS - 1)).toBeNull();
    // The whole room has been quiet (a talk, a break): nobody is singled out.
    expect(flagOf("public", 1, 1, few, 60_000, 60_000, 60_000 + QUIET_MS)).toBeNull();
  });
});

describe("noting activity", () => {
  const totals = (t: Partial<Record<ActorGroup, number>>) => new Map(Object.entries(t)) as Map<ActorGroup, number>;

  it("counts every group as active when first seen, then when it adds something", () => {
    let a: Activity = noteActivity(NO_ACTIVITY, totals({ industry: 3 }), totals({ industry: 1 }), 1000);
    expect(a.at.industry).toBe(1000);
    expect(a.at.research).toBe(1000);
    expect(a.roomAt).toBe(1000);
    // Nothing changed: the same object, so a React state keeps still.
    expect(noteActivity(a, totals({ industry: 3 }), totals({ industry: 1 }), 2000)).toBe(a);
    a = noteActivity(a, totals({ industry: 4 }), totals({ industry: 1 }), 5000);
    expect(a.at.industry).toBe(5000);
    expect(a.at.research).toBe(1000);
    expect(a.roomAt).toBe(5000);
    // Fewer (a round closed, a card deleted) is no activity.
    a = noteActivity(a, totals({ industry: 2 }), totals({ industry: 1 }), 9000);
    expect(a.at.industry).toBe(5000);
    expect(a.roomAt).toBe(5000);
  });

  it("gives a group's first arrival a fresh start", () => {
    let a = noteActivity(NO_ACTIVITY, totals({}), totals({}), 0);
    a = noteActivity(a, totals({ industry: 1 }), totals({}), 1000);
    a = noteActivity(a, totals({ industry: 1 }), totals({ research: 1 }), QUIET_MS * 2);
    expect(a.at.research).toBe(QUIET_MS * 2);
  });
});

describe("the room's balance", () => {
  it("lists the expected groups and any other that is here or heard, each with its flag", () => {
    const present = countPresent([person("kari", "industry"), person("lars", "research"), person("i", "investors")]);
    const contributions = countContributions(
      {
        cards: [...many(6, () => card("kari", "industry")), card("i", "investors"), card("i", "investors")],
        links: [],
      },
      null,
      [],
    );
    const activity = noteActivity(NO_ACTIVITY, new Map(), present, 0);
    const rows = roomBalance(present, contributions, activity, 0);
    expect(rows.map((r) => [r.group, r.present, r.total, r.flag?.kind ?? null])).toEqual([
      ["industry", 1, 6, null],
      ["research", 1, 0, "silent"],
      ["public", 0, 0, "missing"],
      ["investors", 1, 2, null],
      ["civil", 0, 0, "missing"],
    ]);
  });
});
