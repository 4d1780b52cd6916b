import {
  extendTimer as extendedTimer,
  type Phase,
  pauseTimer as pausedTimer,
  resumeTimer as resumedTimer,
} from "@oppdag/shared";
import { invalid } from "../../domain/errors";
import type { SessionService } from "../service";

// Moving between phases runs their actions, so it is a command of its own (commands/changePhase.ts).

/** Replaces the agenda; a current phase that is no longer on it ends. */
export async function setPhases(service: SessionService, workshopId: string, phases: Phase[]): Promise<void> {
  const ids = new Set(phases.map((p) => p.id));
  if (ids.size !== phases.length) throw invalid("phase ids must be unique");
  await service.update(workshopId, (s) => {
    s.phases = phases;
    if (s.currentPhaseId && !ids.has(s.currentPhaseId)) s.currentPhaseId = null;
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
