import type { BoardCard, BoardLink, BoardModel, BoardZone, DraftCard } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { type BoardView, draftIdOf, draftNodeId, projectEdges, projectNodes } from "./boardProjection";
import type { CardVote } from "./VoteControl";

const card = (id: string, over: Partial<BoardCard> = {}): BoardCard => ({
  id,
  kind: "idea",
  text: id,
  x: 0,
  y: 0,
  w: 200,
  h: 120,
  color: "yellow",
  authorId: "p1",
  authorGroup: "industry",
  createdAt: 0,
  ...over,
});
const zone = (id: string): BoardZone => ({ id, title: id, x: -100, y: -100, w: 600, h: 400, color: "grey" });
const link = (id: string, source: string, target: string): BoardLink => ({
  id,
  source,
  target,
  label: "",
  authorId: "p1",
  authorGroup: "industry",
});

function view(model: BoardModel, over: Partial<BoardView> = {}): BoardView {
  return {
    model,
    selected: new Set(),
    votes: new Map(),
    marks: new Map(),
    drafts: [],
    draftMoves: {},
    spotlight: null,
    canEdit: true,
    measured: new Map(),
    ...over,
  };
}

describe("projectNodes", () => {
  it("draws zones under cards, then this person's drafts", () => {
    const draft: DraftCard = { id: "d1aaaaaaaa", kind: "question", text: "", x: 5, y: 6 };
    const nodes = projectNodes(view({ cards: [card("c1")], links: [], zones: [zone("z1")] }, { drafts: [draft] }));
    expect(nodes.map((n) => [n.type, n.id])).toEqual([
      ["zone", "z1"],
      ["card", "c1"],
      ["draft", draftNodeId("d1aaaaaaaa")],
    ]);
    expect(nodes[0]?.zIndex).toBe(-1);
  });

  it("carries selection, votes, others' marks and the spotlight onto each card", () => {
    const vote: CardVote = { roundId: "r", mine: 1, canAdd: true, open: true, count: null };
    const nodes = projectNodes(
      view(
        { cards: [card("c1"), card("c2")], links: [], zones: [] },
        {
          selected: new Set(["c2"]),
          votes: new Map([["c1", vote]]),
          marks: new Map([["c2", [{ name: "Kari", color: "#000" }]]]),
          spotlight: "c1",
        },
      ),
    );
    const [c1, c2] = nodes;
    expect(c1?.type === "card" && c1.data).toMatchObject({ vote, spotlit: true, remote: [] });
    expect(c1?.selected).toBe(false);
    expect(c2?.type === "card" && c2.data).toMatchObject({ vote: null, spotlit: false, remote: [{ name: "Kari" }] });
    expect(c2?.selected).toBe(true);
  });

  it("locks cards and zones in place for someone who may not edit", () => {
    const nodes = projectNodes(view({ cards: [card("c1")], links: [], zones: [zone("z1")] }, { canEdit: false }));
    expect(nodes.every((n) => n.draggable === false)).toBe(true);
  });

  it("shows a dragged draft where it was dropped until the server has it", () => {
    const draft: DraftCard = { id: "d1aaaaaaaa", kind: "idea", text: "", x: 0, y: 0 };
    const [node] = projectNodes(
      view({ cards: [], links: [], zones: [] }, { drafts: [draft], draftMoves: { d1aaaaaaaa: { x: 40, y: 50 } } }),
    );
    expect(node?.position).toEqual({ x: 40, y: 50 });
  });

  it("hands back the sizes React Flow measured", () => {
    const [node] = projectNodes(
      view({ cards: [card("c1")], links: [], zones: [] }, { measured: new Map([["c1", { width: 210, height: 130 }]]) }),
    );
    expect(node?.measured).toEqual({ width: 210, height: 130 });
  });
});

describe("projecting again", () => {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

  it("hands back the very node objects whose inputs did not change, and new ones for those that did", () => {
    const cards = [card("c1"), card("c2", { x: 400 }), card("c3", { x: 800 })];
    const model = { cards, links: [], zones: [zone("z1")] };
    const first = projectNodes(view(model));
    const moved = { ...model, cards: [cards[0] as BoardCard, card("c2", { x: 450 }), cards[2] as BoardCard] };
    const second = projectNodes(view(moved, { selected: new Set(["c3"]) }), byId(first));
    expect(second.map((n, i) => n === first[i])).toEqual([true, true, false, false]);
    expect(second[2]?.position).toEqual({ x: 450, y: 0 });
    expect(second[3]?.selected).toBe(true);
    // Others' marks, a vote or the right to edit change a card too.
    const marked = projectNodes(
      view(moved, { selected: new Set(["c3"]), marks: new Map([["c1", [{ name: "Kari", color: "red" }]]]) }),
      byId(second),
    );
    expect(marked.map((n, i) => n === second[i])).toEqual([true, false, true, true]);
    const locked = projectNodes(view(moved, { selected: new Set(["c3"]), canEdit: false }), byId(second));
    expect(locked.some((n, i) => n === second[i])).toBe(false);
  });

  it("hands back the same link while its ends face the same way, and redraws it when they turn", () => {
    const a = card("a", { kind: "strength" });
    const b = card("b", { kind: "opportunity", x: 600 });
    const model = { cards: [a, b], links: [link("l1", "a", "b")], zones: [] };
    const first = projectEdges(view(model));
    const nudged = projectEdges(view({ ...model, cards: [a, { ...b, x: 620 }] }), byId(first));
    expect(nudged[0]).toBe(first[0]);
    const below = projectEdges(view({ ...model, cards: [a, { ...b, x: 0, y: 600 }] }), byId(first));
    expect(below[0]).not.toBe(first[0]);
    expect(below[0]?.sourceHandle).not.toBe(first[0]?.sourceHandle);
  });
});

describe("projectEdges", () => {
  it("joins the facing sides, marks strength–opportunity links and skips links to missing cards", () => {
    const model: BoardModel = {
      cards: [card("s", { kind: "strength", x: 0 }), card("o", { kind: "opportunity", x: 600 })],
      links: [link("l1", "s", "o"), link("l2", "s", "gone")],
      zones: [],
    };
    const edges = projectEdges({ model, selected: new Set(["l1"]), votes: new Map() });
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ id: "l1", sourceHandle: "r", targetHandle: "l", selected: true });
    expect(edges[0]?.data?.strong).toBe(true);
  });
});

describe("draft node ids", () => {
  it("round-trip, and card ids are not drafts", () => {
    expect(draftIdOf(draftNodeId("abc"))).toBe("abc");
    expect(draftIdOf("abc")).toBeNull();
  });
});
