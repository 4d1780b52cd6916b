import { z } from "zod";
import { CARD_KINDS, ROLES } from "../domain";

/** A phase of the agenda: what participants should do, and for how long. */
export const Phase = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  durationSec: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  instructions: z.string().max(2000).default(""),
});
export type Phase = z.infer<typeof Phase>;

/**
 * The timer in server time. Running: `endsAt` is the server instant it reaches zero. Paused or
 * idle: `remainingMs` is frozen. Clients add their estimated clock offset before subtracting.
 */
export interface TimerState {
  status: "idle" | "running" | "paused";
  endsAt: number | null;
  remainingMs: number;
}

export const VoteTargetSpec = z.object({
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length).default([]),
  links: z.boolean().default(false),
  zoneId: z.string().max(64).nullable().default(null),
});
export type VoteTargetSpec = z.infer<typeof VoteTargetSpec>;

export const StartVotePayload = z.object({
  title: z.string().trim().max(120).default(""),
  targets: VoteTargetSpec,
  votesPerPerson: z.number().int().min(1).max(50),
  allowMultiplePerTarget: z.boolean(),
  anonymous: z.boolean(),
});
export type StartVotePayload = z.infer<typeof StartVotePayload>;

export interface VoteResult {
  targetId: string;
  count: number;
  /** Participant ids, only for named rounds. */
  voters?: string[];
}

/** A voting round as clients see it: ballots never, results only once revealed. */
export interface VoteRoundView {
  id: string;
  title: string;
  status: "open" | "closed" | "revealed";
  targetIds: string[];
  votesPerPerson: number;
  allowMultiplePerTarget: boolean;
  anonymous: boolean;
  createdAt: number;
  /** How many people have cast at least one vote (no per-target information). */
  voterCount: number;
  /** This viewer's own ballot: target id → votes. */
  myBallot: Record<string, number>;
  results: VoteResult[] | null;
}

export interface DraftCard {
  id: string;
  kind: (typeof CARD_KINDS)[number];
  text: string;
  x: number;
  y: number;
}

export const DraftCardPayload = z.object({
  id: z.string().regex(/^[a-z0-9]{8,40}$/),
  kind: z.enum(CARD_KINDS),
  text: z.string().max(2000),
  x: z.number().finite(),
  y: z.number().finite(),
});

export interface RaisedHand {
  participantId: string;
  raisedAt: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export const ViewportPayload = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.05).max(4),
});

/** Session control as one viewer sees it; the server builds one per role (and per person). */
export interface SessionView {
  phases: Phase[];
  currentPhaseId: string | null;
  timer: TimerState;
  locked: boolean;
  privateRound: boolean;
  /** Facilitators only: hidden draft cards per participant. */
  draftCounts: Record<string, number> | null;
  /** This viewer's own drafts during a private round. */
  myDrafts: DraftCard[];
  anonymous: boolean;
  /** Participants may download the exports (the facilitator always can). */
  exportsAllowed: boolean;
  follow: { facilitatorId: string; viewport: Viewport | null } | null;
  spotlightCardId: string | null;
  hands: RaisedHand[];
  votes: VoteRoundView[];
}

export const SetRolePayload = z.object({ participantId: z.string().min(1).max(64), role: z.enum(ROLES) });
export const PhasesPayload = z.object({ phases: z.array(Phase).max(30) });
