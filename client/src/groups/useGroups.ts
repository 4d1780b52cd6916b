import { type GroupsView, groupOf, NO_GROUPS, type ThematicGroup } from "@oppdag/shared";
import { useCallback, useEffect } from "react";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";

/** The room's thematic groups as this person sees them (everyone sees the same). */
export const useGroupsView = (): GroupsView => useSessionStore((s) => s.session?.groups ?? NO_GROUPS);

/** The group this person is in, and whether they write its summary. */
export function useMyGroup(): { group: ThematicGroup | undefined; writesSummary: boolean; view: GroupsView } {
  const view = useGroupsView();
  const me = useSessionStore((s) => s.me);
  const group = me ? groupOf(view, me.id) : undefined;
  const writesSummary =
    !!group && !!me && (group.rapporteurId === me.id || (group.rapporteurId === null && me.role === "participant"));
  return { group, writesSummary, view };
}

/** Brings a zone into view on the board (the camera hook in canvas/useCamera.ts moves). */
export function useShowZone(): (zoneId: string | null) => void {
  const setUi = useUiStore((s) => s.set);
  return useCallback(
    (zoneId) => {
      if (zoneId) setUi({ focusIds: [zoneId] });
    },
    [setUi],
  );
}

/**
 * The camera goes to the group's zone when group work starts, and again when this person is moved
 * to another group; and to the zone being presented in plenary, for everyone.
 */
export function useGroupCamera(): void {
  const { group, view } = useMyGroup();
  const showZone = useShowZone();
  const myZone = view.status === "working" ? (group?.zoneId ?? null) : null;
  const presented = view.status === "plenary" ? view.groups.find((g) => g.id === view.presentingId) : undefined;
  const target = presented?.zoneId ?? myZone;
  // Only when where to look changes, not on every session push.
  useEffect(() => {
    showZone(target);
  }, [target, showZone]);
}
