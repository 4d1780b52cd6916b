import { ACTOR_GROUPS, type ActorGroup, type JoinResult, Limits, type WorkshopInfo } from "@oppdag/shared";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearch } from "wouter";
import { useLocationProperty } from "wouter/use-browser-location";
import { FatalScreen } from "../components/FatalScreen";
import { PageHeader } from "../components/PageHeader";
import { ApiFailure, apiRequest } from "../lib/api";
import { describeError } from "../lib/errors";
import { loadSession, saveSession } from "../lib/session";
import "../critique/critique.css";
import { loadWorkshopPage } from "./pageChunks";

/** Participants pick their own group; "facilitator" is given by the facilitator link. */
const JOINABLE_GROUPS = ACTOR_GROUPS.filter((g) => g !== "facilitator");

export function JoinPage() {
  const { t } = useTranslation();
  const { workshopId = "" } = useParams();
  const search = useSearch();
  // A critical friend's link says so (the token decides the role): they are an outside voice.
  const asCritic = new URLSearchParams(search).get("as") === "critic";
  const [, navigate] = useLocation();
  // The invite token rides in the fragment, which never reaches a server's logs. Followed, not read
  // once: pasting a new link into the same tab changes only the fragment, and reloads nothing.
  const invite = useLocationProperty(() => window.location.hash).replace(/^#/, "");
  const [workshop, setWorkshop] = useState<WorkshopInfo | null>(null);
  const [missing, setMissing] = useState(false);
  const [name, setName] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [group, setGroup] = useState<ActorGroup | "">(asCritic ? "external" : "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const existing = loadSession(workshopId);

  // The board comes next: fetch its code while the person fills in the form.
  useEffect(() => {
    // A failed fetch is tried again by the route itself when the board is opened.
    loadWorkshopPage().catch(() => undefined);
  }, []);

  useEffect(() => {
    apiRequest<WorkshopInfo>("GET", `/workshops/${encodeURIComponent(workshopId)}`)
      .then(setWorkshop)
      .catch((err) => {
        if (err instanceof ApiFailure && err.status === 404) setMissing(true);
        else setError(describeError(err, t));
      });
  }, [workshopId, t]);

  if (missing) return <FatalScreen reason="unknownWorkshop" />;

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await apiRequest<JoinResult>("POST", `/workshops/${workshopId}/join`, {
        body: { invite, name, actorGroup: group || "facilitator", organisation: organisation.trim() },
      });
      saveSession(result);
      navigate(`/w/${workshopId}`, { replace: true });
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  }

  return (
    <main className="centered-page">
      <PageHeader />
      <form className="panel form narrow" onSubmit={handleSubmit} data-testid="join-form">
        <p className="eyebrow">{t("join.heading")}</p>
        <h1 className="workshop-name">{workshop?.title ?? "\u00a0"}</h1>
        {workshop?.region && <p className="muted">{workshop.region}</p>}
        {asCritic && invite && (
          <p className="join-critic" data-testid="join-critic">
            {t("critique.joinLead")}
          </p>
        )}
        {!invite ? (
          <p className="form-error" role="alert">
            {t("join.invalidLink")}
          </p>
        ) : (
          <>
            {existing && (
              <div className="continue">
                <Link className="button primary" href={`/w/${workshopId}`} replace>
                  {t("join.continueAs", { name: existing.participant.name })}
                </Link>
                <p className="muted small">{t("join.orNew")}</p>
              </div>
            )}
            <label>
              {t("join.name")}
              <input
                name="name"
                required
                maxLength={Limits.nameLength}
                value={name}
                placeholder={t("join.namePlaceholder")}
                onChange={(e) => setName(e.target.value)}
                autoComplete="name"
              />
            </label>
            <label>
              {t("join.actorGroup")}
              <select name="actorGroup" required value={group} onChange={(e) => setGroup(e.target.value as ActorGroup)}>
                <option value="" disabled>
                  {t("join.choose")}
                </option>
                {JOINABLE_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`groups.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>
                {t("join.organisation")} <span className="muted">{t("join.optional")}</span>
              </span>
              <input
                name="organisation"
                maxLength={Limits.organisationLength}
                value={organisation}
                placeholder={t("join.organisationPlaceholder")}
                onChange={(e) => setOrganisation(e.target.value)}
                autoComplete="organization"
              />
            </label>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className={existing ? "button secondary" : "button primary"} disabled={busy}>
              {busy ? t("join.joining") : t("join.submit")}
            </button>
            <p className="privacy small muted" data-testid="privacy-notice">
              {t("join.privacy")}{" "}
              {workshop?.retentionDays
                ? t("join.retention", { count: Math.round(workshop.retentionDays) })
                : t("join.retentionUntilDeleted")}
            </p>
          </>
        )}
      </form>
    </main>
  );
}
