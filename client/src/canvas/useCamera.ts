import type { BoardModel } from "@oppdag/shared";
import type { FitViewOptions, ReactFlowInstance } from "@xyflow/react";
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import type { Point } from "./boardProjection";

/** Room for the floating toolbar (left on desktops, bottom on phones), so "fit" never hides a card under it. */
export function fitViewOptions(): FitViewOptions {
  const narrow = window.matchMedia("(max-width: 900px)").matches;
  return {
    maxZoom: 1,
    padding: narrow
      ? ({ top: "24px", right: "24px", bottom: "96px", left: "24px" } as const)
      : ({ top: "48px", right: "48px", bottom: "48px", left: "180px" } as const),
  };
}

interface Options {
  flow: ReactFlowInstance;
  model: BoardModel;
  /** The board's element, whose middle is where new things go. */
  wrapper: RefObject<HTMLElement | null>;
  setSelected(ids: ReadonlySet<string>): void;
}

/**
 * Where this person looks: the first fit once the board has arrived, the facilitator's spotlight,
 * and "show on board" from the action plan. Follow-me is `useFollow`.
 */
export function useCamera({ flow, model, wrapper, setSelected }: Options) {
  // The document arrives after the first render (IndexedDB, then the server): fit once it has.
  const fitted = useRef(false);
  const empty = model.cards.length + model.zones.length === 0;
  useEffect(() => {
    if (fitted.current || empty) return;
    fitted.current = true;
    requestAnimationFrame(() => void flow.fitView(fitViewOptions()));
  }, [flow, empty]);

  // Spotlight: everyone's view centres on the card the facilitator points at (only when the
  // spotlight moves, not whenever the card does).
  const spotlight = useSessionStore((s) => s.session?.spotlightCardId ?? null);
  const spotlightCard = spotlight ? model.cards.find((c) => c.id === spotlight) : undefined;
  const spotlightRef = useRef(spotlightCard);
  spotlightRef.current = spotlightCard;
  useEffect(() => {
    const card = spotlightRef.current;
    if (spotlight && card)
      void flow.setCenter(card.x + card.w / 2, card.y + card.h / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 400,
      });
  }, [spotlight, flow]);

  // "Show on board" from the action plan: select the item's sources and bring them into view.
  const focusIds = useUiStore((s) => s.focusIds);
  const setUi = useUiStore((s) => s.set);
  useEffect(() => {
    if (!focusIds) return;
    setSelected(new Set(focusIds));
    const nodes = focusIds.filter((id) => model.cards.some((c) => c.id === id)).map((id) => ({ id }));
    if (nodes.length > 0) void flow.fitView({ ...fitViewOptions(), nodes, duration: 300 });
    setUi({ focusIds: null });
  }, [focusIds, model.cards, flow, setUi, setSelected]);

  /** Where new things go: the middle of what this person sees. */
  const viewCenter = useCallback((): Point => {
    const rect = wrapper.current?.getBoundingClientRect();
    return flow.screenToFlowPosition({
      x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
      y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
    });
  }, [flow, wrapper]);

  return { spotlight, viewCenter };
}
