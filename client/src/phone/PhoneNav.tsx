import { useTranslation } from "react-i18next";
import { PHONE_VIEWS, type PhoneView } from "./usePhoneView";

const ICONS: Record<PhoneView, string> = { cards: "☰", board: "▦", notes: "✎", plan: "✓" };

/** The phone's four places, along the bottom where a thumb reaches; Back goes back between them. */
export function PhoneNav({ view, onGo }: { view: PhoneView; onGo(view: PhoneView): void }) {
  const { t } = useTranslation();
  return (
    <nav className="phone-nav" aria-label={t("phone.nav.label")}>
      {PHONE_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className={v === view ? "current" : ""}
          aria-current={v === view ? "page" : undefined}
          onClick={() => onGo(v)}
          data-testid={`phone-nav-${v}`}
        >
          <span className="phone-nav-icon" aria-hidden="true">
            {ICONS[v]}
          </span>
          {t(`phone.nav.${v}`)}
        </button>
      ))}
    </nav>
  );
}
