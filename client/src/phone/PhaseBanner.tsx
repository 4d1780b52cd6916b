import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";
import type { PhoneView } from "./usePhoneView";

/** "The facilitator is showing the board": one tap to follow them there from the list. */
export function PhaseBanner({ view, onShowBoard }: { view: PhoneView; onShowBoard(): void }) {
  const { t } = useTranslation();
  const presenting = useSessionStore((s) => !!s.session?.follow);
  if (!presenting || view === "board") return null;
  return (
    <div className="phone-banner" role="status" data-testid="presenting-banner">
      <span>{t("phone.presenting")}</span>
      <button type="button" className="button secondary" onClick={onShowBoard}>
        {t("phone.showBoard")}
      </button>
    </div>
  );
}
