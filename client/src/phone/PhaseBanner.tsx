import type { BoardCard } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";
import type { PhoneView } from "./usePhoneView";

interface Props {
  view: PhoneView;
  cards: readonly BoardCard[];
  onShowBoard(): void;
  onOpenCard(id: string): void;
}

/**
 * What the facilitator is pointing the room at, one tap away from the list: the board they are
 * showing (follow me), or the card they highlight (spotlight).
 */
export function PhaseBanner({ view, cards, onShowBoard, onOpenCard }: Props) {
  const { t } = useTranslation();
  const presenting = useSessionStore((s) => !!s.session?.follow);
  const spotlightId = useSessionStore((s) => s.session?.spotlightCardId ?? null);
  const spotlit = spotlightId ? cards.find((c) => c.id === spotlightId) : undefined;
  // The critique phase (participants) or the critical friend's own task, when nothing else is shown.
  const critique = useSessionStore((s) =>
    s.me?.role === "critic"
      ? "critique.bannerCritic"
      : s.me?.role === "participant" && s.session?.critique
        ? "critique.banner"
        : null,
  );
  if (view === "board") return null;
  if (spotlit) {
    return (
      <div className="phone-banner" role="status" data-testid="spotlight-banner">
        <span className="phone-banner-text">
          {t("phone.spotlight", { text: spotlit.text.trim() || t(`kinds.${spotlit.kind}`) })}
        </span>
        <button type="button" className="button secondary" onClick={() => onOpenCard(spotlit.id)}>
          {t("phone.open")}
        </button>
      </div>
    );
  }
  if (!presenting) {
    return critique ? (
      <div className="phone-banner banner-critique" role="status" data-testid="critique-banner">
        <span className="phone-banner-text">{t(critique)}</span>
      </div>
    ) : null;
  }
  return (
    <div className="phone-banner" role="status" data-testid="presenting-banner">
      <span className="phone-banner-text">{t("phone.presenting")}</span>
      <button type="button" className="button secondary" onClick={onShowBoard}>
        {t("phone.showBoard")}
      </button>
    </div>
  );
}
