/** A round stays small enough to score on a phone and to save on every click. */
export const SCORING_LIMITS = { targets: 50, criteria: 8, criterionName: 60 } as const;
