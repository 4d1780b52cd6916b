import type { SessionService } from "../service";

/**
 * Starts or ends the critique phase: while it runs, participants' new cards are challenges only
 * (`boardRights`, enforced on the sync channel by `Room`). An agenda phase can switch it on when it
 * starts. A change counts at once for the next update anyone sends.
 */
export async function setCritique(sessions: SessionService, workshopId: string, active: boolean): Promise<void> {
  await sessions.update(workshopId, (s) => {
    s.critique = active;
  });
}
