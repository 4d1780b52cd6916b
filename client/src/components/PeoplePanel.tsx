import { useTranslation } from "react-i18next";
import { presenceColor } from "../lib/colors";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";

export function PeoplePanel() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.peopleOpen);
  const set = useUiStore((s) => s.set);
  const participants = useSessionStore((s) => s.participants);
  const me = useSessionStore((s) => s.me);
  const socket = useSessionStore((s) => s.socket);
  if (!open) return null;
  const isFacilitator = me?.role === "facilitator";
  const sorted = [...participants].sort((a, b) => Number(b.online) - Number(a.online));

  async function handleRemove(id: string, name: string) {
    if (!socket || !window.confirm(t("people.confirmRemove", { name }))) return;
    await socket.emitWithAck("participant:remove", { participantId: id });
  }

  return (
    <aside className="people-panel panel" aria-label={t("people.heading")} data-testid="people-panel">
      <header className="panel-header">
        <h2>{t("people.heading")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("share.close")}
          onClick={() => set({ peopleOpen: false })}
        >
          ×
        </button>
      </header>
      <ul className="people-list">
        {sorted.map((p) => (
          <li key={p.id} className={p.online ? "online" : "offline"} data-testid="person">
            <span className="avatar" style={{ background: presenceColor(p.id) }} aria-hidden="true">
              {p.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="person-text">
              <span className="person-name">
                {p.name}
                {p.id === me?.id && <span className="muted"> ({t("people.you")})</span>}
              </span>
              <span className="person-meta">
                {t(`groups.${p.actorGroup}`)} · {t(`roles.${p.role}`)} ·{" "}
                {p.online ? t("people.online") : t("people.offline")}
              </span>
            </span>
            {isFacilitator && p.id !== me?.id && (
              <button type="button" className="button ghost small" onClick={() => handleRemove(p.id, p.name)}>
                {t("people.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
