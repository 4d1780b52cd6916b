import type { SessionService } from "../service";

// Raised hands: a queue in the order hands went up.

/** Raises or lowers the person's own hand; raising again moves them to the back. */
export async function setHand(service: SessionService, workshopId: string, participantId: string, raised: boolean) {
  await service.update(workshopId, (s) => {
    s.hands = s.hands.filter((h) => h.participantId !== participantId);
    if (raised) s.hands.push({ participantId, raisedAt: Date.now() });
  });
}

/** Lowers someone's hand (a facilitator answered them, or they left the workshop). */
export async function lowerHand(service: SessionService, workshopId: string, participantId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.hands = s.hands.filter((h) => h.participantId !== participantId);
  });
}

export async function clearHands(service: SessionService, workshopId: string): Promise<void> {
  await service.update(workshopId, (s) => {
    s.hands = [];
  });
}
