import type { InviteLinks, WorkshopInfo } from "@oppdag/shared";
import type { WorkshopRow } from "../storage/types";

export function presentWorkshop(w: WorkshopRow): WorkshopInfo {
  return { id: w.id, title: w.title, region: w.region, language: w.language, createdAt: w.createdAt };
}

/**
 * Invite links carry the token in the fragment, which browsers never send to a server, so it
 * stays out of access logs and Referer headers.
 */
export function presentInvites(workshopId: string, tokens: Record<keyof InviteLinks, string>): InviteLinks {
  const link = (token: string) => `/join/${workshopId}#${token}`;
  return {
    facilitator: link(tokens.facilitator),
    participant: link(tokens.participant),
    observer: link(tokens.observer),
    // The role in the query only sets up the join form (a critic is an outside voice); the token decides.
    critic: `/join/${workshopId}?as=critic#${tokens.critic}`,
  };
}
