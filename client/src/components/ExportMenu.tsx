import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../lib/api";
import { describeError } from "../lib/errors";

export function ExportMenu({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(extension: "md" | "csv" | "json") {
    setOpen(false);
    try {
      await downloadFile(`/workshops/${workshopId}/export.${extension}`, token, `workshop.${extension}`);
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  return (
    <div className="menu">
      <button
        type="button"
        className="button secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="export-button"
      >
        {t("header.export")}
      </button>
      {open && (
        <div className="menu-list" role="menu">
          <button type="button" role="menuitem" onClick={() => download("md")} data-testid="export-markdown">
            {t("header.exportMarkdown")}
          </button>
          <button type="button" role="menuitem" onClick={() => download("csv")} data-testid="export-csv">
            {t("header.exportCsv")}
          </button>
          <button type="button" role="menuitem" onClick={() => download("json")} data-testid="export-json">
            {t("header.exportJson")}
          </button>
        </div>
      )}
      {error && (
        <p className="toast" role="alert" onClick={() => setError(null)} onKeyDown={() => setError(null)}>
          {error}
        </p>
      )}
    </div>
  );
}
