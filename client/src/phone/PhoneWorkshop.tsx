import type { BoardZone } from "@oppdag/shared";
import { lazy, Suspense, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { draftIdOf } from "../canvas/boardProjection";
import type { WorkshopDoc } from "../collab/useWorkshopDoc";
import { LazyGroupNotices } from "../groups/LazyGroups";
import { CardList } from "../list/CardList";
import { useCurrentVote } from "../session/useCurrentVote";
import { selectBoardRights, selectRole, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { ActionBar, AddSheet } from "./ActionBar";
import { CardSheet } from "./CardSheet";
import { PhaseBanner } from "./PhaseBanner";
import { PhasePanel } from "./PhasePanel";
import { PhoneHeader } from "./PhoneHeader";
import { PhoneNav } from "./PhoneNav";
import { usePhoneBoard } from "./usePhoneBoard";
import { usePhoneView } from "./usePhoneView";
import "./phone.css";

// The canvas, the notes editor and the plan load when first opened: a phone on a slow network
// gets the card list (most of what a participant does) without them.
const Board = lazy(() => import("../canvas/Board").then((m) => ({ default: m.Board })));
const NotesPanel = lazy(() => import("../notes/NotesPanel").then((m) => ({ default: m.NotesPanel })));
const ActionPlanPanel = lazy(() => import("../plan/ActionPlanPanel").then((m) => ({ default: m.ActionPlanPanel })));

interface Props {
  workshop: WorkshopDoc;
  workshopId: string;
  token: string;
}

/**
 * A participant's workshop on a phone: what the room is doing at the top, the board as a list of
 * cards in the middle (the board itself one tap away), the one action of the moment at the
 * bottom, and cards opened in a sheet to read, write, link and vote on.
 */
export function PhoneWorkshop({ workshop, workshopId, token }: Props) {
  const { t } = useTranslation();
  const { view, go, cardId, openCard, closeCard } = usePhoneView();
  const board = usePhoneBoard(workshop, openCard);
  const role = useSessionStore(selectRole);
  const rights = useSessionStore(selectBoardRights);
  const setUi = useUiStore((s) => s.set);
  const vote = useCurrentVote();
  const voting = vote?.round.status === "open" && role === "participant";
  // While a vote is open the list shows what can be voted on, unless this person asks for all.
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const votableOnly = voting && showAllFor !== vote?.round.id;
  const [addTo, setAddTo] = useState<BoardZone | null | undefined>(undefined);
  const add = useCallback(
    (kind: Parameters<typeof board.addCard>[0], zone: BoardZone | null) => board.addCard(kind, zone),
    [board],
  );

  return (
    <div className={`phone-workshop view-${view}`} data-testid="phone-workshop">
      <PhoneHeader workshopId={workshopId} token={token} />
      <PhasePanel doc={workshop.doc} />
      <PhaseBanner view={view} cards={board.model.cards} onShowBoard={() => go("board")} onOpenCard={openCard} />
      <LazyGroupNotices />
      <main className="phone-main">
        <Suspense fallback={<p className="loading">{t("errors.loading")}</p>}>
          {view === "cards" && (
            <CardList
              model={board.model}
              drafts={board.drafts}
              onOpen={openCard}
              onAdd={(zone) => setAddTo(zone)}
              votableOnly={votableOnly}
            />
          )}
          {view === "board" && (
            <Board workshop={workshop} onAddAny={rights.newCards !== "none" ? () => setAddTo(null) : undefined} />
          )}
          {view === "notes" && <NotesPanel workshop={workshop} />}
          {view === "plan" && <ActionPlanPanel workshop={workshop} />}
        </Suspense>
      </main>
      {view === "cards" && (
        <ActionBar
          board={board}
          onAdd={add}
          votableOnly={votableOnly}
          onVotableOnly={(only) => setShowAllFor(only ? null : (vote?.round.id ?? null))}
        />
      )}
      <PhoneNav view={view} onGo={go} />
      {addTo !== undefined && (
        <AddSheet
          board={board}
          zone={addTo}
          onClose={() => setAddTo(undefined)}
          onAdd={(kind, zone) => {
            setAddTo(undefined);
            add(kind, zone);
          }}
        />
      )}
      {cardId && (
        <CardSheet
          nodeId={cardId}
          board={board}
          onClose={() => {
            // Back on the board, the card just written is brought into view and selected.
            if (view === "board") setUi({ focusIds: [draftIdOf(cardId) ?? cardId] });
            closeCard();
          }}
          onOpen={openCard}
        />
      )}
    </div>
  );
}
