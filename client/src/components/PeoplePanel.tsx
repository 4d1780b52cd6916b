import { ACTOR_GROUPS, type ParticipantInfo, type Role } from "@oppdag/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { apiRequestNoContent } from "../lib/api";
import { presenceColor } from "../lib/colors";
import { describeError } from "../lib/errors";
import { loadSession } from "../lib/session";
import { useHandSound } from "../session/handCue";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { HandIcon } from "./icons";

/** Who is here: group coverage, raised hands, and each person with their role. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.peopleOpen);
  const set = useUiStore((s) => s.set);
  const participants = useSessionStore((s) => s.participants);
  const me = useSessionStore((s) => s.me);
  const session = useSessionStore((s) => s.session);
  const workshop = useSessionStore((s) => s.workshop);
  const [error, setError] = useState<string | null>(null);
  const [handSound, setHandSound] = useHandSound();
  if (!open) return null;
  const isFacilitator = me?.role === "facilitator";
  const sorted = [...participants].sort((a, b) => Number(b.online) - Number(a.online));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const label = (p: ParticipantInfo) => p.name || t(`groups.${p.actorGroup}`);
  // Is every group of the quadruple helix (and outside voices) in the room?
  const groups = ACTOR_GROUPS.filter((g) => g !== "facilitator").map((g) => ({
    group: g,
    online: participants.filter((p) => p.online && p.actorGroup === g).length,
  }));

  const token = workshop ? loadSession(workshop.id)?.token : undefined;
  async function call(method: string, path: string) {
    if (!workshop || !token) return;
    try {
      await apiRequestNoContent(method, `/workshops/${workshop.id}${path}`, token);
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  function handleErase(p: ParticipantInfo) {
    const own = p.id === me?.id;
    if (!window.confirm(own ? t("people.confirmEraseOwn") : t("people.confirmErase", { name: label(p) }))) return;
    void call("POST", `/participants/${p.id}/erase-name`);
  }

  function handleDeleteWorkshop() {
    if (!window.confirm(t("people.confirmDeleteWorkshop", { title: workshop?.title ?? "" }))) return;
    void call("DELETE", "");
  }

  async function handleRemove(p: ParticipantInfo) {
    if (!window.confirm(t("people.confirmRemove", { name: label(p) }))) return;
    await request("participant:remove", { participantId: p.id });
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
      <section className="people-section">
        <h3>{t("session.groupsInRoom")}</h3>
        <ul className="group-chips">
          {groups.map(({ group, online }) => (
            <li key={group} className={online === 0 ? "missing" : ""} data-testid={`group-${group}`}>
              {t(`groups.${group}`)} <strong>{online}</strong>
            </li>
          ))}
        </ul>
      </section>
      {session && (isFacilitator || session.hands.length > 0) && (
        <section className="people-section hands" data-testid="hands">
          <h3>
            <HandIcon /> {t("session.hands")}
            {isFacilitator && session.hands.length > 0 && (
              <button type="button" className="button ghost small" onClick={() => request("hands:clear", {})}>
                {t("session.clearHands")}
              </button>
            )}
          </h3>
          {isFacilitator && (
            <label className="check small hand-sound">
              <input
                type="checkbox"
                checked={handSound}
                onChange={(e) => setHandSound(e.target.checked)}
                data-testid="hand-sound"
              />
              {t("session.handSound")}
            </label>
          )}
          {session.hands.length === 0 && <p className="muted small">{t("session.noHands")}</p>}
          <ol>
            {session.hands.map((h) => {
              const p = byId.get(h.participantId);
              return (
                <li key={h.participantId} data-testid="hand">
                  {p ? label(p) : "…"}
                  {isFacilitator && (
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => request("hand:lower", { participantId: h.participantId })}
                    >
                      {t("session.lower")}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <ul className="people-list">
        {sorted.map((p) => {
          const hidden = session?.draftCounts?.[p.id] ?? 0;
          return (
            <li key={p.id} className={p.online ? "online" : "offline"} data-testid="person">
              <span className="avatar" style={{ background: presenceColor(p.id) }} aria-hidden="true">
                {label(p).slice(0, 1).toUpperCase()}
              </span>
              <span className="person-text">
                <span className="person-name">
                  {label(p)}
                  {p.id === me?.id && <span className="muted"> ({t("people.you")})</span>}
                </span>
                {p.organisation && (
                  <span className="person-organisation" title={p.organisation} data-testid="person-organisation">
                    {p.organisation}
                  </span>
                )}
                <span className="person-meta">
                  {/* A facilitator in the facilitator group: say "Facilitator" once, not twice. */}
                  {t(`groups.${p.actorGroup}`)} · {p.role !== p.actorGroup && `${t(`roles.${p.role}`)} · `}
                  {p.online ? t("people.online") : t("people.offline")}
                  {hidden > 0 && (
                    <>
                      {" · "}
                      <span className="hidden-count" data-testid="hidden-count">
                        {t("session.hiddenCount", { count: hidden })}
                      </span>
                    </>
                  )}
                </span>
              </span>
              {(isFacilitator || p.id === me?.id) && (
                <span className="person-actions">
                  {isFacilitator && p.id !== me?.id && (
                    <>
                      <select
                        aria-label={t("roles.participant")}
                        value={p.role}
                        onChange={(e) =>
                          request("participant:setRole", { participantId: p.id, role: e.target.value as Role })
                        }
                        data-testid="role-select"
                      >
                        <option value="facilitator">{t("session.makeFacilitator")}</option>
                        <option value="participant">{t("session.makeParticipant")}</option>
                        <option value="observer">{t("session.makeObserver")}</option>
                        <option value="critic">{t("critique.makeCritic")}</option>
                      </select>
                      <button type="button" className="button ghost small" onClick={() => handleRemove(p)}>
                        {t("people.remove")}
                      </button>
                    </>
                  )}
                  {p.name && (
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => handleErase(p)}
                      data-testid="erase-name"
                    >
                      {p.id === me?.id ? t("people.eraseOwn") : t("people.erase")}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted people-privacy">{t("people.privacy")}</p>
      {isFacilitator && (
        <button
          type="button"
          className="button ghost small danger"
          onClick={handleDeleteWorkshop}
          data-testid="delete-workshop"
        >
          {t("people.deleteWorkshop")}
        </button>
      )}
      {error && (
        <p className="toast" role="alert" onClick={() => setError(null)} onKeyDown={() => setError(null)}>
          {error}
        </p>
      )}
    </aside>
  );
}
