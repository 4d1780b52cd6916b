import type { Viewport } from "@oppdag/shared";
import type { SessionService } from "../service";

// Workshop-wide switches a facilitator flips. The lock is enforced on the sync channel through
// SessionService.rightsOf; anonymity by the presenters.

export async function setLock(service: SessionService, workshopId: string, locked: boolean): Promise<void> {
  await service.update(workshopId, (s) => {
    s.locked = locked;
  });
}

export async function setAnonymous(service: SessionService, workshopId: string, active: boolean): Promise<void> {
  await service.update(workshopId, (s) => {
    s.anonymous = active;
  });
}

/** Whether participants and observers may download the exports too. */
export async function allowExports(service: SessionService, workshopId: string, allowed: boolean): Promise<void> {
  await service.update(workshopId, (s) => {
    s.exportsAllowed = allowed;
  });
}

export async function setSpotlight(service: SessionService, workshopId: string, cardId: string | null) {
  await service.update(workshopId, (s) => {
    s.spotlightCardId = cardId;
  });
}

/** Everyone follows this facilitator's viewport, or nobody does. */
export async function setFollow(service: SessionService, workshopId: string, facilitatorId: string, active: boolean) {
  await service.update(workshopId, (s) => {
    s.follow = active ? { facilitatorId, viewport: s.follow?.viewport ?? null } : null;
  });
}

/**
 * Records the followed facilitator's viewport, in memory only (it is ephemeral: kept for late
 * joiners, never written). Returns whether it should be relayed: only the one being followed moves.
 */
export function moveFollowViewport(
  service: SessionService,
  workshopId: string,
  facilitatorId: string,
  viewport: Viewport,
): boolean {
  const state = service.peek(workshopId);
  if (!state?.follow || state.follow.facilitatorId !== facilitatorId) return false;
  state.follow.viewport = viewport;
  return true;
}
