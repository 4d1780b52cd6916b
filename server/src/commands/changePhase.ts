import { boardFromDoc, Limits, type PhaseEffects, planPhaseChange, startTimer } from "@oppdag/shared";
import { AppError, conflict, notFound } from "../domain/errors";
import { endGroupWork, setupGroups, startGroupWork } from "../session/commands/groups";
import { closeScoring } from "../session/commands/scoring";
import { closeVote } from "../session/commands/voting";
import { readWorkshopDoc } from "../sync/workshopDoc";
import { revealDrafts } from "./revealDrafts";
import { startScoring } from "./startScoring";
import { type StartVoteDeps, startVote } from "./startVote";

/** Which phase to go to: a named one, or the one after the current. */
export type PhaseTarget = { phaseId: string } | "next";

/**
 * Moves the agenda to a phase and runs what the phases ask for (`planPhaseChange`): leaving one
 * switches off what it switched on, entering the next switches on its lock, private round, vote,
 * scoring round, critique or groups. So running the agenda is one "Next" per step.
 *
 * Each step is one of the commands a facilitator could send by hand, in the plan's order: the
 * previous private round is revealed before a new one starts, rounds are closed before new ones
 * open. A vote or scoring round with nothing on the board to target does not hold the agenda
 * back: the phase starts, and the facilitator is told why its round did not.
 */
export function changePhase(deps: StartVoteDeps, workshopId: string, target: PhaseTarget): Promise<void> {
  // Up to five changes (reveal, close the rounds, the phase, open new ones): one push to the room.
  return deps.sessionService.together(workshopId, () => runPhaseChange(deps, workshopId, target));
}

async function runPhaseChange(deps: StartVoteDeps, workshopId: string, target: PhaseTarget): Promise<void> {
  const state = await deps.sessionService.get(workshopId);
  const phase =
    target === "next"
      ? state.phases[state.phases.findIndex((p) => p.id === state.currentPhaseId) + 1]
      : state.phases.find((p) => p.id === target.phaseId);
  if (!phase) throw target === "next" ? conflict("this is the last phase") : notFound("phase");
  const leaving = state.phaseEffects?.phaseId === state.currentPhaseId ? state.phaseEffects : null;
  const plan = planPhaseChange(leaving, phase.actions, state);
  const effects: PhaseEffects = {
    phaseId: phase.id,
    lock: !!phase.actions?.lock && (plan.lock === true || (!!leaving?.lock && state.locked)),
    privateRound: plan.startPrivate,
    voteRoundId: null,
    scoringRoundId: null,
    critique: !!phase.actions?.critique,
    groups: !!phase.actions?.groups,
  };

  if (plan.reveal) await revealDrafts(deps, workshopId);
  if (plan.closeVote) await closeVote(deps.sessionService, workshopId, plan.closeVote);
  if (plan.closeScoring) await closeScoring(deps.sessionService, workshopId, plan.closeScoring);
  if (plan.groups === "end") await endGroupWork(deps.sessionService, workshopId);
  await deps.sessionService.update(workshopId, (s) => {
    s.currentPhaseId = phase.id;
    s.timer = startTimer(phase.durationSec * 1000, Date.now());
    if (plan.lock !== null) s.locked = plan.lock;
    if (plan.startPrivate) s.privateRound = true;
    if (plan.critique !== null) s.critique = plan.critique;
    s.phaseEffects = effects;
  });

  const refusals: AppError[] = [];
  const tryStep = async (step: () => Promise<void>): Promise<boolean> => {
    try {
      await step();
      return true;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refusals.push(error);
      return false;
    }
  };
  if (plan.groups === "start") {
    await tryStep(async () => {
      if (state.groups.groups.length === 0) await formGroupsFromZones(deps, workshopId);
      await startGroupWork(deps.sessionService, workshopId, {
        durationSec: phase.durationSec,
        restrictToZone: state.groups.restrictToZone,
      });
    });
  }
  const { startVote: voteSpec, startScoring: scoringSpec } = plan;
  const voted = !!voteSpec && (await tryStep(() => startVote(deps, workshopId, voteSpec)));
  const scored = !!scoringSpec && (await tryStep(() => startScoring(deps, workshopId, scoringSpec)));
  if (voted || scored) {
    // Remember the rounds this phase opened (the open ones now), so that leaving closes only them.
    await deps.sessionService.update(workshopId, (s) => {
      if (s.phaseEffects?.phaseId !== phase.id) return;
      if (voted) s.phaseEffects.voteRoundId = s.votes.find((r) => r.status === "open")?.id ?? null;
      if (scored) s.phaseEffects.scoringRoundId = s.scoring.find((r) => r.status === "open")?.id ?? null;
    });
  }
  if (refusals[0]) throw refusals[0];
}

/** A phase that starts group work before any groups were formed: one group per zone, balanced. */
async function formGroupsFromZones(deps: StartVoteDeps, workshopId: string): Promise<void> {
  const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
  const zones = boardFromDoc(doc)
    .zones.filter((z) => z.title.trim() !== "")
    .slice(0, 20);
  if (zones.length < 2) throw conflict("form the groups first");
  await setupGroups(deps, workshopId, {
    split: "balanced",
    groups: zones.map((z) => ({ name: z.title.trim().slice(0, Limits.titleLength), zoneId: z.id })),
  });
}
