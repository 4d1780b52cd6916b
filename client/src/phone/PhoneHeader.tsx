import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionIndicator } from "../components/ConnectionIndicator";
import { ExportMenu } from "../components/ExportMenu";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { Logo } from "../components/Logo";
import { RaiseHand } from "../components/TopBar";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { Sheet } from "./Sheet";

/**
 * A phone's top bar: the workshop's title, the connection, the hand, and a menu for the rest
 * (who is here, language, exports), so nothing scrolls sideways on a narrow screen.
 */
export function PhoneHeader({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const workshop = useSessionStore((s) => s.workshop);
  const me = useSessionStore((s) => s.me);
  const online = useSessionStore((s) => s.participants.filter((p) => p.online).length);
  const setUi = useUiStore((s) => s.set);
  const [menu, setMenu] = useState(false);
  return (
    <header className="phone-header">
      <Logo compact />
      <h1 className="phone-title" data-testid="workshop-title">
        {workshop?.title}
      </h1>
      <ConnectionIndicator />
      {me && me.role !== "observer" && <RaiseHand compact />}
      <button
        type="button"
        className="button ghost phone-menu-button"
        onClick={() => setMenu(true)}
        aria-haspopup="dialog"
        data-testid="phone-menu"
      >
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{t("phone.menu")}</span>
      </button>
      {menu && (
        <Sheet title={workshop?.title ?? t("phone.menu")} onClose={() => setMenu(false)} testId="phone-menu-sheet">
          {workshop?.region && <p className="sheet-meta">{workshop.region}</p>}
          {me?.role === "observer" && <p className="badge">{t("board.readOnly")}</p>}
          <div className="menu-items">
            <button
              type="button"
              className="button secondary block"
              onClick={() => {
                setMenu(false);
                setUi({ peopleOpen: true });
              }}
              data-testid="people-button"
            >
              {t("people.count", { count: online })}
            </button>
            <ExportMenu workshopId={workshopId} token={token} />
            <LanguageSwitcher />
          </div>
        </Sheet>
      )}
    </header>
  );
}
