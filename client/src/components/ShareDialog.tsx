import type { InviteLinks } from "@oppdag/shared";
import { QRCodeSVG } from "qrcode.react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { absoluteLink, loadInvites } from "../lib/invites";
import { useUiStore } from "../stores/uiStore";

export function ShareDialog({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.shareOpen);
  const set = useUiStore((s) => s.set);
  const dialog = useRef<HTMLDialogElement>(null);
  const invites = loadInvites(workshopId);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  if (!invites) return null;
  const participant = absoluteLink(invites.participant);

  return (
    <dialog ref={dialog} className="dialog share" onClose={() => set({ shareOpen: false })} data-testid="share-dialog">
      <h2>{t("share.heading")}</h2>
      <p className="muted">{t("share.lead")}</p>
      <div className="share-body">
        <figure className="qr">
          <QRCodeSVG value={participant} size={188} marginSize={2} title={t("share.scan")} />
          <figcaption>{t("share.scan")}</figcaption>
        </figure>
        <div className="share-links">
          {(["participant", "observer", "facilitator"] as Array<keyof InviteLinks>).map((role) => (
            <CopyField
              key={role}
              label={t(`share.${role}`)}
              value={absoluteLink(invites[role])}
              testId={`invite-${role}`}
            />
          ))}
        </div>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="button primary">
          {t("share.close")}
        </button>
      </form>
    </dialog>
  );
}

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Insecure contexts have no clipboard API: select the text so Ctrl+C works.
      document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)?.select();
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }
  return (
    <label className="copy-field">
      <span>{label}</span>
      <span className="copy-row">
        <input readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button secondary" onClick={handleCopy}>
          {copied ? t("share.copied") : t("share.copy")}
        </button>
      </span>
    </label>
  );
}
