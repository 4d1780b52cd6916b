import { describe, expect, it } from "vitest";
import { cardRect } from "./cardText";
import type { BoardCard } from "./model";
import { rectsOverlap } from "./placement";
import { precedes, settleCollisions } from "./settle";

const card = (id: string, createdAt: number, x = 0, y = 0, text = ""): BoardCard => ({
  id,
  kind: "idea",
  text,
  x,
  y,
  w: 200,
  h: 120,
  color: "yellow",
  authorId: id,
  authorGroup: "industry",
  createdAt,
});

/** Runs each client's settling on the board it sees, in turns, until nobody moves: the room settling. */
function settleRoom(
  cards: BoardCard[],
  owners: ReadonlyArray<ReadonlySet<string>>,
): { board: BoardCard[]; rounds: number } {
  let board = cards;
  for (let round = 1; round <= 20; round++) {
    let moved = false;
    // Every client decides on the same board (as when the cards arrive at once), then all moves apply.
    const moves = owners.flatMap((mine) => settleCollisions(board, mine));
    for (const m of moves) {
      moved = true;
      board = board.map((c) => (c.id === m.id ? { ...c, x: m.x, y: m.y } : c));
    }
    if (!moved) return { board, rounds: round };
  }
  throw new Error("the room never settled");
}

function overlapCount(cards: readonly BoardCard[]): number {
  let n = 0;
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      if (rectsOverlap(cardRect(cards[i] as BoardCard), cardRect(cards[j] as BoardCard))) n++;
    }
  }
  return n;
}

describe("settleCollisions", () => {
  it("orders cards by when they were made, then by id", () => {
    expect(precedes(card("b", 1), card("a", 2))).toBe(true);
    expect(precedes(card("a", 5), card("b", 5))).toBe(true);
    expect(precedes(card("b", 5), card("a", 5))).toBe(false);
  });

  it("moves only the later of two cards on one spot, and only on its owner's client", () => {
    const a = card("aaa", 1000);
    const b = card("bbb", 1000);
    expect(settleCollisions([a, b], new Set(["aaa"]))).toEqual([]);
    const moves = settleCollisions([a, b], new Set(["bbb"]));
    expect(moves).toHaveLength(1);
    expect(moves[0]?.id).toBe("bbb");
    const moved = { ...b, ...moves[0] };
    expect(rectsOverlap(cardRect(a), cardRect(moved))).toBe(false);
  });

  it("leaves cards that only touch or sit apart alone", () => {
    expect(settleCollisions([card("a", 1), card("b", 2, 200, 0)], new Set(["a", "b"]))).toEqual([]);
  });

  it("counts a card's grown height", () => {
    const tall = card("a", 1, 0, 0, "ord ".repeat(60));
    const below = card("b", 2, 0, 150);
    expect(settleCollisions([tall, below], new Set(["b"]))).toHaveLength(1);
  });

  it("settles five people adding a card on the same spot at the same moment, without fighting", () => {
    const cards = ["k", "l", "m", "n", "o"].map((id) => card(id.repeat(8), 42));
    const { board, rounds } = settleRoom(
      cards,
      cards.map((c) => new Set([c.id])),
    );
    expect(overlapCount(board)).toBe(0);
    expect(rounds).toBeLessThanOrEqual(6);
    // The first card of the pile never moves.
    expect(board.find((c) => c.id === "kkkkkkkk")).toMatchObject({ x: 0, y: 0 });
  });

  it("keeps a moved card inside the visible area when there is room", () => {
    const within = { x: -10, y: -10, w: 240, h: 800 };
    const [move] = settleCollisions([card("a", 1), card("b", 2)], new Set(["b"]), within);
    expect(move && move.x >= -10 && move.x + 200 <= 230).toBe(true);
  });
});
