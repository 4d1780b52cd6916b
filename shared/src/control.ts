import { z } from "zod";
import { CARD_KINDS, ROLES } from "./domain";
import type { AckFn } from "./errors";
import { Limits } from "./protocol";
import type { ParticipantInfo, WorkshopInfo } from "./schemas";
import { trimmedText } from "./schemas";
import { GROUP_SPLITS, GroupSummaryMax } from "./session/groups";
import { ScoreSpec, VoteSpec } from "./session/phaseSpecs";
import { SCORE_MAX, SCORE_MIN } from "./session/scoring";
import { type DraftCard, Phase, type SessionView, type Viewport } from "./session/types";

// The schemas of scoring requests live here, with the other requests': the client reads
// session/scoring.ts for its pure rules, and a schema there would bring zod into its first download.
// A round's spec (`VoteSpec`, `ScoreSpec`) is in session/phaseActions.ts: an agenda phase carries one too.

/**
 * The control channel, written once: each request's payload schema, from which its TypeScript type
 * is derived, so the server validates and the client types from one definition.
 */

const Empty = z.object({}).passthrough();
const RoundId = z.string().max(40);

export const RenameWorkshopPayload = z.object({ title: trimmedText(Limits.titleLength) });
export const RemoveParticipantPayload = z.object({ participantId: z.string().min(1).max(64) });
export const SetRolePayload = z.object({ participantId: z.string().min(1).max(64), role: z.enum(ROLES) });
export const PhasesPayload = z.object({ phases: z.array(Phase).max(30) });
export const StartVotePayload = VoteSpec;
export type StartVotePayload = z.input<typeof StartVotePayload>;
export const DraftCardPayload = z.object({
  id: z.string().regex(/^[a-z0-9]{8,40}$/),
  kind: z.enum(CARD_KINDS),
  text: z.string().max(Limits.cardTextLength),
  x: z.number().finite(),
  y: z.number().finite(),
}) satisfies z.ZodType<DraftCard>;
export const ViewportPayload = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.05).max(4),
}) satisfies z.ZodType<Viewport>;
export const VoteTargetPayload = z.object({ roundId: RoundId, targetId: z.string().max(64) });
export const StartScoringPayload = ScoreSpec;
export type StartScoringPayload = z.input<typeof StartScoringPayload>;
/** One score: a target, a criterion, 1–5 (null takes it back). */
export const SetScorePayload = z.object({
  roundId: RoundId,
  targetId: z.string().max(64),
  criterionId: z.string().max(40),
  score: z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable(),
});

const GroupId = z.string().min(1).max(40);
const ParticipantId = z.string().min(1).max(64);
export const GroupsSetupPayload = z.object({
  groups: z
    .array(
      z.object({
        id: GroupId.optional(),
        name: trimmedText(Limits.titleLength),
        zoneId: z.string().max(64).nullable().default(null),
      }),
    )
    .min(1)
    .max(20),
  split: z.enum(GROUP_SPLITS).default("balanced"),
});
export type GroupsSetupPayload = z.input<typeof GroupsSetupPayload>;
export const GroupsStartPayload = z.object({
  durationSec: z
    .number()
    .int()
    .min(0)
    .max(6 * 3600),
  restrictToZone: z.boolean().default(false),
});

