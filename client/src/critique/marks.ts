import { type BoardModel, type ChallengeTargetType, isChallenge, isOpenChallenge } from "@oppdag/shared";

/** What a challenge card shows of its target: what kind of thing, and its text ("" if it has none). */
export interface TargetMark {
  type: ChallengeTargetType;
  label: string;
}

/** What the board draws for challenges: open counts on targets, and each challenge's target. */
export interface ChallengeMarks {
  open: ReadonlyMap<string, number>;
  targets: ReadonlyMap<string, TargetMark>;
}

/**
 * Read once per board change for the projection (a pass over the cards), so each card and link
 * gets plain values it can be compared by. A target that is gone leaves its challenge on nothing.
 */
export function challengeMarks(model: BoardModel, itemTitles: ReadonlyMap<string, string>): ChallengeMarks {
  const open = new Map<string, number>();
  const targets = new Map<string, TargetMark>();
  const cards = new Map(model.cards.map((c) => [c.id, c]));
  const links = new Map(model.links.map((l) => [l.id, l]));
  for (const card of model.cards) {
    if (!isChallenge(card) || !card.attachedTo) continue;
    const on = card.attachedTo;
    const target = cards.get(on);
    const link = links.get(on);
    const mark: TargetMark | null = target
      ? { type: "card", label: target.text.trim() }
      : link
        ? {
            type: "link",
            label:
              link.label.trim() ||
              `${cards.get(link.source)?.text.trim() ?? ""} ↔ ${cards.get(link.target)?.text.trim() ?? ""}`,
          }
        : itemTitles.has(on)
          ? { type: "item", label: itemTitles.get(on)?.trim() ?? "" }
          : null;
    if (!mark) continue;
    targets.set(card.id, mark);
    if (isOpenChallenge(card)) open.set(on, (open.get(on) ?? 0) + 1);
  }
  return { open, targets };
}

export const NO_MARKS: ChallengeMarks = { open: new Map(), targets: new Map() };
