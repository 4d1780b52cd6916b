import { describe, expect, it } from "vitest";
import { actorGroupAllowed, boardRights, kindAllowed, namesHiddenFor } from "./access";

const open = { locked: false, privateRound: false };

describe("boardRights", () => {
  it("lets observers only look", () => {
    expect(boardRights("observer", open)).toEqual({ edit: false, newCards: "none" });
  });
  it("lets facilitators do everything, locked or private", () => {
    expect(boardRights("facilitator", { locked: true, privateRound: true })).toEqual({
      edit: true,
      newCards: "public",
    });
  });
  it("locks participants out while the board is locked", () => {
    expect(boardRights("participant", { locked: true, privateRound: false })).toEqual({
      edit: false,
      newCards: "none",
    });
  });
  it("turns a participant's new cards into private drafts during a private round", () => {
    expect(boardRights("participant", { locked: false, privateRound: true })).toEqual({
      edit: true,
      newCards: "private",
    });
  });
  it("lets participants add public cards otherwise", () => {
    expect(boardRights("participant", open)).toEqual({ edit: true, newCards: "public" });
  });
});

describe("namesHiddenFor", () => {
  it("hides names from participants and observers in an anonymous workshop", () => {
    expect(namesHiddenFor({ role: "participant" }, true)).toBe(true);
    expect(namesHiddenFor({ role: "observer" }, true)).toBe(true);
  });
  it("shows names to facilitators and to callers with no viewer", () => {
    expect(namesHiddenFor({ role: "facilitator" }, true)).toBe(false);
    expect(namesHiddenFor(null, true)).toBe(false);
  });
  it("shows names to everyone when the workshop is not anonymous", () => {
    expect(namesHiddenFor({ role: "participant" }, false)).toBe(false);
  });
});

describe("actorGroupAllowed", () => {
  it("keeps the facilitator group for the facilitator link", () => {
    expect(actorGroupAllowed("facilitator", "facilitator")).toBe(true);
    expect(actorGroupAllowed("participant", "facilitator")).toBe(false);
    expect(actorGroupAllowed("observer", "facilitator")).toBe(false);
    expect(actorGroupAllowed("participant", "industry")).toBe(true);
  });
});

describe("critical friends and the critique phase", () => {
  it("lets a critic add only challenges, and change only their own cards", () => {
    expect(boardRights("critic", open)).toEqual({
      edit: false,
      newCards: "public",
      kinds: "challenges",
      ownCardsOnly: true,
    });
  });
  it("gives a critic nothing to add during a private round, and nothing at all on a locked board", () => {
    expect(boardRights("critic", { locked: false, privateRound: true }).newCards).toBe("none");
    expect(boardRights("critic", { locked: true, privateRound: false })).toEqual({ edit: false, newCards: "none" });
  });
  it("keeps participants to challenges during the critique phase, not facilitators", () => {
    const gate = { ...open, critique: true };
    expect(boardRights("participant", gate)).toEqual({ edit: true, newCards: "public", kinds: "challenges" });
    expect(boardRights("facilitator", gate)).toEqual({ edit: true, newCards: "public" });
    expect(kindAllowed(boardRights("participant", gate), "idea")).toBe(false);
    expect(kindAllowed(boardRights("participant", gate), "challenge")).toBe(true);
    expect(kindAllowed(boardRights("participant", open), "idea")).toBe(true);
  });
});
