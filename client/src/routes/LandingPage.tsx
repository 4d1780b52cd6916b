import {
  type CreateWorkshopResult,
  DEFAULT_TEMPLATE,
  LANGUAGES,
  type Language,
  Limits,
  type SavedTemplate,
  TEMPLATE_IDS,
  type TemplateId,
} from "@oppdag/shared";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { PageHeader } from "../components/PageHeader";
import { apiRequest } from "../lib/api";
import { joinAsFacilitator } from "../lib/enterWorkshop";
import { describeError } from "../lib/errors";
import { useUiStore } from "../stores/uiStore";
import { ExampleWorkshop } from "./ExampleWorkshop";
import { savedKey, TemplatePicker } from "./TemplatePicker";

export function LandingPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState("");
  const [region, setRegion] = useState("");
  const [language, setLanguage] = useState<Language>((i18n.language as Language) ?? "en");
  // The workshop (and its template) is in the language the facilitator uses, until they pick another.
  const [languageChosen, setLanguageChosen] = useState(false);
  useEffect(() => {
    if (!languageChosen && (LANGUAGES as readonly string[]).includes(i18n.language))
      setLanguage(i18n.language as Language);
  }, [i18n.language, languageChosen]);
  const [template, setTemplate] = useState<string>(DEFAULT_TEMPLATE);
  // Templates facilitators saved on this server; the form works without them if they fail to load.
  const [saved, setSaved] = useState<SavedTemplate[]>([]);
  useEffect(() => {
    apiRequest<SavedTemplate[]>("GET", "/templates").then(setSaved, () => setSaved([]));
  }, []);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await apiRequest<CreateWorkshopResult>("POST", "/workshops", {
        body: { title, region: region.trim() || undefined, language, ...templateBody(template, saved) },
      });
      await joinAsFacilitator(created, name);
      useUiStore.getState().set({ shareOpen: true });
      navigate(`/w/${created.workshop.id}`);
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  }

  return (
    <main className="landing">
      <PageHeader className="landing-top" />
      <div className="landing-body">
        <section className="landing-intro">
          <h1>{t("landing.heading")}</h1>
          <p className="lead">{t("landing.lead")}</p>
          <ul className="landing-points">
            <li>
              <span className="dot kind-strength" aria-hidden="true" />
              {t("landing.points.board")}
            </li>
            <li>
              <span className="dot kind-opportunity" aria-hidden="true" />
              {t("landing.points.join")}
            </li>
            <li>
              <span className="dot kind-idea" aria-hidden="true" />
              {t("landing.points.export")}
            </li>
          </ul>
          <ExampleWorkshop />
        </section>
        <form className="panel form" onSubmit={handleSubmit} data-testid="create-form">
          <h2>{t("landing.formTitle")}</h2>
          <label>
            {t("landing.workshopTitle")}
            <input
              name="title"
              required
              maxLength={Limits.titleLength}
              value={title}
              placeholder={t("landing.workshopTitlePlaceholder")}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <div className="form-row">
            <label>
              {t("landing.region")}
              <input
                name="region"
                maxLength={Limits.regionLength}
                value={region}
                placeholder={t("landing.regionPlaceholder")}
                onChange={(e) => setRegion(e.target.value)}
              />
            </label>
            <label>
              {t("landing.language")}
              <select
                name="language"
                value={language}
                onChange={(e) => {
                  setLanguage(e.target.value as Language);
                  setLanguageChosen(true);
                }}
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {t("landing.yourName")}
            <input
              name="name"
              required
              maxLength={Limits.nameLength}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
            />
          </label>
          <TemplatePicker value={template} language={language} saved={saved} onChange={setTemplate} />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("landing.creating") : t("landing.create")}
          </button>
        </form>
      </div>
    </main>
  );
}

/** The create request's template fields: a built-in id, or a saved template's id. */
function templateBody(key: string, saved: readonly SavedTemplate[]) {
  const own = saved.find((s) => savedKey(s.id) === key);
  if (own) return { savedTemplateId: own.id };
  return { template: (TEMPLATE_IDS as readonly string[]).includes(key) ? (key as TemplateId) : DEFAULT_TEMPLATE };
}
