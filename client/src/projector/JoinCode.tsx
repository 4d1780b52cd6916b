import { QRCodeSVG } from "qrcode.react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { absoluteLink, loadInvites } from "../lib/invites";

/**
 * The participant link as a QR code filling the screen, for the room to scan. A modal dialog:
 * Escape or the close button ends it. Its own chunk (with the QR library, shared with the invite
 * dialog), loaded only when asked for.
 */
export function JoinCode({ workshopId, title, onClose }: { workshopId: string; title: string; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  // The full links exist only in the browser that made them (the server keeps hashes).
  const link = loadInvites(workshopId)?.participant;
  const url = link ? absoluteLink(link) : null;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="pj-qr"
      aria-labelledby="pj-qr-title"
      onClose={onClose}
      data-testid="projector-qr-dialog"
    >
      <h2 id="pj-qr-title">{t("projector.scanHeading")}</h2>
      {url ? (
        <>
          <div className="pj-qr-code">
            <QRCodeSVG value={url} size={512} marginSize={2} title={t("share.scan")} data-testid="projector-qr-code" />
          </div>
          <p className="pj-qr-caption">
            <strong>{title}</strong>
            <span>{t("projector.scanHint", { host: window.location.host })}</span>
          </p>
        </>
      ) : (
        <p className="pj-qr-missing" data-testid="projector-qr-missing">
          {t("projector.noCode")}
        </p>
      )}
      <form method="dialog">
        <button type="submit" className="pj-button" data-testid="projector-qr-close">
          {t("projector.closeCode")}
        </button>
      </form>
    </dialog>
  );
}
