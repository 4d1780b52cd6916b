import { useTranslation } from "react-i18next";
import { useConnectionView } from "./connectionStatus";

/** Said on every device once the connection has been gone for a few seconds, until it is back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state, longLoss } = useConnectionView();
  if (!longLoss || state === "online" || state === "reconnected") return null;
  return (
    <p className="connection-banner" role="status" data-testid="connection-banner">
      {t(
        state === "offline"
          ? "connection.bannerOffline"
          : state === "connecting"
            ? "connection.bannerConnecting"
            : "connection.bannerReconnecting",
      )}
    </p>
  );
}
