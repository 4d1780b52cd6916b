import { LANGUAGES, type Language } from "@oppdag/shared";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { nb } from "./nb";
import { sv } from "./sv";

const STORAGE_KEY = "oppdag.language";

/** The saved choice, else the first browser language we speak (no, nn and nb all mean bokmål). */
export function detectLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "nb" || base === "nn" || base === "no") return "nb";
    if (base === "sv") return "sv";
    if (base === "en") return "en";
  }
  return "en";
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, nb: { translation: nb }, sv: { translation: sv } },
  lng: detectLanguage(),
  fallbackLng: "en",
  // React escapes on render; double escaping would show &amp; in names like "Sjømat & reiseliv".
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export default i18next;
