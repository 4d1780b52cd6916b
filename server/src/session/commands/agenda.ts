import {
  extendTimer as extendedTimer,
  type Phase,
  pauseTimer as pausedTimer,
  resumeTimer as resumedTimer,
  startTimer,
} from "@oppdag/shared";
import { conflict, invalid, notFound } from "../../domain/errors";
import type { SessionService } from "../service";

/** Replaces the agenda; a current phase that is no longer on it ends. */
export async function setPhases(service: SessionService, workshopId: string, phases: Phase[]): Promise<void> {
  const ids = new Set(phases.map((p) => p.id));
  if (ids.size !== phases.length) throw invalid("phase ids must be unique");
  await service.update(workshopId, (s) => {
    s.phases = phases;
    if (s.currentPhaseId && !ids.has(s.currentPhaseId)) s.currentPhaseId = null;
  });
}

/** Starts a phase and its timer, in server time. */
export async function startPhase(service: SessionService, workshopId: string, phaseId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const phase = s.phases.find((p) => p.id === phaseId);
    if (!phase) throw notFound("phase");
    s.currentPhaseId = phase.id;
    s.timer = startTimer(phase.durationSec * 1000, Date.now());
  });
}

export async function nextPhase(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    const index = s.phases.findIndex((p) => p.id === s.currentPhaseId);
    const next = s.phases[index + 1];
    if (!next) throw conflict("this is the last phase");
    s.currentPhaseId = next.id;
    s.timer = startTimer(next.durationSec * 1000, Date.now());
  });
}

export async function pauseTimer(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.timer = pausedTimer(s.timer, Date.now());
  });
}

export async function resumeTimer(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.timer = resumedTimer(s.timer, Date.now());
  });
}

/** Adds (or with a negative number takes) seconds, running or paused. */
export async function extendTimer(service: SessionService, workshopId: string, seconds: number): Promise<void> {
  await service.update(workshopId, (s) => {
    s.timer = extendedTimer(s.timer, seconds * 1000, Date.now());
  });
}
