import { boundsOf, type Point, type Rect, rectInside } from "@oppdag/shared";
import type { ReactFlowInstance } from "@xyflow/react";
import { type RefObject, useCallback, useMemo } from "react";
import { cameraMs } from "../lib/motion";
import { unobstructedRect } from "./visibleArea";
import { FAR_ZOOM, WRITING_ZOOM } from "./zoom";

/** What floats over the board: new cards must not go under any of it. */
const COVERS = [
  ".board-toolbar",
  ".board-banners",
  ".react-flow__minimap",
  ".react-flow__controls",
  ".people-panel",
  ".results-panel",
  ".notes-panel",
  ".connection-banner",
  ".balance",
].join(",");

export interface VisibleArea {
  /** The part of the board this person sees, clear of toolbars and panels, in board coordinates. */
  rect(): Rect | undefined;
  /** Its middle: where a new card goes. */
  center(): Point;
  /**
   * Pans the view so that these rectangles come into sight if they are not, together with `keep`
   * (what they were copied from) when both fit. It zooms only for `forWriting` (a card opened for
   * typing) on a board seen from so far that no text is drawn: then in, to readable size.
   */
  reveal(rects: readonly Rect[], keep?: Rect, forWriting?: boolean): void;
}

/**
 * The board as this person sees it: its element's box less whatever floats over it (measured at
 * the moment of asking, since panels open and close and phones rotate).
 */
export function useVisibleArea(flow: ReactFlowInstance, wrapper: RefObject<HTMLElement | null>): VisibleArea {
  const screenRect = useCallback((): Rect | null => {
    const el = wrapper.current;
    if (!el) return null;
    const b = el.getBoundingClientRect();
    const covers = [...document.querySelectorAll(COVERS)].map((c) => {
      const r = c.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    });
    return unobstructedRect({ x: b.x, y: b.y, w: b.width, h: b.height }, covers);
  }, [wrapper]);

  const rect = useCallback((): Rect | undefined => {
    const s = screenRect();
    if (!s) return undefined;
    const a = flow.screenToFlowPosition({ x: s.x, y: s.y });
    const b = flow.screenToFlowPosition({ x: s.x + s.w, y: s.y + s.h });
    return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
  }, [flow, screenRect]);

  const center = useCallback((): Point => {
    const s = screenRect() ?? { x: 0, y: 0, w: 0, h: 0 };
    return flow.screenToFlowPosition({ x: s.x + s.w / 2, y: s.y + s.h / 2 });
  }, [flow, screenRect]);

  const panTo = useCallback(
    (rects: readonly Rect[], keep?: Rect, forWriting = false) => {
      const view = rect();
      const el = wrapper.current;
      const added = boundsOf(rects);
      const current = flow.getViewport().zoom;
      const zoomIn = forWriting && current < FAR_ZOOM;
      if (!view || !el || !added || (!zoomIn && rectInside(added, view))) return;
      const both = keep ? (boundsOf([added, keep]) as Rect) : added;
      const target = both.w <= view.w && both.h <= view.h && !zoomIn ? both : added;
      const s = screenRect() as Rect;
      const box = el.getBoundingClientRect();
      const zoom = zoomIn ? WRITING_ZOOM : current;
      // The middle of what was added goes to the middle of the free part of the screen.
      const middle = { x: s.x - box.x + s.w / 2, y: s.y - box.y + s.h / 2 };
      void flow.setViewport(
        { x: middle.x - (target.x + target.w / 2) * zoom, y: middle.y - (target.y + target.h / 2) * zoom, zoom },
        { duration: cameraMs(250) },
      );
    },
    [flow, rect, screenRect, wrapper],
  );

  // Checked two frames later: the camera fits the board once its first card appears (useCamera,
  // in the next frame), which may move a new card under a panel again.
  const reveal = useCallback(
    (rects: readonly Rect[], keep?: Rect, forWriting?: boolean) => {
      requestAnimationFrame(() => requestAnimationFrame(() => panTo(rects, keep, forWriting)));
    },
    [panTo],
  );

  return useMemo(() => ({ rect, center, reveal }), [rect, center, reveal]);
}
