import { describe, expect, it } from "vitest";
import { presentSession } from "./present";
import { initialSessionState, type SessionState, type VoteRound } from "./state";

const facilitator = { id: "fac", role: "facilitator" as const };
const kari = { id: "kari", role: "participant" as const };
const lars = { id: "lars", role: "participant" as const };
const observer = { id: "obs", role: "observer" as const };

function round(overrides: Partial<VoteRound> = {}): VoteRound {
  return {
    id: "r1",
    title: "Prioriter",
    status: "open",
    targetIds: ["a", "b"],
    votesPerPerson: 3,
    allowMultiplePerTarget: true,
    anonymous: false,
    createdAt: 0,
    ballots: { kari: { a: 2 }, lars: { b: 1 }, obs: {} },
    results: null,
    ...overrides,
  };
}

function withRound(r: VoteRound): SessionState {
  return { ...initialSessionState(), votes: [r] };
}

describe("presentSession", () => {
  it("keeps ballots secret before the reveal: a voter sees their own, everyone a voter count", () => {
    const state = withRound(round());
    const forKari = presentSession(state, kari).votes[0];
    const forLars = presentSession(state, lars).votes[0];
    const forFacilitator = presentSession(state, facilitator).votes[0];
    expect(forKari?.myBallot).toEqual({ a: 2 });
    expect(forLars?.myBallot).toEqual({ b: 1 });
    expect(forFacilitator?.myBallot).toEqual({});
    // An empty ballot is not a voter.
    for (const view of [forKari, forLars, forFacilitator]) {
      expect(view?.voterCount).toBe(2);
      expect(view?.results).toBeNull();
      expect(view).not.toHaveProperty("ballots");
    }
    expect(JSON.stringify(presentSession(state, lars))).not.toContain('"a":2');
  });

  it("keeps ballots secret in a closed round too", () => {
    const state = withRound(round({ status: "closed" }));
    expect(presentSession(state, facilitator).votes[0]?.results).toBeNull();
    expect(presentSession(state, lars).votes[0]?.myBallot).toEqual({ b: 1 });
  });

  it("shows a named round's voters to everyone once revealed", () => {
    const state = withRound(round({ status: "revealed" }));
    for (const viewer of [kari, facilitator, observer]) {
      expect(presentSession(state, viewer).votes[0]?.results).toEqual([
        { targetId: "a", count: 2, voters: ["kari"] },
        { targetId: "b", count: 1, voters: ["lars"] },
      ]);
    }
  });

  it("shows no voters of an anonymous round to anyone, facilitators included", () => {
    const state = withRound(round({ status: "revealed", anonymous: true }));
    for (const viewer of [kari, facilitator, observer]) {
      const results = presentSession(state, viewer).votes[0]?.results ?? [];
      expect(results.map((r) => r.count)).toEqual([2, 1]);
      for (const r of results) expect(r).not.toHaveProperty("voters");
    }
  });

  it("shows no voters of an anonymous round even if stored results carry them", () => {
    const stored = [{ targetId: "a", count: 2, voters: ["kari"] }];
    const state = withRound(round({ status: "revealed", anonymous: true, results: stored }));
    for (const viewer of [lars, facilitator]) {
      expect(presentSession(state, viewer).votes[0]?.results).toEqual([{ targetId: "a", count: 2 }]);
    }
  });

  it("sends drafts only to their author, and facilitators only how many each person has", () => {
    const secret = "Hemmelig idé";
    const state: SessionState = {
      ...initialSessionState(),
      privateRound: true,
      drafts: {
        kari: [{ id: "draftkari0001", kind: "idea", text: secret, x: 0, y: 0 }],
        lars: [
          { id: "draftlars0001", kind: "challenge", text: "Lars sin", x: 0, y: 0 },
          { id: "draftlars0002", kind: "idea", text: "Lars sin andre", x: 0, y: 0 },
        ],
      },
    };
    expect(presentSession(state, kari).myDrafts.map((d) => d.text)).toEqual([secret]);
    expect(presentSession(state, lars).myDrafts).toHaveLength(2);
    for (const viewer of [lars, facilitator, observer]) {
      expect(JSON.stringify(presentSession(state, viewer))).not.toContain(secret);
    }
    const forFacilitator = presentSession(state, facilitator);
    expect(forFacilitator.draftCounts).toEqual({ kari: 1, lars: 2 });
    expect(forFacilitator.myDrafts).toEqual([]);
    expect(presentSession(state, kari).draftCounts).toBeNull();
    expect(presentSession(state, observer).draftCounts).toBeNull();
  });
});
