import { CSV_SEPARATORS, type CsvSeparator, csvSeparatorFor } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { downloadFile, fetchExport, saveBlob } from "../lib/api";
import { describeError } from "../lib/errors";
import { svgToPng } from "../lib/svgToPng";
import { useSessionStore } from "../stores/sessionStore";
import { ImportWorkshop } from "./ImportWorkshop";

type Format = "docx" | "md" | "csv" | "json" | "svg";

const SEPARATOR_KEY = "oppdag.csvSeparator";

/** The separator this person last chose, or what Excel expects in the workshop's language. */
function initialSeparator(language: Parameters<typeof csvSeparatorFor>[0]): CsvSeparator {
  try {
    const saved = localStorage.getItem(SEPARATOR_KEY);
    if (saved && (CSV_SEPARATORS as readonly string[]).includes(saved)) return saved as CsvSeparator;
  } catch {
    // Storage refused: the language's default.
  }
  return csvSeparatorFor(language);
}

/**
 * Everything the workshop produces, made by the server from stored state: Word, the print page,
 * the board image, Markdown, CSV and JSON. Facilitators can share the menu with participants.
 */
export function ExportMenu({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isFacilitator = useSessionStore((s) => s.me?.role === "facilitator");
  const allowed = useSessionStore((s) => s.session?.exportsAllowed ?? false);
  const menuRef = useRef<HTMLDivElement>(null);
  // Shown at once, then confirmed (or put back) by the server's new state.
  const [sharing, setSharing] = useState<boolean | null>(null);
  const language = useSessionStore((s) => s.workshop?.language ?? "en");
  const [separator, setSeparator] = useState<CsvSeparator | null>(null);
  const csvSeparator = separator ?? initialSeparator(language);
  const chooseSeparator = (next: CsvSeparator) => {
    setSeparator(next);
    try {
      localStorage.setItem(SEPARATOR_KEY, next);
    } catch {
      // Kept for this page only.
    }
  };

  // Close on a click elsewhere or Escape, as menus do.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("pointerdown", onDown);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("pointerdown", onDown);
      window.removeEventListener("keydown", onKey);
    };
  }, [open]);

  async function run(task: () => Promise<void>) {
    setOpen(false);
    try {
      await task();
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  const download = (format: Format) => {
    const query = format === "csv" ? `?separator=${csvSeparator}` : "";
    return run(() => downloadFile(`/workshops/${workshopId}/export.${format}${query}`, token, `workshop.${format}`));
  };

  // Opened before the request, inside the click, so no pop-up blocker stops it.
  const printReport = () => {
    const tab = window.open("", "_blank");
    return run(async () => {
      try {
        const html = await fetchExport(`/workshops/${workshopId}/export.html`, token);
        const url = URL.createObjectURL(new Blob([await html.text()], { type: "text/html" }));
        if (tab) tab.location.href = url;
        else window.location.assign(url);
      } catch (err) {
        tab?.close();
        throw err;
      }
    });
  };

  const png = () =>
    run(async () => {
      const svg = await fetchExport(`/workshops/${workshopId}/export.svg`, token);
      saveBlob(await svgToPng(await svg.text()), `${svg.fileName.replace(/\.svg$/, "")}.png`);
    });

  if (!isFacilitator && !allowed) return null;

  const items: Array<[string, () => void, string]> = [
    ["header.exportWord", () => download("docx"), "export-docx"],
    ["header.exportPrint", printReport, "export-print"],
    ["header.exportSvg", () => download("svg"), "export-svg"],
    ["header.exportPng", png, "export-png"],
    ["header.exportMarkdown", () => download("md"), "export-markdown"],
    ["header.exportCsv", () => download("csv"), "export-csv"],
    ["header.exportJson", () => download("json"), "export-json"],
  ];

  return (
    <div className="menu" ref={menuRef}>
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
        <div className="menu-list">
          {/* The checkbox below is a setting, not a menu item: it stays outside the menu role. */}
          <div className="menu-items" role="menu">
            {items.map(([label, action, testId]) => (
              <button key={testId} type="button" role="menuitem" onClick={action} data-testid={testId}>
                {t(label)}
              </button>
            ))}
          </div>
          <label className="menu-setting">
            {t("header.csvSeparator")}
            <select
              value={csvSeparator}
              onChange={(e) => chooseSeparator(e.target.value as CsvSeparator)}
              data-testid="csv-separator"
            >
              {CSV_SEPARATORS.map((s) => (
                <option key={s} value={s}>
                  {t(`header.separators.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {isFacilitator && <ImportWorkshop onError={setError} onDone={() => setOpen(false)} />}
          {isFacilitator && (
            <label className="menu-check">
              <input
                type="checkbox"
                checked={sharing ?? allowed}
                onChange={(e) => {
                  setSharing(e.target.checked);
                  void request("exports:allow", { allowed: e.target.checked }).finally(() => setSharing(null));
                }}
                data-testid="exports-allow"
              />
              {t("header.exportsAllowed")}
            </label>
          )}
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
