import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { useWorkshopDoc } from "../collab/useWorkshopDoc";
import { ActionToast } from "../components/ActionToast";
import { Announcer } from "../components/Announcer";
import { ConnectionBanner } from "../components/ConnectionBanner";
import { FatalScreen } from "../components/FatalScreen";
import { PeoplePanel } from "../components/PeoplePanel";
import { SidePanel } from "../components/SidePanel";
import { TopBar } from "../components/TopBar";
import { useControl } from "../control/useControl";
import { LazyGroupNotices } from "../groups/LazyGroups";
import { loadSession } from "../lib/session";
import { PhoneWorkshop } from "../phone/PhoneWorkshop";
import { isPhoneScreen, useIsPhone } from "../phone/usePhoneView";
import { SessionBar } from "../session/SessionBar";
import { VoteResults } from "../session/VoteResults";
import { selectRole, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";

const loadBoard = () => import("../canvas/Board");
const Board = lazy(() => loadBoard().then((m) => ({ default: m.Board })));
// The canvas is most of this page's code. A wide screen shows it at once, so it starts loading
// with the page; a phone opens on the card list and loads it when the board is first shown.
if (typeof window !== "undefined" && !isPhoneScreen()) void loadBoard();

export function WorkshopPage() {
  const { t } = useTranslation();
  const { workshopId = "" } = useParams();
  const session = useMemo(() => loadSession(workshopId), [workshopId]);
  const fatal = useSessionStore((s) => s.fatal);
  const reset = useSessionStore((s) => s.reset);
  const notesOpen = useUiStore((s) => s.notesOpen);
  const title = useSessionStore((s) => s.workshop?.title);
  // A facilitator runs the room from the full board, whatever the screen.
  const phoneScreen = useIsPhone();
  const role = useSessionStore(selectRole);
  const phone = phoneScreen && role !== "facilitator";

  useEffect(() => reset, [reset]);
  const { appUpdated } = useControl(workshopId, session);
  const workshop = useWorkshopDoc(workshopId, session);

  useEffect(() => {
    document.title = title ? `${title} · Oppdag` : "Oppdag";
  }, [title]);

  if (!session) return <FatalScreen reason="noSession" />;
  if (appUpdated) return <FatalScreen reason="appUpdated" />;
  if (fatal) return <FatalScreen reason={fatal} />;
  if (!workshop) return <p className="loading">{t("errors.loading")}</p>;

  if (phone) {
    return (
      <>
        <PhoneWorkshop workshop={workshop} workshopId={workshopId} token={session.token} />
        <ConnectionBanner />
        <PeoplePanel />
        <VoteResults doc={workshop.doc} />
        <ActionToast />
        <Announcer doc={workshop.doc} />
      </>
    );
  }

  return (
    <div className={`workshop ${notesOpen ? "with-notes" : ""}`}>
      <TopBar workshopId={workshopId} token={session.token} />
      <SessionBar doc={workshop.doc} />
      <ConnectionBanner />
      <main className="workshop-main">
        <Suspense fallback={<div className="board" aria-busy="true" />}>
          <Board workshop={workshop} />
        </Suspense>
        {notesOpen && <SidePanel workshop={workshop} />}
        <LazyGroupNotices />
      </main>
      <PeoplePanel />
      <VoteResults doc={workshop.doc} />
      <LazyShareDialog workshopId={workshopId} />
      <ActionToast />
      <Announcer doc={workshop.doc} />
    </div>
  );
}

const ShareDialog = lazy(() => import("../components/ShareDialog").then((m) => ({ default: m.ShareDialog })));

/** The share dialog (with its QR code) loads when it is first opened, and stays mounted after. */
function LazyShareDialog({ workshopId }: { workshopId: string }) {
  const opened = useUiStore((s) => s.shareOpen);
  const [wanted, setWanted] = useState(opened);
  useEffect(() => {
    if (opened) setWanted(true);
  }, [opened]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ShareDialog workshopId={workshopId} />
    </Suspense>
  );
}
