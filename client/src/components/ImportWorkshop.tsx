import { type CreateWorkshopResult, Limits } from "@oppdag/shared";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure, apiRequest } from "../lib/api";
import { joinAsFacilitator } from "../lib/enterWorkshop";
import { describeError } from "../lib/errors";
import { useSessionStore } from "../stores/sessionStore";

/**
 * "Import a workshop": a JSON export (this server's or another's) becomes a new workshop with
 * the same board, notes, plan and results, opened at once with this facilitator in it. The
 * workshop on screen is left as it was.
 */
export function ImportWorkshop({ onError, onDone }: { onError(message: string): void; onDone(): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const name = useSessionStore((s) => s.me?.name);

  async function importFile(file: File) {
    setBusy(true);
    try {
      if (file.size > Limits.maxImportBytes) throw new Error(t("header.importTooLarge"));
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        throw new Error(t("header.importNotJson"));
      }
      const created = await apiRequest<CreateWorkshopResult>("POST", "/workshops/import", { body });
      await joinAsFacilitator(created, name?.trim() || t("roles.facilitator"));
      onDone();
      // A fresh page for the new workshop: nothing of this one's state carries over.
      window.location.assign(`/w/${created.workshop.id}`);
    } catch (err) {
      onError(err instanceof ApiFailure || !(err instanceof Error) ? describeError(err, t) : err.message);
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="menu-action"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="import-workshop"
      >
        {busy ? t("header.importing") : t("header.importWorkshop")}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
        data-testid="import-file"
      />
    </>
  );
}
