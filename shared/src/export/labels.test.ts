import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../domain";
import { EXPORT_LABELS } from "./labels";

/** Every label by its dotted path. */
function flatten(tree: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === "string") out.set(prefix, tree);
  else if (tree && typeof tree === "object")
    for (const [key, value] of Object.entries(tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

describe("EXPORT_LABELS", () => {
  it.each(LANGUAGES)("%s has every label English has, and no other, none empty", (language) => {
    const en = flatten(EXPORT_LABELS.en);
    const theirs = flatten(EXPORT_LABELS[language]);
    expect([...en.keys()].filter((k) => !theirs.has(k))).toEqual([]);
    expect([...theirs.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...theirs].filter(([, text]) => !text.trim()).map(([k]) => k)).toEqual([]);
  });

  it("use the plan vocabulary of Norwegian and Swedish strategy documents", () => {
    const { nb, sv } = EXPORT_LABELS;
    // Indicators, as in English: measurable outputs and effects, not goals.
    expect([nb.fields.resultIndicators, nb.fields.effectIndicators]).toEqual([
      "Resultatindikatorer",
      "Effektindikatorer",
    ]);
    expect([sv.fields.resultIndicators, sv.fields.effectIndicators]).toEqual([
      "Resultatindikatorer",
      "Effektindikatorer",
    ]);
    // A count of votes is stemmer/röster; one round is an avstemning/omröstning.
    expect([nb.votes, nb.voteRound]).toEqual(["Stemmer", "Avstemning"]);
    expect([sv.votes, sv.voteRound]).toEqual(["Röster", "Omröstning"]);
    // Bokmål writes idé in the singular and ideer in the plural.
    expect([nb.kinds.idea, nb.kindsPlural.idea]).toEqual(["Idé", "Ideer"]);
    expect([sv.kinds.idea, sv.kindsPlural.idea]).toEqual(["Idé", "Idéer"]);
    // Swedish: one definite form of workshop.
    for (const text of flatten(sv).values()) expect(text).not.toMatch(/workshopp/i);
  });
});
