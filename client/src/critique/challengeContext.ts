import type { Point } from "@oppdag/shared";
import { createContext, useContext } from "react";

/**
 * What the board's challenge controls need (CardNode, LinkEdge, the action plan), kept apart from
 * `BoardContext` and stable across board changes, so a card does not re-render because another
 * one moved.
 */
export interface ChallengeContextValue {
  /** Whether this person may add a challenge now (rights: new public cards). */
  canChallenge: boolean;
  /** Whether this person may answer challenges (facilitators, participants: the board's `edit`). */
  canAnswer: boolean;
  /** Adds a challenge attached to `targetId`, near `near`, and opens it for typing. */
  challenge(targetId: string, near: Point): void;
}

const NONE: ChallengeContextValue = { canChallenge: false, canAnswer: false, challenge: () => {} };

export const ChallengeContext = createContext<ChallengeContextValue>(NONE);

export const useChallengeContext = (): ChallengeContextValue => useContext(ChallengeContext);
