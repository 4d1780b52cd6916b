import "./groups.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../stores/sessionStore";
import { useGroupsView } from "./useGroups";

/**
 * What the facilitator says to every group at once, while they work; dismissed here with one tap
 * (a new message shows again).
 */
export function GroupMessage() {
  const { t } = useTranslation();
  const view = useGroupsView();
  const [dismissed, setDismissed] = useState<number | null>(null);
  const message = view.status === "working" ? view.message : null;
  if (!message || dismissed === message.at) return null;
  return (
    <div className="group-message" role="status" data-testid="group-message">
      <p>
        <strong>{t("thematic.messageFrom")}</strong> {message.text}
      </p>
      <button
        type="button"
        className="button ghost small"
        onClick={() => setDismissed(message.at)}
        aria-label={t("thematic.dismiss")}
      >
        ×
      </button>
    </div>
  );
}

/** In plenary, the group being presented: its name, its people and its rapporteur's summary. */
export function PresentedGroup() {
  const { t } = useTranslation();
  const view = useGroupsView();
  const participants = useSessionStore((s) => s.participants);
  const group = view.status === "plenary" ? view.groups.find((g) => g.id === view.presentingId) : undefined;
  if (!group) return null;
  const members = participants.filter((p) => view.members[p.id] === group.id);
  const rapporteur = participants.find((p) => p.id === group.rapporteurId);
  return (
    <aside className="presented-group" aria-label={t("thematic.presentedLabel")} data-testid="presented-group">
      <p className="presented-group-kicker">{t("thematic.presentedKicker")}</p>
      <h2>{group.name}</h2>
      {group.summary ? (
        <p className="presented-group-summary" data-testid="presented-summary">
          {group.summary}
        </p>
      ) : (
        <p className="muted">{t("thematic.noSummary")}</p>
      )}
      <p className="presented-group-people">
        {members.map((p) => p.name).join(", ")}
        {rapporteur && <> · {t("thematic.rapporteurIs", { name: rapporteur.name })}</>}
      </p>
    </aside>
  );
}
