import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { selectRole, useSessionStore } from "../stores/sessionStore";

interface Props {
  following: boolean;
  optedOut: boolean;
  onFollowAgain(): void;
  /** The text of the card a keyboard link starts from, while choosing its target. */
  linkingFrom?: string | null;
}

/** One calm line at the top of the board for whatever the facilitator has switched on. */
export function BoardBanners({ following, optedOut, onFollowAgain, linkingFrom }: Props) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const role = useSessionStore(selectRole);
  const leaderName = useSessionStore(
    (s) => s.participants.find((p) => p.id === s.session?.follow?.facilitatorId)?.name || "",
  );
  const notice = useSessionStore((s) => s.notice);
  if (!session) return null;
  const facilitator = role === "facilitator";
  return (
    <div className="board-banners" aria-live="polite">
      {notice && (
        <p className="banner banner-lock" role="alert" data-testid="banner-notice">
          {t(`notices.${notice}`)}
        </p>
      )}
      {session.locked && !facilitator && (
        <p className="banner banner-lock" data-testid="banner-locked">
          {t("session.locked")}
        </p>
      )}
      {session.privateRound && role === "participant" && (
        <p className="banner banner-private" data-testid="banner-private">
          {t("session.privateBanner")}
        </p>
      )}
      {session.critique && role === "participant" && (
        <p className="banner banner-critique" data-testid="banner-critique">
          {t("critique.banner")}
        </p>
      )}
      {role === "critic" && !session.locked && (
        <p className="banner banner-critique" data-testid="banner-critic">
          {t("critique.bannerCritic")}
        </p>
      )}
      {session.follow && following && (
        <p className="banner" data-testid="banner-following">
          {t("session.followBanner", { name: leaderName })}
        </p>
      )}
      {session.follow && optedOut && (
        <p className="banner" data-testid="banner-follow-stopped">
          {t("session.followStopped", { name: leaderName })}{" "}
          <button type="button" className="button secondary small" onClick={onFollowAgain} data-testid="follow-again">
            {t("session.followAgain")}
          </button>
        </p>
      )}
      {linkingFrom != null && (
        <p className="banner banner-linking" data-testid="banner-linking">
          {t("keyboard.linking", { text: linkingFrom })}
        </p>
      )}
      {session.spotlightCardId && (
        <p className="banner banner-spotlight" data-testid="banner-spotlight">
          {t("session.spotlightOn")}
          {facilitator && (
            <button
              type="button"
              className="button secondary small"
              onClick={() => request("spotlight:set", { cardId: null })}
            >
              {t("session.clearSpotlight")}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
