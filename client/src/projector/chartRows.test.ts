import type { BoardModel } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { rankRows, scoreChart, voteChart } from "./chartRows";

const card = (id: string, text: string, kind: "idea" | "strength" = "idea") =>
  ({ id, text, kind }) as unknown as BoardModel["cards"][number];
const board = {
  cards: [
    card("a", "Felles logistikkhub"),
    card("b", "Krabbesafari"),
    card("c", "Traineeprogram"),
    card("d", "Sterkt IT-miljø", "strength"),
  ],
  links: [{ id: "l", source: "d", target: "a", label: "sporing" }] as unknown as BoardModel["links"],
};
const describeTarget = {
  card: (text: string) => text,
  link: (from: string, to: string, label: string) => `${from} ↔ ${to} (${label})`,
};
const results = (...counts: Array<[string, number]>) => counts.map(([targetId, count]) => ({ targetId, count }));

describe("rankRows", () => {
  it("shares a place between equal values and skips the next (1, 2, 2, 4)", () => {
    const ranked = rankRows([{ value: 3 }, { value: 5 }, { value: 3 }, { value: 1 }]);
    expect(ranked.map((r) => [r.value, r.rank, r.tied])).toEqual([
      [5, 1, false],
      [3, 2, true],
      [3, 2, true],
      [1, 4, false],
    ]);
  });

  it("calls a shared first place a tie too", () => {
    expect(rankRows([{ value: 2 }, { value: 2 }]).map((r) => [r.rank, r.tied])).toEqual([
      [1, true],
      [1, true],
    ]);
  });
});

describe("voteChart", () => {
  it("names cards and links, ranks them and leaves out what got no votes", () => {
    const chart = voteChart(results(["a", 4], ["l", 4], ["b", 1], ["c", 0], ["d", 0]), board, describeTarget, 8);
    expect(chart.rows.map((r) => [r.label, r.kind, r.value, r.rank, r.tied])).toEqual([
      ["Felles logistikkhub", "idea", 4, 1, true],
      ["Sterkt IT-miljø ↔ Felles logistikkhub (sporing)", "link", 4, 1, true],
      ["Krabbesafari", "idea", 1, 3, false],
    ]);
    expect(chart).toMatchObject({ max: 4, more: 0, unchosen: 2 });
  });

  it("never breaks a tie at the cut: shows it whole when it nearly fits, else leaves it off", () => {
    const fits = voteChart(results(["a", 3], ["b", 2], ["c", 2]), board, describeTarget, 2);
    expect(fits.rows.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(fits.more).toBe(0);
    const many = Array.from({ length: 6 }, (_, i): [string, number] => [`x${i}`, 1]);
    const cut = voteChart(results(["a", 3], ...many), board, describeTarget, 2);
    expect(cut.rows.map((r) => r.id)).toEqual(["a"]);
    expect(cut.more).toBe(6);
    // A tie for first place that cannot fit still shows as many as fit, each marked tied.
    const allTied = voteChart(results(...many), board, describeTarget, 2);
    expect(allTied.rows.map((r) => r.tied)).toEqual([true, true]);
    expect(allTied.more).toBe(4);
  });

  it("shows an empty chart when nobody voted", () => {
    expect(voteChart(results(["a", 0], ["b", 0]), board, describeTarget, 8)).toEqual({
      rows: [],
      max: 0,
      more: 0,
      unchosen: 2,
    });
  });
});

describe("scoreChart", () => {
  const stat = (mean: number) => ({ count: 4, mean, min: 1, max: 5, sd: 1 });
  const scored = (targetId: string, mean: number | null, groups: Array<[string, number]> = []) => ({
    targetId,
    overall: mean === null ? null : stat(mean),
    groups: groups.map(([group, m]) => ({ group, count: 2, mean: m })) as never,
    criteria: [],
  });
  const words = {
    ...describeTarget,
    groups: (gs: ReadonlyArray<{ group: string; mean: number }>) =>
      gs.map((g) => `${g.group} ${g.mean.toFixed(1)}`).join(" · "),
  };

  it("ranks targets by mean on the full scale, a tie as shown to one decimal, the split by actor group beneath", () => {
    const results = [
      scored("a", 3.25, [
        ["industry", 4.5],
        ["public", 2],
      ]),
      scored("l", 4.04),
      scored("item1", 4.0),
      scored("b", null),
    ];
    const chart = scoreChart(results, board, new Map([["item1", "Sjømat til Asia"]]), words, 5, 5);
    expect(chart.max).toBe(5);
    expect(chart.rows.map((r) => [r.label, r.value, r.rank, r.tied])).toEqual([
      ["Sterkt IT-miljø ↔ Felles logistikkhub (sporing)", 4, 1, true],
      ["Sjømat til Asia", 4, 1, true],
      ["Felles logistikkhub", 3.3, 3, false],
    ]);
    expect(chart.rows[2]?.detail).toBe("industry 4.5 · public 2.0");
    expect(chart.unchosen).toBe(1);
  });
});
