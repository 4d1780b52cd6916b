import { describe, expect, it } from "vitest";
import {
  estimateClockOffset,
  extendTimer,
  formatCountdown,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from "./timer";
import { castVote, retractVote, tally } from "./voting";

describe("timer", () => {
  it("counts down in server time through pause, resume and extend", () => {
    let t = startTimer(60_000, 1_000);
    expect(remainingMs(t, 31_000)).toBe(30_000);
    t = pauseTimer(t, 31_000);
    expect(remainingMs(t, 500_000)).toBe(30_000);
    t = resumeTimer(t, 600_000);
    expect(remainingMs(t, 610_000)).toBe(20_000);
    t = extendTimer(t, 60_000, 610_000);
    expect(remainingMs(t, 610_000)).toBe(80_000);
    expect(remainingMs(t, 10_000_000)).toBe(0);
  });
  it("never shows more time than it started with, when a client's clock estimate runs a little behind", () => {
    const t = startTimer(600_000, 1_000_000);
    // The server's clock as this client estimates it, 7 ms early: a 10-minute phase stays 10:00.
    expect(remainingMs(t, 1_000_000 - 7)).toBe(600_000);
    expect(formatCountdown(remainingMs(t, 1_000_000 - 7))).toBe("10:00");
  });
  it("formats a countdown rounding up", () => {
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(1)).toBe("0:01");
    expect(formatCountdown(125_000)).toBe("2:05");
    expect(formatCountdown(3_725_000)).toBe("1:02:05");
  });
  it("estimates a clock ten minutes off from the fastest ping", () => {
    const skew = -600_000; // this client is ten minutes ahead of the server
    const samples = [
      { sentAt: 1_000_000, serverNow: 1_000_000 + skew + 40, receivedAt: 1_000_100 },
      { sentAt: 2_000_000, serverNow: 2_000_000 + skew + 5, receivedAt: 2_000_010 },
    ];
    expect(Math.abs(estimateClockOffset(samples) - skew)).toBeLessThan(5);
  });
});

describe("voting", () => {
  const rules = { targetIds: ["a", "b", "c"], votesPerPerson: 3, allowMultiplePerTarget: false };
  it("enforces the number of votes, one per target and valid targets", () => {
    let ballot = castVote(rules, {}, "a");
    expect(ballot).toEqual({ a: 1 });
    expect(castVote(rules, ballot as Record<string, number>, "a")).toBe("one_per_target");
    expect(castVote(rules, {}, "zzz")).toBe("not_a_target");
    ballot = castVote(rules, ballot as Record<string, number>, "b");
    ballot = castVote(rules, ballot as Record<string, number>, "c");
    expect(castVote({ ...rules, allowMultiplePerTarget: true }, ballot as Record<string, number>, "a")).toBe(
      "no_votes_left",
    );
  });
  it("lets a voter take a vote back", () => {
    expect(retractVote({ a: 2 }, "a")).toEqual({ a: 1 });
    expect(retractVote({ a: 1 }, "a")).toEqual({});
    expect(retractVote({}, "a")).toBe("nothing_to_take_back");
  });
  it("ranks results and names voters only in named rounds", () => {
    const ballots = { p1: { b: 2, a: 1 }, p2: { b: 1 } };
    expect(tally(["a", "b", "c"], ballots, false)).toEqual([
      { targetId: "b", count: 3 },
      { targetId: "a", count: 1 },
      { targetId: "c", count: 0 },
    ]);
    expect(tally(["a", "b"], ballots, true)[0]).toEqual({ targetId: "b", count: 3, voters: ["p1", "p2"] });
  });
});

import * as Y from "yjs";
import { addCard, addLink, addZone } from "../board/doc";
import { boardFromDoc } from "../board/model";
import { selectVoteTargets } from "./targets";

describe("selectVoteTargets", () => {
  // Cards made in the same millisecond have no defined order: compare as sets.
  const asSet = (ids: string[]) => [...ids].sort();
  it("picks cards by kind, by zone, and links", () => {
    const doc = new Y.Doc();
    const a = { id: "p", group: "industry" as const };
    const s = addCard(doc, { kind: "strength", x: 0, y: 0 }, a);
    const o = addCard(doc, { kind: "opportunity", x: 1000, y: 0 }, a);
    const i = addCard(doc, { kind: "idea", x: 1000, y: 0 }, a);
    const l = addLink(doc, s, o, a) as string;
    const z = addZone(doc, { title: "Hav", x: 900, y: -50, w: 500, h: 400 });
    const board = boardFromDoc(doc);
    expect(asSet(selectVoteTargets(board, { kinds: ["strength", "opportunity"], links: false, zoneId: null }))).toEqual(
      asSet([s, o]),
    );
    expect(asSet(selectVoteTargets(board, { kinds: [], links: true, zoneId: null }))).toEqual(asSet([l]));
    expect(asSet(selectVoteTargets(board, { kinds: [], links: false, zoneId: z }))).toEqual(asSet([o, i]));
    expect(asSet(selectVoteTargets(board, { kinds: ["idea"], links: false, zoneId: z }))).toEqual(asSet([i]));
  });
});
