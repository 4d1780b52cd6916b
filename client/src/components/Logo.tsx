import { useTranslation } from "react-i18next";
import { Link } from "wouter";

export function Logo({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    // Named by what it shows where it shows the name (a screen reader and a voice command then agree).
    <Link href="/" className="logo" aria-label={compact ? t("header.home") : undefined}>
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="#17324d" />
        <circle cx="12" cy="16" r="5" fill="#7dd3a8" />
        <circle cx="21" cy="16" r="5" fill="#8fb8f0" fillOpacity=".9" />
      </svg>
      {!compact && <span>{t("app.name")}</span>}
    </Link>
  );
}
