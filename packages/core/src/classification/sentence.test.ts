// parseSentence: the forms accepted, the errors, and D2's one-year line.
import { describe, expect, it } from "vitest";
import { compareWithOneYear, parseSentence } from "./sentence";

describe("parseSentence", () => {
  it.each([
    ["400", 400, "d"],
    ["400d", 400, "d"],
    ["400 days", 400, "d"],
    ["1 day", 1, "d"],
    ["0", 0, "d"],
    ["18m", 547.5, "m"],
    ["18 M", 547.5, "m"],
    ["6mo", 182.5, "m"],
    ["12 months", 365, "m"],
    ["2y", 730, "y"],
    ["2Y", 730, "y"],
    ["1 year", 365, "y"],
    ["3 yrs", 1095, "y"],
    ["1.5y", 547.5, "y"],
    ["0.5d", 0.5, "d"],
    ["  90d  ", 90, "d"],
  ] as const)("%j is %f days (unit %s)", (text, days, unit) => {
    const parsed = parseSentence(text);
    expect(parsed).toEqual({
      ok: true,
      sentence: { days, text: text.trim(), unit, amount: expect.any(Number) as number },
    });
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    ["-1", /"-1" is negative/],
    ["-2y", /negative/],
    ["abc", /"abc" is not a number/],
    ["y", /"y" is not a number/],
    [".5y", /not a number/],
    ["1,5y", /not a number/],
    ["1e3", /not a number/],
    ["2w", /unknown unit "w"; use d \(days\), m \(months\) or y \(years\)/],
    ["2 weeks", /unknown unit "weeks"/],
    ["life", /not a number/],
    ["9".repeat(400), /too large/],
  ])("%j is refused: %s", (text, message) => {
    const parsed = parseSentence(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("12m, 1y, 365d and 365 are all exactly one year; 13m and 366d are more; 11m is less", () => {
    const compare = (text: string): string => {
      const parsed = parseSentence(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return compareWithOneYear(parsed.sentence);
    };
    expect(["12m", "1y", "365d", "365", "12.0m", "1.0y"].map(compare)).toEqual(
      Array(6).fill("exactly"),
    );
    expect(["13m", "366d", "2y", "365.5d", "12.1m"].map(compare)).toEqual(Array(5).fill("more"));
    expect(["11m", "364d", "0", "0.9y", "11.9m"].map(compare)).toEqual(Array(5).fill("less"));
  });

  it("returns a frozen sentence", () => {
    const parsed = parseSentence("2y");
    expect(parsed.ok && Object.isFrozen(parsed.sentence)).toBe(true);
  });
});
