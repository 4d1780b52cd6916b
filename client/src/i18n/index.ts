import { LANGUAGES, type Language } from "@oppdag/shared";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Messages } from "./en";

/**
 * Each language is a chunk of its own, and a person loads only theirs (every key is in all three,
 * messages.test.ts, so nothing falls back): two languages fewer on every first load. Another is
 * fetched when they switch to it.
 */
const load: Record<Language, () => Promise<Messages>> = {
  en: () => import("./en").then((m) => m.en),
  nb: () => import("./nb").then((m) => m.nb),
  sv: () => import("./sv").then((m) => m.sv),
};

async function addLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, "translation")) {
    i18next.addResourceBundle(language, "translation", await load[language]());
  }
}

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

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await addLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Resolves once this person's language is in: the app renders after it (main.tsx). */
export const i18nReady: Promise<void> = (async () => {
  const language = detectLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    // React escapes on render; double escaping would show &amp; in names like "Sjømat & reiseliv".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // A failed fetch is tried once more (a flaky network at the door); after that the page shows.
  await addLanguage(language).catch(() => addLanguage(language));
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
})();

export default i18next;
