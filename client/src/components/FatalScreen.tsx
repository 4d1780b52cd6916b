import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FatalReason } from "../stores/sessionStore";
import { PageHeader } from "./PageHeader";

export function FatalScreen({ reason }: { reason: FatalReason }) {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <PageHeader />
      <section className="panel narrow" role="alert" data-testid="fatal">
        <p className="lead">{t(`errors.${reason}`)}</p>
        <Link to="/" className="button secondary">
          {t("errors.backHome")}
        </Link>
      </section>
    </main>
  );
}
