import { useTranslation } from "react-i18next";
import { selectConnection, useSessionStore } from "../stores/sessionStore";

export function ConnectionIndicator() {
  const { t } = useTranslation();
  const state = useSessionStore(selectConnection);
  return (
    <output className={`connection connection-${state}`} data-testid="connection" data-state={state} aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{t(`connection.${state}`)}</span>
    </output>
  );
}
