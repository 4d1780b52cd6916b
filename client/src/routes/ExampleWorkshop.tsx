import { LANGUAGES, type Language } from "@oppdag/shared";
import type { ExampleWorkshopResult } from "@oppdag/shared/example";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { apiRequest } from "../lib/api";
import { describeError } from "../lib/errors";
import { saveInvites } from "../lib/invites";
import { saveSession } from "../lib/session";
import { useUiStore } from "../stores/uiStore";
import "./example.css";

/**
 * The landing page's second way in: a filled example workshop, written in the language the page
 * speaks, opened at once as its facilitator (the server creates it and joins them in one call).
 */
export function ExampleWorkshop() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleOpen() {
    setBusy(true);
    setError(null);
    try {
      const language: Language = (LANGUAGES as readonly string[]).includes(i18n.language)
        ? (i18n.language as Language)
        : "en";
      const created = await apiRequest<ExampleWorkshopResult>("POST", "/workshops/example", { body: { language } });
      saveSession(created.session);
      saveInvites(created.workshop.id, created.invites);
      // The board first, uncovered and wide enough to read every card; the notes, the plan and the
      // vote's results are each one click away. The vote was revealed before this person came, so
      // its results sheet counts as closed (the key session/resultsSheet.ts remembers it by).
      useUiStore.getState().set({ notesOpen: false });
      try {
        localStorage.setItem(`oppdag.resultsClosed.${created.workshop.id}`, JSON.stringify([created.voteRoundId]));
      } catch {
        // Storage refused: the results simply open once, as at a reveal.
      }
      navigate(`/w/${created.workshop.id}`);
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  }

  return (
    <section className="landing-example" aria-labelledby="landing-example-heading">
      <h2 id="landing-example-heading">{t("example.heading")}</h2>
      <p>{t("example.lead")}</p>
      <button
        type="button"
        className="button secondary"
        onClick={handleOpen}
        disabled={busy}
        aria-busy={busy}
        data-testid="open-example"
      >
        {busy ? t("example.opening") : t("example.open")}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
