import { useTranslation } from "react-i18next";
import { useConnectionView } from "./connectionStatus";

/** One indicator for both channels (board and session control), with a "reconnected" moment. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const { state } = useConnectionView();
  return (
    <output className={`connection connection-${state}`} data-testid="connection" data-state={state} aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{t(`connection.${state}`)}</span>
    </output>
  );
}
