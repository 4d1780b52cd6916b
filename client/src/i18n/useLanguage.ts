import { LANGUAGES, type Language } from "@oppdag/shared";
import { useTranslation } from "react-i18next";

/** One of the app's languages: i18next may report a regional variant or a fallback. */
export const asLanguage = (lng: string | undefined): Language =>
  (LANGUAGES as readonly string[]).includes(lng ?? "") ? (lng as Language) : "en";

/** The language this person reads the app in, for numbers and dates written their way. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.language);
}
