import { type BoardModel, type BoardZone, centreInside, type Rect } from "@oppdag/shared";
import { useMemo } from "react";
import { selectBoardRights, useSessionStore } from "../stores/sessionStore";

/**
 * The zone this person's changes must stay in while thematic groups keep to their zones (the
 * server refuses the rest: SessionService.rightsOf). The board uses it so that no gesture makes a
 * change the server would throw away: cards outside are read-only, drags stop at the zone's edge,
 * new cards go inside it.
 */
export function useZoneRule(model: BoardModel): BoardZone | null {
  const zoneId = useSessionStore((s) => selectBoardRights(s).onlyInZone ?? null);
  return useMemo(() => (zoneId ? (model.zones.find((z) => z.id === zoneId) ?? null) : null), [zoneId, model.zones]);
}

/** Whether the rule lets this card be changed (no rule: yes). */
export const changeableUnder = (rule: Rect | null, card: Rect): boolean => !rule || centreInside(card, rule);

/** A card's new top-left corner, moved as little as needed to keep its centre inside the zone. */
export function keepInZone(position: { x: number; y: number }, size: { w: number; h: number }, zone: Rect) {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  return {
    x: Math.round(clamp(position.x, zone.x - size.w / 2, zone.x + zone.w - size.w / 2)),
    y: Math.round(clamp(position.y, zone.y - size.h / 2, zone.y + zone.h - size.h / 2)),
  };
}
