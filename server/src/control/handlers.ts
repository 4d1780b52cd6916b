import { changePhase } from "../commands/changePhase";
import { removeParticipant } from "../commands/removeParticipant";
import { renameWorkshop } from "../commands/renameWorkshop";
import { revealDrafts } from "../commands/revealDrafts";
import { setRole } from "../commands/setRole";
import { startScoring } from "../commands/startScoring";
import { startVote } from "../commands/startVote";
import { extendTimer, pauseTimer, resumeTimer, setPhases } from "../session/commands/agenda";
import { setCritique } from "../session/commands/critique";
import { deleteDraft, startPrivateRound, upsertDraft } from "../session/commands/drafts";
import {
  clearGroups,
  endGroupWork,
  extendGroupTimer,
  messageGroups,
  moveToGroup,
  presentGroup,
  setRapporteur,
  setupGroups,
  startGroupWork,
  writeSummary,
} from "../session/commands/groups";
import { clearHands, lowerHand, setHand } from "../session/commands/hands";
import { closeScoring, revealScoring, setScore } from "../session/commands/scoring";
import { allowExports, setAnonymous, setFollow, setLock, setSpotlight } from "../session/commands/settings";
import { castVote, closeVote, retractVote, revealVote } from "../session/commands/voting";
import { workshopRoom } from "./context";
import type { ControlHandlers } from "./handle";

const FACILITATOR = ["facilitator"] as const;
const WRITERS = ["facilitator", "participant"] as const;

/**
 * Every acknowledged control request: who may ask, and which command answers it. Validation,
 * the role check and the ack are the same for all (`registerHandlers`); what follows a command
 * here is only what this channel must push (a new title, a participant list).
 */
