import {
  asUndoStep,
  type BoardZone,
  boundsOf,
  type CardKind,
  cardRect,
  type DraftCard,
  type Point,
  type Rect,
} from "@oppdag/shared";
import { useCallback, useMemo, useRef, useState } from "react";
import { useBoardActions } from "../canvas/useBoardActions";
import { usePrivateDrafts } from "../canvas/usePrivateDrafts";
import type { VisibleArea } from "../canvas/useVisibleArea";
import { useBoardModel } from "../collab/useBoardModel";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { useSessionStore } from "../stores/sessionStore";

const NOTHING_SELECTED: ReadonlySet<string> = new Set();

const middle = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/**
 * The board as the phone view works on it: the same model and the same actions as the canvas
 * (`useBoardActions`, so every right and placement rule holds), with "where this person looks"
 * being the zone they add to. A new card opens in the card sheet (`onAdded`).
 */
export function usePhoneBoard(workshop: WorkshopDoc, onAdded: (nodeId: string) => void) {
  const { doc, undoManager } = workshop;
  const model = useBoardModel(doc);
  const me = useSessionStore((s) => s.me);
  const author = useMemo(() => ({ id: me?.id ?? "", group: me?.actorGroup ?? "external" }), [me]);
  const step = useMemo(() => asUndoStep(undoManager), [undoManager]);
  const { drafts } = usePrivateDrafts();
  // Drafts just added here, until the server's state (a round trip away) holds them.
  const [added, setAdded] = useState<DraftCard[]>([]);
  const draft = useCallback(
    (id: string) => drafts.find((d) => d.id === id) ?? added.find((d) => d.id === id),
    [drafts, added],
  );

  // The zone a card is being added to (null: none) while it is added; undefined otherwise.
  const into = useRef<BoardZone | null | undefined>(undefined);
  const visible = useMemo<VisibleArea>(
    () => ({
      rect: () => (into.current ? { ...into.current } : undefined),
      // Outside every zone: beside this person's last card, else in the middle of the board.
      center: () => {
        if (into.current) return middle(into.current);
        const mine = model.cards.filter((c) => c.authorId === author.id).at(-1);
        const bounds = boundsOf((mine ? [mine] : model.cards).map(cardRect));
        return bounds ? middle(bounds) : { x: 0, y: 0 };
      },
      // There is no camera to move: the card opens in a sheet.
      reveal: () => {},
    }),
    [model, author.id],
  );

  // The actions select what they make; here only a new card is opened (a new link is shown in
  // the sheet it was made from).
  const setSelected = useCallback(
    (ids: ReadonlySet<string>) => {
      const [id] = ids;
      if (id && into.current !== undefined) onAdded(id);
    },
    [onAdded],
  );
  const actions = useBoardActions({
    doc,
    model,
    author,
    step,
    drafts,
    selected: NOTHING_SELECTED,
    setSelected,
    visible,
  });

  const addCard = useCallback(
    (kind: CardKind, zone: BoardZone | null) => {
      into.current = zone;
      try {
        const result = actions.addCards({ type: "card", kind, near: visible.center() });
        if (result.drafts) setAdded((list) => [...list.slice(-20), ...(result.drafts ?? [])]);
      } finally {
        into.current = undefined;
      }
    },
    [actions, visible],
  );

  return { doc, model, drafts, draft, step, author, actions, addCard };
}

export type PhoneBoard = ReturnType<typeof usePhoneBoard>;
