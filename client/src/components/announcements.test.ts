import { NO_GROUPS, type SessionView, type VoteRoundView } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { type Announcement, sessionAnnouncements, timerAnnouncement } from "./announcements";

const base: SessionView = {
  phases: [{ id: "p1", name: "Briefing", durationSec: 600, instructions: "" }],
  currentPhaseId: null,
  timer: { status: "idle", endsAt: null, remainingMs: 0 },
  locked: false,
  privateRound: false,
  draftCounts: null,
  myDrafts: [],
  anonymous: false,
  exportsAllowed: false,
  follow: null,
  spotlightCardId: null,
  hands: [],
  votes: [],
  scoring: [],
  groups: NO_GROUPS,
};
const round = (status: VoteRoundView["status"]): VoteRoundView => ({
  id: "r1",
  title: "",
  status,
  targetIds: [],
  votesPerPerson: 3,
  allowMultiplePerTarget: false,
  anonymous: true,
  createdAt: 0,
  voterCount: 0,
  myBallot: {},
  results: status === "revealed" ? [] : null,
});
const context = { myId: "me", nameOf: () => "Åse", cardTextOf: () => "Kongekrabbe" };
const keys = (list: Announcement[]) => list.map((a) => a.key);

/** Whether the key is in the English bundle (the others are checked against English). */
const known = (key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en) !== undefined;

describe("sessionAnnouncements", () => {
  it("says nothing on the first view: joining is not news", () => {
    expect(sessionAnnouncements(null, { ...base, currentPhaseId: "p1", locked: true }, context)).toEqual([]);
  });

  it("names a new phase, and says when phases end", () => {
    const started = sessionAnnouncements(base, { ...base, currentPhaseId: "p1" }, context);
    expect(started).toEqual([{ key: "a11y.phaseStarted", values: { name: "Briefing" } }]);
    expect(keys(sessionAnnouncements({ ...base, currentPhaseId: "p1" }, base, context))).toEqual(["a11y.phaseEnded"]);
  });

  it("tells of private writing and its reveal, a vote and its results, the lock", () => {
    const privately = { ...base, privateRound: true };
    expect(keys(sessionAnnouncements(base, privately, context))).toEqual(["a11y.privateStarted"]);
    expect(keys(sessionAnnouncements(privately, base, context))).toEqual(["a11y.privateRevealed"]);
    const open = { ...base, votes: [round("open")] };
    expect(keys(sessionAnnouncements(base, open, context))).toEqual(["a11y.voteStarted"]);
    expect(keys(sessionAnnouncements(open, { ...base, votes: [round("closed")] }, context))).toEqual([]);
    expect(keys(sessionAnnouncements(open, { ...base, votes: [round("revealed")] }, context))).toEqual([
      "a11y.voteRevealed",
    ]);
    expect(keys(sessionAnnouncements(base, { ...base, locked: true }, context))).toEqual(["session.locked"]);
  });

  it("tells followers of follow-me and a spotlight, but not the leader", () => {
    const followingÅse = { ...base, follow: { facilitatorId: "f1", viewport: null } };
    expect(sessionAnnouncements(base, followingÅse, context)).toEqual([
      { key: "session.followBanner", values: { name: "Åse" } },
    ]);
    expect(keys(sessionAnnouncements(followingÅse, base, context))).toEqual(["a11y.followEnded"]);
    const leading = { ...base, follow: { facilitatorId: "me", viewport: null } };
    expect(sessionAnnouncements(base, leading, context)).toEqual([]);
    expect(sessionAnnouncements(base, { ...base, spotlightCardId: "c1" }, context)).toEqual([
      { key: "a11y.spotlight", values: { text: "Kongekrabbe" } },
    ]);
  });
});

describe("timerAnnouncement", () => {
  it("warns once at one minute left and once at zero", () => {
    expect(timerAnnouncement(60_200, 59_950, true)?.key).toBe("a11y.oneMinuteLeft");
    expect(timerAnnouncement(59_950, 59_700, true)).toBeNull();
    expect(timerAnnouncement(200, 0, true)?.key).toBe("session.timeUp");
    expect(timerAnnouncement(0, 0, true)).toBeNull();
  });

  it("says nothing when a timer loads, is moved by hand, or stops", () => {
    expect(timerAnnouncement(null, 30_000, true)).toBeNull();
    expect(timerAnnouncement(120_000, 60_000, true)).toBeNull();
    expect(timerAnnouncement(200, 0, false)).toBeNull();
  });
});

describe("announcement keys", () => {
  it("are all in the message bundles", () => {
    for (const key of [
      "a11y.phaseStarted",
      "a11y.phaseEnded",
      "a11y.privateStarted",
      "a11y.privateRevealed",
      "a11y.voteStarted",
      "a11y.voteRevealed",
      "a11y.followEnded",
      "a11y.spotlight",
      "a11y.unlocked",
      "a11y.oneMinuteLeft",
      "session.locked",
      "session.followBanner",
      "session.timeUp",
    ])
      expect(known(key), key).toBe(true);
  });
});