export const CONTROL_HANDLERS: ControlHandlers = {
  "workshop:rename": {
    roles: FACILITATOR,
    async run({ title }, actor, ctx) {
      const workshop = await renameWorkshop(ctx.storage, actor, title);
      ctx.io.to(workshopRoom(actor.workshopId)).emit("workshop:changed", workshop);
    },
  },
  "participant:remove": {
    roles: FACILITATOR,
    run: ({ participantId }, actor, ctx) => removeParticipant(ctx.storage, ctx.sessions, actor, participantId),
  },
  "participant:setRole": {
    roles: FACILITATOR,
    async run({ participantId, role }, actor, ctx) {
      await setRole(ctx, actor, participantId, role);
      await ctx.onRoleChanged(actor.workshopId, participantId);
    },
  },

  // Agenda and timer.
  "phases:set": {
    roles: FACILITATOR,
    run: ({ phases }, a, ctx) => setPhases(ctx.sessionService, a.workshopId, phases),
  },
  "phase:start": {
    roles: FACILITATOR,
    run: ({ phaseId }, a, ctx) => changePhase(ctx, a.workshopId, { phaseId }),
  },
  "phase:next": { roles: FACILITATOR, run: (_, a, ctx) => changePhase(ctx, a.workshopId, "next") },
  "timer:pause": { roles: FACILITATOR, run: (_, a, ctx) => pauseTimer(ctx.sessionService, a.workshopId) },
  "timer:resume": { roles: FACILITATOR, run: (_, a, ctx) => resumeTimer(ctx.sessionService, a.workshopId) },
  "timer:extend": {
    roles: FACILITATOR,
    run: ({ seconds }, a, ctx) => extendTimer(ctx.sessionService, a.workshopId, seconds),
  },

  // The lock and the private round are enforced on the sync channel too (SessionService.rightsOf).
  "board:lock": { roles: FACILITATOR, run: ({ locked }, a, ctx) => setLock(ctx.sessionService, a.workshopId, locked) },
  "private:set": {
    roles: FACILITATOR,
    run: ({ active }, a, ctx) =>
      active ? startPrivateRound(ctx.sessionService, a.workshopId) : revealDrafts(ctx, a.workshopId),
  },
  "draft:upsert": {
    roles: WRITERS,
    run: (draft, a, ctx) => upsertDraft(ctx.sessionService, a.workshopId, a, draft),
  },
  "draft:delete": { roles: WRITERS, run: ({ id }, a, ctx) => deleteDraft(ctx.sessionService, a.workshopId, a.id, id) },

  // Dot voting.
  "vote:start": { roles: FACILITATOR, run: (spec, a, ctx) => startVote(ctx, a.workshopId, spec) },
  "vote:cast": { roles: WRITERS, run: (at, a, ctx) => castVote(ctx.sessionService, a.workshopId, a, at) },
  "vote:retract": { roles: WRITERS, run: (at, a, ctx) => retractVote(ctx.sessionService, a.workshopId, a.id, at) },
  "vote:close": {
    roles: FACILITATOR,
    run: ({ roundId }, a, ctx) => closeVote(ctx.sessionService, a.workshopId, roundId),
  },
  "vote:reveal": {
    roles: FACILITATOR,
    run: ({ roundId }, a, ctx) => revealVote(ctx.sessionService, a.workshopId, roundId),
  },

  // Multi-criteria scoring: participants score (each in the actor group they joined with).
  "score:start": { roles: FACILITATOR, run: (spec, a, ctx) => startScoring(ctx, a.workshopId, spec) },
  "score:set": { roles: ["participant"], run: (at, a, ctx) => setScore(ctx.sessionService, a.workshopId, a, at) },
  "score:close": {
    roles: FACILITATOR,
    run: ({ roundId }, a, ctx) => closeScoring(ctx.sessionService, a.workshopId, roundId),
  },
  "score:reveal": {
    roles: FACILITATOR,
    run: ({ roundId }, a, ctx) => revealScoring(ctx.sessionService, a.workshopId, roundId),
  },

  // Follow-me, spotlight, anonymity, exports.
  "follow:set": {
    roles: FACILITATOR,
    run: ({ active }, a, ctx) => setFollow(ctx.sessionService, a.workshopId, a.id, active),
  },
  "spotlight:set": {
    roles: FACILITATOR,
    run: ({ cardId }, a, ctx) => setSpotlight(ctx.sessionService, a.workshopId, cardId),
  },
  "anonymous:set": {
    roles: FACILITATOR,
    async run({ active }, a, ctx) {
      await setAnonymous(ctx.sessionService, a.workshopId, active);
      await ctx.broadcastParticipants(a.workshopId);
    },
  },
  "exports:allow": {
    roles: FACILITATOR,
    run: ({ allowed }, a, ctx) => allowExports(ctx.sessionService, a.workshopId, allowed),
  },

  // Raised hands: anyone raises their own; a facilitator lowers them.
  "hand:set": { roles: null, run: ({ raised }, a, ctx) => setHand(ctx.sessionService, a.workshopId, a.id, raised) },
  "hand:lower": {
    roles: FACILITATOR,
    run: ({ participantId }, a, ctx) => lowerHand(ctx.sessionService, a.workshopId, participantId),
  },
  "hands:clear": { roles: FACILITATOR, run: (_, a, ctx) => clearHands(ctx.sessionService, a.workshopId) },

  // Thematic groups: the facilitator forms, moves and runs them; a rapporteur writes the summary.
  "groups:setup": { roles: FACILITATOR, run: (spec, a, ctx) => setupGroups(ctx, a.workshopId, spec) },
  "groups:start": { roles: FACILITATOR, run: (spec, a, ctx) => startGroupWork(ctx.sessionService, a.workshopId, spec) },
  "groups:end": { roles: FACILITATOR, run: (_, a, ctx) => endGroupWork(ctx.sessionService, a.workshopId) },
  "groups:clear": { roles: FACILITATOR, run: (_, a, ctx) => clearGroups(ctx.sessionService, a.workshopId) },
  "group:move": {
    roles: FACILITATOR,
    run: ({ participantId, groupId }, a, ctx) => moveToGroup(ctx.sessionService, a.workshopId, participantId, groupId),
  },
  "group:rapporteur": {
    roles: FACILITATOR,
    run: ({ groupId, participantId }, a, ctx) =>
      setRapporteur(ctx.sessionService, a.workshopId, groupId, participantId),
  },
  "group:extend": {
    roles: FACILITATOR,
    run: ({ groupId, seconds }, a, ctx) => extendGroupTimer(ctx.sessionService, a.workshopId, groupId, seconds),
  },
  "group:summary": {
    roles: WRITERS,
    run: ({ groupId, text }, a, ctx) => writeSummary(ctx.sessionService, a.workshopId, a, groupId, text),
  },
  "group:present": {
    roles: FACILITATOR,
    run: ({ groupId }, a, ctx) => presentGroup(ctx.sessionService, a.workshopId, groupId),
  },
  "groups:message": {
    roles: FACILITATOR,
    run: ({ text }, a, ctx) => messageGroups(ctx.sessionService, a.workshopId, text),
  },

  // The critique phase (enforced on the sync channel through SessionService.rightsOf).
  "critique:set": {
    roles: FACILITATOR,
    run: ({ active }, a, ctx) => setCritique(ctx.sessionService, a.workshopId, active),
  },
};
