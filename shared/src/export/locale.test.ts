import { describe, expect, it } from "vitest";
import { csvSeparatorFor, formatDate, formatDay, formatDecimal, milestonesInWords } from "./locale";

describe("Nordic conventions", () => {
  const day = new Date("2026-11-23T12:00:00Z");

  it("dates each language as its plans do", () => {
    expect(formatDate(day, "nb")).toBe("23.11.2026");
    expect(formatDate(day, "sv")).toBe("2026-11-23");
    expect(formatDate(day, "en")).toBe("23 November 2026");
  });

  it("dates by the Nordic day, not UTC's: half past midnight in Tromsø is already the next day", () => {
    const late = new Date("2026-11-22T23:30:00Z");
    expect(formatDate(late, "nb")).toBe("23.11.2026");
    expect(formatDate(new Date("2026-06-30T22:30:00Z"), "sv")).toBe("2026-07-01");
  });

  it("writes a calendar day as each language does, whatever the time zone", () => {
    expect(formatDay("2027-03-01", "nb")).toBe("01.03.2027");
    expect(formatDay("2027-03-01", "sv")).toBe("2027-03-01");
    expect(formatDay("2027-03-01", "en")).toBe("1 March 2027");
    expect(
      milestonesInWords(
        [
          { date: "2027-03-01", text: "Pilot i gang " },
          { date: "2027-09-15", text: "" },
        ],
        { language: "nb" },
      ),
    ).toBe("01.03.2027 Pilot i gang; 15.09.2027");
  });

  it("writes decimals with the language's sign, without grouping", () => {
    expect(formatDecimal(4.25, "nb")).toBe("4,3");
    expect(formatDecimal(4.5, "sv")).toBe("4,5");
    expect(formatDecimal(4.5, "en")).toBe("4.5");
    expect(formatDecimal(12345.5, "nb", 1)).toBe("12345,5");
    expect(formatDecimal(3, "en")).toBe("3.0");
  });

  it("separates CSV cells as Excel expects in each language", () => {
    expect(csvSeparatorFor("nb")).toBe("semicolon");
    expect(csvSeparatorFor("sv")).toBe("semicolon");
    expect(csvSeparatorFor("en")).toBe("comma");
  });
});
