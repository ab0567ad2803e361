// Sentence lengths for DOMAIN D2 (drug offenses: more than one year is Level 1,
// one year or less is Level 2).
//
// Normalisation (decided here; DOMAIN is silent): a sentence is held in days,
// with 1y = 365 days and 1m = 365/12 days (about 30.4). So "12m", "1y", "365d"
// and "365" are all exactly one year (365 days) and all land on D2's boundary
// (Level 2, with a note), while "13m", "366d" and "2y" are more than a year
// (Level 1). A 30-day month would make 12m = 360 days, less than a year, and
// 1y and 12m would disagree; 365/12 keeps them equal. 365 * 12 / 12 is exact in
// floating point, so the comparison with one year is exact too.
//
// Accepted: a number of days ("400"), or a number with a unit: d / day / days,
// m / mo / month / months, y / yr / yrs / year / years, any case, optional space
// ("18 m"). Decimals are allowed ("1.5y", "0.5m"): courts do hand down
// half-years, and a decimal cannot hit the boundary by accident since only
// exactly 365 days is "exactly one year". Not accepted: negatives, exponents,
// "life" or other words; each error says what was wrong.
import type { Sentence, SentenceUnit } from "./types";

/** Days in one year, D2's boundary. */
export const DAYS_PER_YEAR = 365;
/** Days in one month: a twelfth of a year, so that 12m equals 1y. */
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

const UNITS: Readonly<Record<string, SentenceUnit>> = {
  d: "d",
  day: "d",
  days: "d",
  m: "m",
  mo: "m",
  month: "m",
  months: "m",
  y: "y",
  yr: "y",
  yrs: "y",
  year: "y",
  years: "y",
};

const SHAPE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;
const EXAMPLES = 'a number of days ("400") or a length like "400d", "18m" or "2y"';

export type ParseSentenceResult =
  | { readonly ok: true; readonly sentence: Sentence }
  | { readonly ok: false; readonly error: string };

function toDays(amount: number, unit: SentenceUnit): number {
  switch (unit) {
    case "d":
      return amount;
    case "m":
      // Multiply first: amount * 365 is exact for whole months, so 12m is exactly 365.
      return (amount * DAYS_PER_YEAR) / 12;
    case "y":
      return amount * DAYS_PER_YEAR;
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/** Parse a sentence length as a user writes it. Never throws. */
export function parseSentence(text: string): ParseSentenceResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: `the sentence is empty; give ${EXAMPLES}` };
  if (trimmed.startsWith("-")) {
    return {
      ok: false,
      error: `the sentence "${trimmed}" is negative; a sentence length is 0 or more`,
    };
  }
  const match = SHAPE.exec(trimmed);
  if (!match?.[1]) {
    return { ok: false, error: `the sentence "${trimmed}" is not a number; give ${EXAMPLES}` };
  }
  const unitText = (match[2] ?? "").toLowerCase();
  const unit: SentenceUnit | undefined = unitText === "" ? "d" : UNITS[unitText];
  if (unit === undefined) {
    return {
      ok: false,
      error: `the sentence "${trimmed}" has an unknown unit "${match[2] ?? ""}"; use d (days), m (months) or y (years)`,
    };
  }
  const amount = Number(match[1]);
  const days = toDays(amount, unit);
  if (!Number.isFinite(days)) {
    return { ok: false, error: `the sentence "${trimmed}" is too large to be a length` };
  }
  return { ok: true, sentence: Object.freeze({ days, text: trimmed, unit, amount }) };
}

/** How a sentence stands against D2's one-year line. */
export type OneYearComparison = "more" | "exactly" | "less";

/** Compare with one year (365 days); D2: only "more" is Level 1. */
export function compareWithOneYear(sentence: Sentence): OneYearComparison {
  if (sentence.days > DAYS_PER_YEAR) return "more";
  return sentence.days === DAYS_PER_YEAR ? "exactly" : "less";
}

/** A Sentence built by hand (not by parseSentence) may carry a bad number; D4 says so. */
export function isUsableSentence(sentence: Sentence): boolean {
  return sentence.days >= 0 && sentence.days !== Infinity;
}
