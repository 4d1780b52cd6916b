import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { FatalReason } from "../stores/sessionStore";
import { PageHeader } from "./PageHeader";

/**
 * Why the workshop cannot be shown. `appUpdated`: the server was updated since this page loaded;
 * a reload fetches the matching app, so the way on is a reload rather than the start page.
 */
export function FatalScreen({ reason }: { reason: FatalReason | "appUpdated" }) {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <PageHeader />
      <section className="panel narrow" role="alert" data-testid="fatal" data-reason={reason}>
        <p className="lead">{t(`errors.${reason}`)}</p>
        {reason === "appUpdated" ? (
          <button
            type="button"
            className="button primary"
            onClick={() => window.location.reload()}
            data-testid="reload"
          >
            {t("errors.reload")}
          </button>
        ) : (
          <Link href="/" className="button secondary">
            {t("errors.backHome")}
          </Link>
        )}
      </section>
    </main>
  );
}
