import { SAVED_TEMPLATE_LIMITS } from "@oppdag/shared";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { apiRequest } from "../lib/api";
import { describeError } from "../lib/errors";
import { loadSession } from "../lib/session";
import { useSessionStore } from "../stores/sessionStore";

/**
 * Saves this workshop's zones and its saved agenda as a template that every facilitator on this
 * server is offered when creating a workshop. Opened from the agenda, below its phases.
 */
export function SaveTemplateForm({ beforeSave }: { beforeSave(): Promise<boolean> }) {
  const { t } = useTranslation();
  const workshop = useSessionStore((s) => s.workshop);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(workshop?.title ?? "");
  const [summary, setSummary] = useState("");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" className="button ghost" onClick={() => setOpen(true)} data-testid="template-save-open">
        {t("agenda.saveTemplate")}
      </button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!workshop) return;
    setBusy(true);
    setStatus(null);
    try {
      // The agenda as shown is what gets saved: unsaved edits are saved first.
      if (!(await beforeSave())) return;
      await apiRequest("POST", `/workshops/${workshop.id}/templates`, {
        body: { name, summary },
        token: loadSession(workshop.id)?.token,
      });
      setStatus({ ok: true, text: t("agenda.templateSaved", { name: name.trim() }) });
    } catch (err) {
      setStatus({ ok: false, text: describeError(err, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="save-template" onSubmit={submit} data-testid="template-save">
      <p className="muted">{t("agenda.saveTemplateHint")}</p>
      <label>
        <span>{t("agenda.templateName")}</span>
        <input
          value={name}
          required
          maxLength={SAVED_TEMPLATE_LIMITS.name}
          onChange={(e) => setName(e.target.value)}
          data-testid="template-save-name"
        />
      </label>
      <label>
        <span>{t("agenda.templateSummary")}</span>
        <input value={summary} maxLength={SAVED_TEMPLATE_LIMITS.summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <div className="save-template-actions">
        <button type="submit" className="button secondary" disabled={busy || !name.trim()}>
          {t("agenda.saveTemplateSubmit")}
        </button>
        <button type="button" className="button ghost" onClick={() => setOpen(false)}>
          {t("agenda.cancel")}
        </button>
      </div>
      {status && (
        <p className={status.ok ? "form-ok" : "form-error"} role="status" data-testid="template-save-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
