import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FatalReason } from "../stores/sessionStore";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { Logo } from "./Logo";

export function FatalScreen({ reason }: { reason: FatalReason }) {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <div className="centered-top">
        <Logo />
        <LanguageSwitcher />
      </div>
      <section className="panel narrow" role="alert" data-testid="fatal">
        <p className="lead">{t(`errors.${reason}`)}</p>
        <Link to="/" className="button secondary">
          {t("errors.backHome")}
        </Link>
      </section>
    </main>
  );
}
