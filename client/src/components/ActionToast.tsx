import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";

const SHOWN_MS = 8000;

/** A request that was not carried out (refused, offline, no answer), said where everyone looks. */
export function ActionToast() {
  const { t } = useTranslation();
  const message = useSessionStore((s) => s.actionError);
  const set = useSessionStore((s) => s.set);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => set({ actionError: null }), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message, set]);
  if (!message) return null;
  return (
    <div className="toast" role="alert" data-testid="action-error">
      {message}{" "}
      <button
        type="button"
        className="icon-button"
        aria-label={t("share.close")}
        onClick={() => set({ actionError: null })}
      >
        ×
      </button>
    </div>
  );
}
