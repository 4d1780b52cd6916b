import { namesHiddenFor, type ParticipantInfo, type Role } from "@oppdag/shared";
import type { ParticipantRow } from "../storage/types";
import { presentParticipant } from "./participant";

export interface ParticipantListView {
  anonymous: boolean;
  /** Who receives the list; none means the server itself, which sees names. */
  viewer?: { id: string; role: Role } | undefined;
  isOnline(participantId: string): boolean;
}

/**
 * The participant list as one viewer may see it: removed people left out, and in anonymous mode
 * no names but the viewer's own unless the viewer is a facilitator.
 */
export function presentParticipantList(rows: readonly ParticipantRow[], view: ParticipantListView): ParticipantInfo[] {
  const hideNames = namesHiddenFor(view.viewer, view.anonymous);
  return rows
    .filter((p) => !p.removedAt)
    .map((p) => {
      const info = presentParticipant(p, view.isOnline(p.id));
      return hideNames && p.id !== view.viewer?.id ? { ...info, name: "", organisation: "" } : info;
    });
}
