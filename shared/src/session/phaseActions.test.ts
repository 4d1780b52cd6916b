import { describe, expect, it } from "vitest";
import { type PhaseEffects, phaseActionKeys, planPhaseChange } from "./phaseActions";
import type { VoteSpec } from "./phaseSpecs";

const idle = { locked: false, privateRound: false, votes: [], scoring: [] };
const effects = (over: Partial<PhaseEffects>): PhaseEffects => ({
  phaseId: "p1",
  lock: false,
  privateRound: false,
  voteRoundId: null,
  scoringRoundId: null,
  critique: false,
  groups: false,
  ...over,
});
const vote: VoteSpec = {
  title: "Dot vote",
  targets: { kinds: ["idea"], links: true, zoneId: null },
  votesPerPerson: 5,
  allowMultiplePerTarget: false,
  anonymous: true,
};

describe("planPhaseChange", () => {
  it("switches on what the entering phase asks for", () => {
    expect(planPhaseChange(null, { lock: true, critique: true, groups: true, vote }, idle)).toMatchObject({
      lock: true,
      critique: true,
      groups: "start",
      startVote: vote,
      startPrivate: false,
      reveal: false,
    });
  });

  it("undoes what the leaving phase switched on, and only that", () => {
    const state = { locked: true, privateRound: true, votes: [{ id: "v1", status: "open" }], scoring: [] };
    expect(
      planPhaseChange(effects({ lock: true, privateRound: true, voteRoundId: "v1", critique: true }), undefined, state),
    ).toMatchObject({ lock: false, reveal: true, startPrivate: false, closeVote: "v1", critique: false });
    // The same state switched on by hand: nothing is undone.
    expect(planPhaseChange(effects({}), undefined, state)).toMatchObject({
      lock: null,
      reveal: false,
      closeVote: null,
      critique: null,
      groups: null,
    });
  });

  it("keeps what both phases want, but reveals one private round before the next starts", () => {
    const state = { ...idle, locked: true, privateRound: true };
    const plan = planPhaseChange(
      effects({ lock: true, privateRound: true, groups: true }),
      {
        lock: true,
        privateRound: true,
        groups: true,
      },
      state,
    );
    expect(plan).toMatchObject({ lock: null, reveal: true, startPrivate: true, groups: null });
  });

  it("does not restart a private round already running by hand, and does not close a round already closed", () => {
    const state = { ...idle, privateRound: true, votes: [{ id: "v1", status: "closed" }] };
    expect(planPhaseChange(effects({ voteRoundId: "v1" }), { privateRound: true }, state)).toMatchObject({
      startPrivate: false,
      reveal: false,
      closeVote: null,
    });
  });

  it("names the actions in display order", () => {
    expect(phaseActionKeys({ groups: true, lock: true, vote })).toEqual(["lock", "vote", "groups"]);
    expect(phaseActionKeys(undefined)).toEqual([]);
  });
});
