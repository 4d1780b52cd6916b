import type * as Y from "yjs";
import type { ActionItem } from "../plan/actionItem";
import { boardMaps } from "./doc";
import type { BoardCard, BoardModel } from "./model";

/**
 * Challenges: cards of kind `challenge`, mostly written by critical friends, each attached to
 * what it questions (an opportunity card, a link or an action item) and answered by the room, or
 * left open. Pure reads of the board model plus the two writes the UI makes.
 */

/** What a challenge can be attached to. */
export type ChallengeTargetType = "card" | "link" | "item";

/** One thing a challenge can be attached to, named as the picker and the exports show it. */
export interface ChallengeTarget {
  id: string;
  type: ChallengeTargetType;
  label: string;
}

/** The card kinds a challenge is attached to (links and action items besides). */
export const CHALLENGEABLE_KINDS: readonly string[] = ["opportunity"];

export const isChallenge = (card: BoardCard): boolean => card.kind === "challenge";

/** A challenge nobody has answered yet. */
export const isOpenChallenge = (card: BoardCard): boolean => isChallenge(card) && !(card.answer ?? "").trim();

/** Every challenge attached to something, by target id, oldest first (the model's order). */
export function challengesByTarget(model: BoardModel): Map<string, BoardCard[]> {
  const out = new Map<string, BoardCard[]>();
  for (const card of model.cards) {
    if (!isChallenge(card) || !card.attachedTo) continue;
    const list = out.get(card.attachedTo);
    if (list) list.push(card);
    else out.set(card.attachedTo, [card]);
  }
  return out;
}

/** Open challenges per target id: what the badge on a card, link or action item counts. */
export function openChallengeCounts(model: BoardModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const card of model.cards) {
    if (card.attachedTo && isOpenChallenge(card)) out.set(card.attachedTo, (out.get(card.attachedTo) ?? 0) + 1);
  }
  return out;
}

/**
 * The challenges an action item answers for: those attached to it, and to the cards and links it
 * was made from (its provenance), each once, oldest first.
 */
export function itemChallenges(
  model: BoardModel,
  item: Pick<ActionItem, "id" | "provenance">,
  byTarget: Map<string, BoardCard[]> = challengesByTarget(model),
): BoardCard[] {
  const ids = [item.id, ...item.provenance.cardIds, ...item.provenance.linkIds];
  const seen = new Set<string>();
  const out: BoardCard[] = [];
  for (const id of ids) {
    for (const card of byTarget.get(id) ?? []) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      out.push(card);
    }
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Everything a challenge can be attached to now: opportunities, links, action items, in that order. */
export function challengeTargets(
  model: BoardModel,
  items: readonly Pick<ActionItem, "id" | "title">[],
  untitled: string,
): ChallengeTarget[] {
  const cardText = new Map(model.cards.map((c) => [c.id, c.text.trim() || untitled]));
  return [
    ...model.cards
      .filter((c) => CHALLENGEABLE_KINDS.includes(c.kind))
      .map((c): ChallengeTarget => ({ id: c.id, type: "card", label: c.text.trim() || untitled })),
    ...model.links.map(
      (l): ChallengeTarget => ({
        id: l.id,
        type: "link",
        label: l.label.trim() || `${cardText.get(l.source) ?? untitled} ↔ ${cardText.get(l.target) ?? untitled}`,
      }),
    ),
    ...items.map((item): ChallengeTarget => ({ id: item.id, type: "item", label: item.title.trim() || untitled })),
  ];
}

/** The target of a challenge, if it still exists. */
export function challengeTarget(
  model: BoardModel,
  items: readonly Pick<ActionItem, "id" | "title">[],
  card: BoardCard,
  untitled: string,
): ChallengeTarget | null {
  if (!card.attachedTo) return null;
  return challengeTargets(model, items, untitled).find((t) => t.id === card.attachedTo) ?? null;
}

/** Writes the room's answer to a challenge; an empty answer leaves it open again. */
export function setChallengeAnswer(doc: Y.Doc, cardId: string, answer: string): void {
  const card = boardMaps(doc).cards.get(cardId);
  if (card && card.get("answer") !== answer) card.set("answer", answer);
}

/** Attaches a challenge to a target (or to nothing). */
export function attachChallenge(doc: Y.Doc, cardId: string, targetId: string | null): void {
  const card = boardMaps(doc).cards.get(cardId);
  if (card && (card.get("attachedTo") ?? null) !== targetId) card.set("attachedTo", targetId);
}
