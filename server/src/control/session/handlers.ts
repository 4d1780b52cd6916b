import {
  addCard,
  boardFromDoc,
  castVote,
  DraftCardPayload,
  extendTimer,
  newId,
  PhasesPayload,
  pauseTimer,
  resumeTimer,
  retractVote,
  SetRolePayload,
  StartVotePayload,
  selectVoteTargets,
  startTimer,
  tally,
  ViewportPayload,
} from "@oppdag/shared";
import { z } from "zod";
import { readWorkshopDoc } from "../../export/workshopDoc";
import { HttpError, notFound } from "../../http/errors";
import type { ControlContext, ControlSocket } from "../context";
import { controlHandler } from "../handle";
import type { SessionState, VoteRound } from "./state";

const Empty = z.object({}).passthrough();
const FACILITATOR = ["facilitator"] as const;
const WRITERS = ["facilitator", "participant"] as const;
const MAX_DRAFTS_PER_PERSON = 200;

const conflict = (message: string) => new HttpError(409, "conflict", message);

function findRound(state: SessionState, roundId: string): VoteRound {
  const round = state.votes.find((r) => r.id === roundId);
  if (!round) throw notFound("voting round");
  return round;
}

/** Session control: agenda and timer, lock, private writing, voting, follow-me, roles, hands. */
export function registerSessionHandlers(ctx: ControlContext, socket: ControlSocket): void {
  const me = socket.data.participant;
  const workshopId = me.workshopId;
  const on = <T>(
    schema: z.ZodType<T>,
    roles: readonly ("facilitator" | "participant" | "observer")[] | null,
    run: Parameters<typeof controlHandler<T>>[4],
  ) => controlHandler(ctx, me, schema, roles, run);
  const update = <T>(change: (s: SessionState) => T | Promise<T>) => ctx.sessionService.update(workshopId, change);

  socket.on("time:ping", (ack) => {
    if (typeof ack === "function") ack(Date.now());
  });

  // Agenda and timer.
  socket.on(
    "phases:set",
    on(PhasesPayload, FACILITATOR, async ({ phases }) => {
      const ids = new Set(phases.map((p) => p.id));
      if (ids.size !== phases.length) throw new HttpError(400, "invalid_request", "phase ids must be unique");
      await update((s) => {
        s.phases = phases;
        if (s.currentPhaseId && !ids.has(s.currentPhaseId)) s.currentPhaseId = null;
      });
    }),
  );
  socket.on(
    "phase:start",
    on(z.object({ phaseId: z.string() }), FACILITATOR, async ({ phaseId }) => {
      await update((s) => {
        const phase = s.phases.find((p) => p.id === phaseId);
        if (!phase) throw notFound("phase");
        s.currentPhaseId = phase.id;
        s.timer = startTimer(phase.durationSec * 1000, Date.now());
      });
    }),
  );
  socket.on(
    "phase:next",
    on(Empty, FACILITATOR, async () => {
      await update((s) => {
        const index = s.phases.findIndex((p) => p.id === s.currentPhaseId);
        const next = s.phases[index + 1];
        if (!next) throw conflict("this is the last phase");
        s.currentPhaseId = next.id;
        s.timer = startTimer(next.durationSec * 1000, Date.now());
      });
    }),
  );
  socket.on(
    "timer:pause",
    on(Empty, FACILITATOR, async () => {
      await update((s) => {
        s.timer = pauseTimer(s.timer, Date.now());
      });
    }),
  );
  socket.on(
    "timer:resume",
    on(Empty, FACILITATOR, async () => {
      await update((s) => {
        s.timer = resumeTimer(s.timer, Date.now());
      });
    }),
  );
  socket.on(
    "timer:extend",
    on(z.object({ seconds: z.number().int().min(-3600).max(3600) }), FACILITATOR, async ({ seconds }) => {
      await update((s) => {
        s.timer = extendTimer(s.timer, seconds * 1000, Date.now());
      });
    }),
  );

  // Lock: enforced on the sync channel through SessionService.canWrite.
  socket.on(
    "board:lock",
    on(z.object({ locked: z.boolean() }), FACILITATOR, async ({ locked }) => {
      await update((s) => {
        s.locked = locked;
      });
    }),
  );

  // Private writing: drafts stay on the server until the reveal writes them into the document.
  socket.on(
    "private:set",
    on(z.object({ active: z.boolean() }), FACILITATOR, async ({ active }) => {
      if (active) {
        await update((s) => {
          s.privateRound = true;
        });
        return;
      }
      await update(async (s) => {
        const drafts = s.drafts;
        const authors = await ctx.storage.listParticipants(workshopId);
        const groupOf = new Map(authors.map((p) => [p.id, p.actorGroup]));
        const room = ctx.rooms.open(workshopId);
        await room.ready;
        // Draft ids become card ids, so a reveal repeated after a crash overwrites instead of duplicating.
        room.transactAsServer((doc) => {
          for (const [authorId, cards] of Object.entries(drafts)) {
            for (const d of cards) {
              addCard(
                doc,
                { kind: d.kind, text: d.text, x: d.x, y: d.y },
                { id: authorId, group: groupOf.get(authorId) ?? "external" },
                d.id,
              );
            }
          }
        });
        await new Promise<void>((resolve) => room.whenDurable(resolve));
        ctx.rooms.releaseIfEmpty(room);
        s.drafts = {};
        s.privateRound = false;
      });
    }),
  );
  socket.on(
    "draft:upsert",
    on(DraftCardPayload, WRITERS, async (draft, actor) => {
      await update((s) => {
        if (!s.privateRound) throw conflict("there is no private round now");
        const mine = s.drafts[actor.id] ?? [];
        const index = mine.findIndex((d) => d.id === draft.id);
        if (index === -1 && mine.length >= MAX_DRAFTS_PER_PERSON)
          throw new HttpError(429, "too_many", "too many private cards");
        if (index === -1) mine.push(draft);
        else mine[index] = draft;
        s.drafts[actor.id] = mine;
      });
    }),
  );
  socket.on(
    "draft:delete",
    on(z.object({ id: z.string().max(40) }), WRITERS, async ({ id }, actor) => {
      await update((s) => {
        s.drafts[actor.id] = (s.drafts[actor.id] ?? []).filter((d) => d.id !== id);
      });
    }),
  );

  // Dot voting: ballots stay on the server until the reveal.
  socket.on(
    "vote:start",
    on(StartVotePayload, FACILITATOR, async (spec) => {
      const doc = await readWorkshopDoc(ctx.rooms, ctx.storage, ctx.batcher, workshopId);
      const targetIds = selectVoteTargets(boardFromDoc(doc), spec.targets);
      if (targetIds.length === 0) throw new HttpError(400, "no_targets", "nothing on the board matches these targets");
      await update((s) => {
        for (const r of s.votes) if (r.status === "open") r.status = "closed";
        s.votes.push({
          id: newId(),
          title: spec.title,
          status: "open",
          targetIds,
          votesPerPerson: spec.votesPerPerson,
          allowMultiplePerTarget: spec.allowMultiplePerTarget,
          anonymous: spec.anonymous,
          createdAt: Date.now(),
          ballots: {},
          results: null,
        });
      });
    }),
  );
  const VoteTarget = z.object({ roundId: z.string().max(40), targetId: z.string().max(64) });
  socket.on(
    "vote:cast",
    on(VoteTarget, WRITERS, async ({ roundId, targetId }, actor) => {
      await update((s) => {
        const round = findRound(s, roundId);
        if (round.status !== "open") throw conflict("this round is closed");
        const next = castVote(round, round.ballots[actor.id] ?? {}, targetId);
        if (typeof next === "string") throw conflict(next);
        round.ballots[actor.id] = next;
      });
    }),
  );
  socket.on(
    "vote:retract",
    on(VoteTarget, WRITERS, async ({ roundId, targetId }, actor) => {
      await update((s) => {
        const round = findRound(s, roundId);
        if (round.status !== "open") throw conflict("this round is closed");
        const next = retractVote(round.ballots[actor.id] ?? {}, targetId);
        if (typeof next === "string") throw conflict(next);
        round.ballots[actor.id] = next;
      });
    }),
  );
  socket.on(
    "vote:close",
    on(z.object({ roundId: z.string().max(40) }), FACILITATOR, async ({ roundId }) => {
      await update((s) => {
        const round = findRound(s, roundId);
        if (round.status === "open") round.status = "closed";
      });
    }),
  );
  socket.on(
    "vote:reveal",
    on(z.object({ roundId: z.string().max(40) }), FACILITATOR, async ({ roundId }) => {
      await update((s) => {
        const round = findRound(s, roundId);
        round.status = "revealed";
        round.results = tally(round.targetIds, round.ballots, !round.anonymous);
      });
    }),
  );

  // Follow me and spotlight.
  socket.on(
    "follow:set",
    on(z.object({ active: z.boolean() }), FACILITATOR, async ({ active }, actor) => {
      await update((s) => {
        s.follow = active ? { facilitatorId: actor.id, viewport: s.follow?.viewport ?? null } : null;
      });
    }),
  );
  socket.on("follow:viewport", (payload) => {
    const parsed = ViewportPayload.safeParse(payload);
    const state = ctx.sessionService.peek(workshopId);
    if (!parsed.success || !state?.follow || state.follow.facilitatorId !== me.id) return;
    // Ephemeral: kept in memory for late joiners, relayed at once, not written to storage.
    state.follow.viewport = parsed.data;
    socket.to(`w:${workshopId}`).volatile.emit("follow:viewport", parsed.data);
  });
  socket.on(
    "spotlight:set",
    on(z.object({ cardId: z.string().max(64).nullable() }), FACILITATOR, async ({ cardId }) => {
      await update((s) => {
        s.spotlightCardId = cardId;
      });
    }),
  );

  // Roles and anonymity.
  socket.on(
    "participant:setRole",
    on(SetRolePayload, FACILITATOR, async ({ participantId, role }, actor) => {
      if (participantId === actor.id) throw new HttpError(400, "invalid_request", "you cannot change your own role");
      const target = await ctx.storage.getParticipant(workshopId, participantId);
      if (!target || target.removedAt) throw notFound("participant");
      await ctx.storage.setParticipantRole(workshopId, participantId, role);
      ctx.sessionService.setRole(participantId, role);
      await ctx.onRoleChanged(workshopId, participantId);
    }),
  );
  socket.on(
    "anonymous:set",
    on(z.object({ active: z.boolean() }), FACILITATOR, async ({ active }) => {
      await update((s) => {
        s.anonymous = active;
      });
      await ctx.broadcastParticipants(workshopId);
    }),
  );

  socket.on(
    "exports:allow",
    on(z.object({ allowed: z.boolean() }), FACILITATOR, async ({ allowed }) => {
      await update((s) => {
        s.exportsAllowed = allowed;
      });
    }),
  );

  // Raised hands: a queue in the order hands went up.
  socket.on(
    "hand:set",
    on(z.object({ raised: z.boolean() }), null, async ({ raised }, actor) => {
      await update((s) => {
        s.hands = s.hands.filter((h) => h.participantId !== actor.id);
        if (raised) s.hands.push({ participantId: actor.id, raisedAt: Date.now() });
      });
    }),
  );
  socket.on(
    "hand:lower",
    on(z.object({ participantId: z.string().max(64) }), FACILITATOR, async ({ participantId }) => {
      await update((s) => {
        s.hands = s.hands.filter((h) => h.participantId !== participantId);
      });
    }),
  );
  socket.on(
    "hands:clear",
    on(Empty, FACILITATOR, async () => {
      await update((s) => {
        s.hands = [];
      });
    }),
  );
}