/** Every request that answers with an ack: event name → payload schema. */
export const ControlRequests = {
  "workshop:rename": RenameWorkshopPayload,
  "participant:remove": RemoveParticipantPayload,
  "participant:setRole": SetRolePayload,
  "phases:set": PhasesPayload,
  "phase:start": z.object({ phaseId: z.string().max(40) }),
  "phase:next": Empty,
  "timer:pause": Empty,
  "timer:resume": Empty,
  "timer:extend": z.object({ seconds: z.number().int().min(-3600).max(3600) }),
  "board:lock": z.object({ locked: z.boolean() }),
  "private:set": z.object({ active: z.boolean() }),
  "draft:upsert": DraftCardPayload,
  "draft:delete": z.object({ id: z.string().max(40) }),
  "vote:start": StartVotePayload,
  "vote:cast": VoteTargetPayload,
  "vote:retract": VoteTargetPayload,
  "vote:close": z.object({ roundId: RoundId }),
  "vote:reveal": z.object({ roundId: RoundId }),
  "score:start": StartScoringPayload,
  "score:set": SetScorePayload,
  "score:close": z.object({ roundId: RoundId }),
  "score:reveal": z.object({ roundId: RoundId }),
  "follow:set": z.object({ active: z.boolean() }),
  "spotlight:set": z.object({ cardId: z.string().max(64).nullable() }),
  "anonymous:set": z.object({ active: z.boolean() }),
  "exports:allow": z.object({ allowed: z.boolean() }),
  "hand:set": z.object({ raised: z.boolean() }),
  "hand:lower": z.object({ participantId: z.string().max(64) }),
  "hands:clear": Empty,
  // Thematic groups (session/groups.ts).
  "groups:setup": GroupsSetupPayload,
  "groups:start": GroupsStartPayload,
  "groups:end": Empty,
  "groups:clear": Empty,
  "group:move": z.object({ participantId: ParticipantId, groupId: GroupId.nullable() }),
  "group:rapporteur": z.object({ groupId: GroupId, participantId: ParticipantId.nullable() }),
  "group:extend": z.object({ groupId: GroupId.nullable(), seconds: z.number().int().min(-3600).max(3600) }),
  "group:summary": z.object({ groupId: GroupId, text: z.string().max(GroupSummaryMax) }),
  "group:present": z.object({ groupId: GroupId.nullable() }),
  "groups:message": z.object({ text: z.string().trim().max(280).nullable() }),
  // The critique phase: only challenges may be added (rules/access.ts).
  "critique:set": z.object({ active: z.boolean() }),
} as const;
export type ControlRequest = keyof typeof ControlRequests;
/** What a client sends for a request (defaults may be left out). */
export type RequestPayload<E extends ControlRequest> = z.input<(typeof ControlRequests)[E]>;
/** What a handler receives after validation (defaults filled in). */
export type ValidPayload<E extends ControlRequest> = z.output<(typeof ControlRequests)[E]>;

/** What a client sends in the socket.io handshake (`auth`). */
export interface ControlAuth {
  token: string;
  workshopId: string;
  /**
   * A shared screen (the projector view) with some member's token: it shows the room as any
   * observer sees it, counts as nobody in it (presence, the people list) and may ask for nothing.
   */
  screen?: boolean;
}

/** Requests a client may make; the server checks the role of each. */
export type ClientToServerEvents = {
  [E in ControlRequest]: (payload: RequestPayload<E>, ack: AckFn) => void;
} & {
  "time:ping": (ack: (serverNow: number) => void) => void;
  /** The facilitator's viewport while follow-me is on (volatile, no ack). */
  "follow:viewport": (payload: Viewport) => void;
};

/** Events the server pushes on the control channel. */
export interface ServerToClientEvents {
  "session:hello": (payload: { me: ParticipantInfo; workshop: WorkshopInfo; protocol: number }) => void;
  "participants:changed": (participants: ParticipantInfo[]) => void;
  "workshop:changed": (workshop: WorkshopInfo) => void;
  /** Session control as this viewer may see it, with the server clock at sending time. */
  "session:state": (view: SessionView) => void;
  /** The followed facilitator's viewport (volatile: only the latest matters). */
  "follow:viewport": (viewport: Viewport) => void;
  /** This participant's own record changed (a new role). */
  "session:me": (me: ParticipantInfo) => void;
  /** This participant was removed: the client must leave. */
  "session:removed": () => void;
  /** Something this person did was refused by a limit or a rule; the client explains it. */
  "session:notice": (notice: { code: LimitNotice }) => void;
}

/** Limits and rules a person can run into while working; each has a message in the client. */
export const LIMIT_NOTICES = [
  "board_full",
  "document_full",
  "too_fast",
  /** The board is locked, or this person only observes: the change was not kept. */
  "read_only",
  /** A public card added while a private round runs: it was not kept. */
  "private_round",
  /** Content the board cannot hold (an id that is not one): it was not kept. */
  "invalid_content",
  /** A card changed outside the person's group zone while groups keep to their zones: not kept. */
  "outside_zone",
  /** A card that is not a challenge, added (or re-kinded) during the critique phase or by a critical friend. */
  "challenges_only",
  /** A critical friend changed something other than their own challenges: not kept. */
  "own_cards_only",
] as const;
export type LimitNotice = (typeof LIMIT_NOTICES)[number];
