import type { InviteLinks } from "@oppdag/shared";
import { QRCodeSVG } from "qrcode.react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { apiRequest } from "../lib/api";
import { describeError } from "../lib/errors";
import { absoluteLink, loadInvites, saveInvite } from "../lib/invites";
import { loadSession } from "../lib/session";
import { useUiStore } from "../stores/uiStore";

const ROLES: Array<keyof InviteLinks> = ["participant", "critic", "observer", "facilitator"];

export function ShareDialog({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.shareOpen);
  const set = useUiStore((s) => s.set);
  const dialog = useRef<HTMLDialogElement>(null);
  const [invites, setInvites] = useState(() => loadInvites(workshopId) ?? {});
  const [error, setError] = useState<string | null>(null);

  // A new link replaces the old one on the server at once: a leaked link stops working.
  async function rotate(role: keyof InviteLinks) {
    if (invites[role] && !window.confirm(t("share.confirmRotate"))) return;
    const token = loadSession(workshopId)?.token;
    if (!token) return;
    try {
      const links = await apiRequest<Partial<InviteLinks>>("POST", `/workshops/${workshopId}/invites/${role}/rotate`, {
        token,
      });
      const link = links[role];
      if (link) setInvites(saveInvite(workshopId, role, link));
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const participant = invites.participant ? absoluteLink(invites.participant) : null;

  return (
    <dialog ref={dialog} className="dialog share" onClose={() => set({ shareOpen: false })} data-testid="share-dialog">
      <h2>{t("share.heading")}</h2>
      <p className="muted">{t("share.lead")}</p>
      <div className="share-body">
        {participant && (
          <figure className="qr">
            <QRCodeSVG value={participant} size={188} marginSize={2} title={t("share.scan")} />
            <figcaption>{t("share.scan")}</figcaption>
          </figure>
        )}
        <div className="share-links">
          {ROLES.map((role) => {
            const link = invites[role];
            return (
              <CopyField
                key={role}
                label={t(`share.${role}`)}
                value={link ? absoluteLink(link) : ""}
                placeholderText={t("share.unknown")}
                testId={`invite-${role}`}
                onRotate={() => void rotate(role)}
              />
            );
          })}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
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

interface CopyFieldProps {
  label: string;
  value: string;
  /** Shown when this browser does not know the link (it was made on another device). */
  placeholderText: string;
  testId: string;
  onRotate(): void;
}

function CopyField({ label, value, placeholderText, testId, onRotate }: CopyFieldProps) {
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
        <input
          readOnly
          value={value}
          placeholder={placeholderText}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        {value && (
          <button type="button" className="button secondary" onClick={handleCopy}>
            {copied ? t("share.copied") : t("share.copy")}
          </button>
        )}
        <button type="button" className="button ghost" onClick={onRotate} data-testid={`${testId}-rotate`}>
          {t("share.newLink")}
        </button>
      </span>
    </label>
  );
}
