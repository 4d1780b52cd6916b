import { type BoardModel, boundsOf } from "@oppdag/shared";
import { type FitViewOptions, getViewportForBounds, type ReactFlowInstance, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { cameraMs } from "../lib/motion";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";

/**
 * React Flow's minimap: 200 × 150 px (its default size) in the bottom right corner, 15 px in. Phones
 * and narrow windows hide it (styles.css).
 */
const MINIMAP = { width: 200, margin: 15 };

/**
 * Room for what floats over the board, so "fit" never hides a card under it: the toolbar (left
 * on desktops, bottom on phones) and, on desktops, the minimap. The minimap gets its own strip on
 * the right rather than at the bottom: a desktop's board area is wider than most boards, so a fit
 * is seldom short of width and the strip costs it less zoom there.
 */
export function fitViewOptions(): FitViewOptions {
  const narrow = window.matchMedia("(max-width: 900px)").matches;
  return {
    maxZoom: 1,
    padding: narrow
      ? ({ top: "24px", right: "24px", bottom: "96px", left: "24px" } as const)
      : ({
          top: `${topClearance()}px`,
          right: `${MINIMAP.width + MINIMAP.margin + 24}px`,
          bottom: "48px",
          left: "180px",
        } as const),
  };
}

/** Room at the top: 48 px, or below the facilitator's balance chips where they float over the board. */
function topClearance(): number {
  const chips = document.querySelector(".balance")?.getBoundingClientRect();
  const board = document.querySelector(".board")?.getBoundingClientRect();
  return chips && board && chips.height > 0 ? Math.max(48, Math.round(chips.bottom - board.top + 16)) : 48;
}

interface Options {
  flow: ReactFlowInstance;
  model: BoardModel;
  setSelected(ids: ReadonlySet<string>): void;
}

/**
 * Where this person looks: the first fit once the board has arrived, the facilitator's spotlight,
 * and "show on board" from the action plan. Follow-me is `useFollow`.
 */
export function useCamera({ flow, model, setSelected }: Options) {
  // The document arrives after the first render (IndexedDB, then the server): fit once it has.
  // A board that is empty until this person adds its first card is not fitted: the card was put
  // where they look, and a fit would move it (on a phone, under the panel they have open).
  const fitted = useRef(false);
  const me = useSessionStore((s) => s.me?.id);
  const empty = model.cards.length + model.zones.length === 0;
  const onlyMine =
    model.zones.length === 0 && model.cards.every((c) => c.authorId === me && Date.now() - c.createdAt < 30_000);
  useEffect(() => {
    if (fitted.current || empty) return;
    fitted.current = true;
    if (onlyMine) return;
    requestAnimationFrame(() => void flow.fitView(fitViewOptions()));
  }, [flow, empty, onlyMine]);

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
        duration: cameraMs(400),
      });
  }, [spotlight, flow]);

  // "Show on board" from the action plan: select the item's sources and bring them into view. A
  // zone (a thematic group's) is brought into view, not selected.
  const focusIds = useUiStore((s) => s.focusIds);
  const setUi = useUiStore((s) => s.set);
  const store = useStoreApi();
  useEffect(() => {
    if (!focusIds) return;
    const cards = focusIds.filter((id) => model.cards.some((c) => c.id === id));
    if (cards.length > 0) setSelected(new Set(cards));
    // Fitted to the rectangles the model knows, at once: React Flow's own fitView({ nodes }) waits
    // for a change of nodes before it moves, so a zone shown on an idle board stayed out of view.
    const bounds = boundsOf([
      ...model.cards.filter((c) => cards.includes(c.id)),
      ...model.zones.filter((z) => focusIds.includes(z.id)),
    ]);
    const { width, height, minZoom } = store.getState();
    if (bounds && width > 0 && height > 0) {
      const { maxZoom, padding } = fitViewOptions();
      const viewport = getViewportForBounds(
        { x: bounds.x, y: bounds.y, width: bounds.w, height: bounds.h },
        width,
        height,
        minZoom,
        maxZoom ?? 1,
        padding ?? 0.1,
      );
      void flow.setViewport(viewport, { duration: cameraMs(300) });
    }
    setUi({ focusIds: null });
  }, [focusIds, model.cards, model.zones, flow, setUi, setSelected, store]);

  return { spotlight };
}
