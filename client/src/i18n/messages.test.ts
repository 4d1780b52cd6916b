import { EXPORT_LABELS, LIMIT_NOTICES } from "@oppdag/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nb } from "./nb";
import { sv } from "./sv";

const LANGUAGES = { en, nb, sv };
type Language = keyof typeof LANGUAGES;
const OTHERS = ["nb", "sv"] as const;

/** Every string of a bundle by its dotted path; tuples (the agenda template) count by index. */
function flatten(tree: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === "string") out.set(prefix, tree);
  else if (tree && typeof tree === "object")
    for (const [key, value] of Object.entries(tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const FLAT = Object.fromEntries(Object.entries(LANGUAGES).map(([l, m]) => [l, flatten(m)])) as Record<
  Language,
  Map<string, string>
>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The plural keys of a bundle, by their base key ("vote.votes" for vote.votes_one and vote.votes_other). */
function pluralBases(keys: Iterable<string>): Set<string> {
  return new Set([...keys].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, "")));
}

const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();

/** Every source file of the client outside the bundles and the tests, as text. */
const SOURCES = Object.entries(
  import.meta.glob<string>("../**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true }),
).filter(([path]) => !path.includes("/i18n/") && !path.includes(".test."));

/** Each `t("literal.key", …)` call in the client: the key, and the text of its options. */
function translationCalls(): Array<{ file: string; key: string; options: string }> {
  const calls: Array<{ file: string; key: string; options: string }> = [];
  for (const [file, text] of SOURCES) {
    for (const match of text.matchAll(/\bt\(\s*"([\w.]+)"/g)) {
      // The call's arguments run to the parenthesis that closes it.
      let depth = 1;
      let end = (match.index ?? 0) + match[0].length;
      while (end < text.length && depth > 0) {
        if (text[end] === "(") depth++;
        else if (text[end] === ")") depth--;
        end++;
      }
      calls.push({ file, key: match[1] as string, options: text.slice((match.index ?? 0) + match[0].length, end - 1) });
    }
  }
  return calls;
}

describe("messages", () => {
  it("explain every notice the server can send, in every language", () => {
    for (const [language, messages] of Object.entries(LANGUAGES)) {
      const notices = messages.notices as Record<string, string | undefined>;
      for (const code of [...LIMIT_NOTICES, "workshop_full"])
        expect(notices[code], `${language}: ${code}`).toBeTruthy();
    }
  });

  it("ask for a reload when the app was updated, in every language", () => {
    for (const messages of Object.values(LANGUAGES)) {
      expect(messages.errors.appUpdated).toBeTruthy();
      expect(messages.errors.reload).toBeTruthy();
    }
  });

  it.each(OTHERS)("%s has exactly the keys English has, none missing, none extra, none empty", (language) => {
    const keys = [...FLAT.en.keys()];
    const theirs = [...FLAT[language].keys()];
    expect(
      keys.filter((k) => !FLAT[language].has(k)),
      "missing",
    ).toEqual([]);
    expect(
      theirs.filter((k) => !FLAT.en.has(k)),
      "extra",
    ).toEqual([]);
    expect(
      theirs.filter((k) => !FLAT[language].get(k)?.trim()),
      "empty",
    ).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES) as Language[])(
    "%s: every plural key has each form its language needs, and no plain twin",
    (language) => {
      const keys = FLAT[language];
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      expect(needed).toEqual(expect.arrayContaining(["one", "other"]));
      for (const base of pluralBases(keys.keys())) {
        for (const form of needed) expect(keys.has(`${base}_${form}`), `${language}: ${base}_${form}`).toBe(true);
        // "vote.votes" beside "vote.votes_one" would be used for some counts and not others.
        expect(keys.has(base), `${language}: ${base} and ${base}_other`).toBe(false);
        expect(variables(keys.get(`${base}_other`) ?? ""), `${language}: ${base}_other shows the count`).toContain(
          "count",
        );
      }
    },
  );

  it.each(OTHERS)("%s uses the same {{variables}} as English in every string", (language) => {
    const differ = [...FLAT.en].filter(
      ([key, text]) =>
        FLAT[language].has(key) && variables(text).join() !== variables(FLAT[language].get(key) ?? "").join(),
    );
    expect(
      differ.map(([key]) => `${key}: ${FLAT.en.get(key)} / ${FLAT[language].get(key)}`),
      "variables",
    ).toEqual([]);
  });

  it("resolve every plural key through i18next's plural rules for one and for many", async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: Object.fromEntries(Object.entries(LANGUAGES).map(([l, m]) => [l, { translation: m }])),
      lng: "en",
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    for (const language of Object.keys(LANGUAGES) as Language[]) {
      for (const base of pluralBases(FLAT[language].keys())) {
        for (const count of [1, 2, 7]) {
          const form = new Intl.PluralRules(language).select(count);
          const text = instance.t(base, { lng: language, count, left: 0, name: "Kari" });
          expect(text, `${language}: ${base} (${count})`).toContain(String(count));
          expect(text, `${language}: ${base} (${count})`).not.toMatch(/\{\{|_(one|other)$/);
          expect(text).toBe(
            (FLAT[language].get(`${base}_${form}`) ?? "")
              .replaceAll("{{count}}", String(count))
              .replaceAll("{{left}}", "0")
              .replaceAll("{{name}}", "Kari"),
          );
        }
      }
    }
  });

  it("are called with keys that exist, and with a count wherever the key has plural forms", () => {
    const calls = translationCalls();
    expect(calls.length).toBeGreaterThan(50);
    const plurals = pluralBases(FLAT.en.keys());
    const unknown = calls.filter((c) => !FLAT.en.has(c.key) && !plurals.has(c.key) && !isBranch(c.key));
    expect(
      unknown.map((c) => `${c.file}: ${c.key}`),
      "keys not in en.ts",
    ).toEqual([]);
    const withoutCount = calls.filter((c) => plurals.has(c.key) && !/\bcount\b/.test(c.options));
    expect(
      withoutCount.map((c) => `${c.file}: ${c.key}`),
      "plural keys called without count",
    ).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES) as Language[])("%s: the board and the exports use the same words", (language) => {
    const ui = LANGUAGES[language];
    const labels = EXPORT_LABELS[language];
    expect(ui.kinds).toEqual(labels.kinds);
    expect(ui.groups).toEqual(labels.groups);
    expect(ui.plan.statuses).toEqual(labels.statuses);
    expect(ui.plan.fields).toEqual(labels.fields);
    expect(ui.plan.priority).toBe(labels.priority);
    expect(ui.plan.status).toBe(labels.status);
    expect(ui.plan.tab).toBe(labels.actionPlan);
    expect(ui.plan.noFocusArea).toBe(labels.otherArea);
    expect(ui.plan.untitled).toBe(labels.untitled);
    expect(ui.plan.matrix.impact).toBe(labels.impact);
    expect(ui.plan.matrix.feasibility).toBe(labels.feasibility);
    expect(ui.vote.links).toBe(labels.links);
    expect(ui.notes.title).toBe(labels.notes);
    expect(ui.board.board).toBe(labels.board);
    expect(ui.landing.region).toBe(labels.region);
    // "Votes: 7" is a number of votes, and an unnamed round is one vote ("Vote 2"), never "Votes 2".
    expect(labels.votes).not.toBe(labels.voteRound);
    expect(ui.vote.votes_other.toLowerCase()).toContain(labels.votes.toLowerCase());
  });
});

/** `t("plan.fields")`-style calls that read a whole group of strings. */
function isBranch(key: string): boolean {
  return [...FLAT.en.keys()].some((k) => k.startsWith(`${key}.`));
}

/**
 * Words a native regional-development officer would not write, found in earlier versions of the
 * bundles. The UI strings and the export labels are both checked, so a report and the board agree.
 */
const UNIDIOMATIC: Record<"nb" | "sv", Array<[RegExp, string]>> = {
  nb: [
    [/idéer|idéene/i, "bokmål: ideer, ideene (idé only in the singular)"],
    [/\blive\b/i, "English 'live': i sanntid"],
    [/levende tavle/i, "a board is not alive: felles tavle"],
    [/\bbrett(et)?\b/i, "the board is tavla throughout"],
    [/\brakte hender/i, "Opprakte hender"],
    [/Stopp følg meg/i, "an imperative of a name: Avslutt «følg meg»"],
    [/Oppdag forside/, "genitive: Oppdags forside"],
    [/\bworkshop/i, "bokmål: verksted"],
    [/Avstemninger \d|Avstemninger$/, "votes counted are stemmer; one round is an avstemning"],
    // "Resultatmål" is a kind of goal (SKL's result goal), never the name of an indicator.
    [/effektmål/i, "indicators: resultatindikatorer, effektindikatorer"],
  ],
  sv: [
    [/workshopp(?!ar)/i, "one definite form throughout: workshopen"],
    [/\blive\b/i, "English 'live': i realtid"],
    [/levande tavla/i, "a board is not alive: gemensam tavla"],
    [/Sluta följ mig/i, "an imperative of a name: Avsluta ”följ mig”"],
    [/Omröstningar/, "votes counted are röster; one round is an omröstning"],
    [/effektmål/i, "indicators, as en and nb: resultatindikatorer, effektindikatorer"],
    [/Oppdag startsida/, "genitive: Oppdags startsida"],
  ],
};

describe("Norwegian and Swedish wording", () => {
  it.each(OTHERS)("%s avoids the phrasings a native writer would not use", (language) => {
    const texts = [...FLAT[language].values(), ...flatten(EXPORT_LABELS[language]).values()];
    const found = UNIDIOMATIC[language].flatMap(([pattern, advice]) =>
      texts.filter((text) => pattern.test(text)).map((text) => `${text}  (${advice})`),
    );
    expect(found).toEqual([]);
  });

  it("name indicators as indicators in all three languages", () => {
    expect(EXPORT_LABELS.en.fields.resultIndicators).toMatch(/indicators/i);
    for (const language of OTHERS) {
      expect(EXPORT_LABELS[language].fields.resultIndicators).toMatch(/^Resultatindikatorer$/);
      expect(EXPORT_LABELS[language].fields.effectIndicators).toMatch(/^Effektindikatorer$/);
    }
  });

  it("say Swedish workshop in one definite form", () => {
    const forms = [...FLAT.sv.values(), ...flatten(EXPORT_LABELS.sv).values()].flatMap((text) =>
      [...text.matchAll(/workshop\w*/gi)].map((m) => m[0].toLowerCase()),
    );
    expect(forms).toContain("workshopen");
    expect(forms.filter((form) => !["workshop", "workshopen", "workshopens"].includes(form))).toEqual([]);
  });

  it("agree in number with the count: one hidden card is singular", () => {
    expect(sv.session.hiddenCount_one).toBe("{{count}} dolt kort");
    expect(nb.session.hiddenCount_one).toBe("{{count}} skjult kort");
    expect(sv.vote.votesLeft_one).not.toMatch(/röster/);
    expect(nb.vote.votesLeft_one).not.toMatch(/stemmer/);
  });
});
