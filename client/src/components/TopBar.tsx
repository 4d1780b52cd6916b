import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { useHandAlert } from "../hooks/useHandAlert";
import { useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { ConnectionIndicator } from "./ConnectionIndicator";
import { ExportMenu } from "./ExportMenu";
import { HandIcon } from "./icons";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { Logo } from "./Logo";

export function TopBar({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const workshop = useSessionStore((s) => s.workshop);
  const me = useSessionStore((s) => s.me);
  const online = useSessionStore((s) => s.participants.filter((p) => p.online).length);
  const ui = useUiStore();
  const isFacilitator = me?.role === "facilitator";

  return (
    <header className="topbar">
      <Logo compact />
      <div className="topbar-title">
        {isFacilitator ? (
          <>
            {/* The page's heading for screen readers, whose users find pages by their headings. */}
            <h1 className="visually-hidden">{workshop?.title}</h1>
            <TitleEditor title={workshop?.title ?? ""} />
          </>
        ) : (
          <h1 data-testid="workshop-title">{workshop?.title}</h1>
        )}
        {workshop?.region && <span className="topbar-region">{workshop.region}</span>}
      </div>
      <ConnectionIndicator />
      <div className="topbar-actions">
        {me?.role === "observer" && <span className="badge">{t("board.readOnly")}</span>}
        {me?.role === "critic" && <span className="badge badge-critic">{t("roles.critic")}</span>}
        {me && me.role !== "observer" && <RaiseHand />}
        {isFacilitator && <HandsCount />}
        <button
          type="button"
          className="button ghost"
          onClick={() => ui.set({ peopleOpen: !ui.peopleOpen })}
          aria-expanded={ui.peopleOpen}
          data-testid="people-button"
        >
          <span aria-hidden="true">●</span> {t("people.count", { count: online })}
        </button>
        <button
          type="button"
          className={`button ghost ${ui.notesOpen ? "active" : ""}`}
          onClick={() => ui.set({ notesOpen: !ui.notesOpen })}
          aria-pressed={ui.notesOpen}
          data-testid="notes-toggle"
        >
          {t("header.notes")}
        </button>
        {isFacilitator && (
          <button
            type="button"
            className="button secondary"
            onClick={() => ui.set({ shareOpen: true })}
            data-testid="invite-button"
          >
            {t("header.invite")}
          </button>
        )}
        <ExportMenu workshopId={workshopId} token={token} />
        <LanguageSwitcher />
      </div>
    </header>
  );
}

/** Inline title editing for facilitators; the server is the authority on the title. */
function TitleEditor({ title }: { title: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const next = draft?.trim();
    setDraft(null);
    if (!next || next === title) return;
    // The server is the authority on the title; a refusal leaves the current one showing.
    await request("workshop:rename", { title: next });
  }

  return (
    <form onSubmit={handleSubmit} className="title-editor">
      <input
        aria-label={t("rename.label")}
        data-testid="workshop-title"
        value={draft ?? title}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => e.currentTarget.form?.requestSubmit()}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            setDraft(null);
            e.currentTarget.blur();
          }
        }}
      />
    </form>
  );
}

/** A participant's hand: up puts them in the facilitator's queue. `compact`: the icon alone shows. */
export function RaiseHand({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const raised = useSessionStore((s) => !!s.session?.hands.some((h) => h.participantId === s.me?.id));
  if (me?.role === "facilitator") return null;
  const label = raised ? t("session.lowerHand") : t("session.raiseHand");
  return (
    <button
      type="button"
      className={`button ghost ${raised ? "active" : ""}`}
      aria-pressed={raised}
      onClick={() => request("hand:set", { raised: !raised })}
      title={compact ? label : undefined}
      data-testid="raise-hand"
    >
      <HandIcon /> {compact ? <span className="visually-hidden">{label}</span> : label}
    </button>
  );
}

/**
 * The facilitator's count of raised hands, on the top bar so it shows whatever panel is open; it
 * flashes when a new hand goes up and opens (or closes) the queue in the People panel.
 */
function HandsCount() {
  const { t } = useTranslation();
  const { count, flashing } = useHandAlert();
  const open = useUiStore((s) => s.peopleOpen);
  const set = useUiStore((s) => s.set);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className={`button ghost hands-count ${flashing ? "flash" : ""}`}
      onClick={() => set({ peopleOpen: !open })}
      aria-expanded={open}
      aria-label={t("session.handsRaised", { count })}
      title={t("session.handsRaised", { count })}
      data-testid="hands-count"
      data-flash={flashing}
    >
      <HandIcon /> <span className="hands-count-number">{count}</span>
    </button>
  );
}
