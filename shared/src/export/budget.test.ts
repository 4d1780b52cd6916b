import { describe, expect, it } from "vitest";
import { budgetInWords, formatMoney } from "./budget";
import { EXPORT_LABELS } from "./labels";

describe("budgets in words", () => {
  it("writes person-years and money as each language does", () => {
    const budget = { fte: 2.5, amount: 4_500_000, currency: null };
    expect(budgetInWords(budget, EXPORT_LABELS.nb)).toBe("2,5 årsverk · 4 500 000 kr");
    expect(budgetInWords(budget, EXPORT_LABELS.sv)).toBe("2,5 årsverk · 4 500 000 kr");
    expect(budgetInWords({ ...budget, fte: 2 }, EXPORT_LABELS.en)).toBe("2 FTE · EUR 4,500,000");
    expect(formatMoney(1_200_000, "EUR", EXPORT_LABELS.nb)).toBe("1 200 000 €");
    expect(formatMoney(350_000, "NOK", EXPORT_LABELS.en)).toBe("NOK 350,000");
  });

  it("says nothing of what was not given", () => {
    expect(budgetInWords({ fte: null, amount: null, currency: "SEK" }, EXPORT_LABELS.sv)).toBe("");
    expect(budgetInWords({ fte: null, amount: 900_000, currency: "SEK" }, EXPORT_LABELS.nb)).toBe("900 000 SEK");
  });
});
