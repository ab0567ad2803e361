// classify(code, sentence): the Appendix A answer for one NCIC code.
//
// Every answer for "0000".."9999" (and each drug code's four answers: pending,
// Level 1, Level 2, Level 2 on the one-year boundary) is built once, frozen, at
// module load. classify is then a length check, four char codes and an array
// index: no allocation on the hot path (the issue asks for >= 20M codes/s).
import { NCIC_OFFENSE_CODES } from "./ncic-codes";
import { parseSentence, isUsableSentence, DAYS_PER_YEAR } from "./sentence";
import { APPENDIX_A_RULES, DRUG_RANGE, formatCode, isDrugCode, requireRule } from "./table";
import type { AppendixARule, Classification, Level, Sentence } from "./types";

const CODE_COUNT = 10_000;
const DRUG_COUNT = DRUG_RANGE.to - DRUG_RANGE.from + 1;

const OTHER_OFFENSES = requireRule("D3-other-offenses");
const DRUGS_PENDING = requireRule("D2-drugs-pending-sentence");
const DRUGS_L1 = requireRule("L1-drugs");
const DRUGS_L2 = requireRule("L2-drugs");

const NO_LEVELS: readonly Level[] = Object.freeze([]);
const CANDIDATES: Readonly<Record<Level, readonly Level[]>> = Object.freeze({
  1: Object.freeze<Level[]>([1]),
  2: Object.freeze<Level[]>([2]),
  3: Object.freeze<Level[]>([3]),
});
const PENDING_CANDIDATES: readonly Level[] = Object.freeze<Level[]>([1, 2]);

// Notes (the decisions, said where the answer is shown).
const D1_ARSON_NOTE =
  "D1: Appendix A lists 2099 twice, in Arson (2001-2099, Level 2) and in Military (0201, 2099, Level 3); " +
  "2099 is ARSON in the NCIC list and 0299 is the military catch-all, so 2099 is Arson, Level 2.";
const D1_MILITARY_NOTE =
  "D1: Appendix A writes Military as (0201, 2099); 0299, the NCIC military catch-all, is read in place of 2099.";
const D2_PENDING_NOTE =
  "D2: a drug offense is Level 1 with a sentence of more than one year and Level 2 with one year or less; " +
  "no sentence is known, so the level is pending (Level 1 or Level 2).";
const D2_BOUNDARY_NOTE =
  'D2: the sentence is exactly one year, which is not "> 1 year": Level 2 (the source says "< 1 year").';
const D3_NOTE = "D3: no Appendix A entry lists this code, so it is Level 3, other offenses.";
const D8_NOTE = "D8: 9998 (NONE) and 9999 (UNKNOWN) name no offense: unclassifiable, no level.";

function d4UnknownNote(code: string): string {
  return `D4: ${code} is not in the NCIC offense code list; classified by its range only.`;
}

/** The one Appendix A entry (or D8 rule) listing a non-drug code; undefined means D3's default. */
function listedRule(code: number): AppendixARule | undefined {
  const found = APPENDIX_A_RULES.filter((rule) =>
    rule.ranges.some((x) => code >= x.from && code <= x.to),
  );
  if (found.length > 1) {
    throw new Error(
      `Appendix A table: ${formatCode(code)} is listed by ${found.map((x) => x.id).join(" and ")}`,
    );
  }
  return found[0];
}

function answer(code: string, rule: AppendixARule, extraNotes: readonly string[]): Classification {
  const literal = NCIC_OFFENSE_CODES.get(code) ?? null;
  const notes = [...extraNotes];
  if (literal === null) notes.push(d4UnknownNote(code));
  const status =
    rule.level !== null
      ? "classified"
      : rule === DRUGS_PENDING
        ? "pending-sentence"
        : "unclassifiable";
  return Object.freeze({
    code,
    status,
    level: rule.level,
    candidates:
      rule.level !== null
        ? CANDIDATES[rule.level]
        : status === "pending-sentence"
          ? PENDING_CANDIDATES
          : NO_LEVELS,
    category: rule.category,
    rule,
    ncicLiteral: literal,
    notes: Object.freeze(notes),
  });
}

function buildAnswer(n: number): Classification {
  const code = formatCode(n);
  if (isDrugCode(n)) return answer(code, DRUGS_PENDING, [D2_PENDING_NOTE]);
  const rule = listedRule(n);
  if (!rule) return answer(code, OTHER_OFFENSES, [D3_NOTE]);
  if (n === 2099) return answer(code, rule, [D1_ARSON_NOTE]);
  if (n === 299) return answer(code, rule, [D1_MILITARY_NOTE]);
  if (rule.id === "D8-unclassifiable") return answer(code, rule, [D8_NOTE]);
  return answer(code, rule, []);
}

const BY_CODE: readonly Classification[] = Object.freeze(
  Array.from({ length: CODE_COUNT }, (_, n) => buildAnswer(n)),
);

function drugAnswers(rule: AppendixARule, notes: readonly string[]): readonly Classification[] {
  return Object.freeze(
    Array.from({ length: DRUG_COUNT }, (_, i) =>
      answer(formatCode(DRUG_RANGE.from + i), rule, notes),
    ),
  );
}
const DRUG_MORE_THAN_A_YEAR = drugAnswers(DRUGS_L1, []);
const DRUG_LESS_THAN_A_YEAR = drugAnswers(DRUGS_L2, []);
const DRUG_EXACTLY_A_YEAR = drugAnswers(DRUGS_L2, [D2_BOUNDARY_NOTE]);

/** What was wrong with a code that is not exactly 4 digits (D4). */
export function describeBadCode(code: string): string {
  if (code === "") return "the offense code is empty; expected exactly 4 digits, like 0901";
  const nonDigits = [...new Set([...code].filter((ch) => ch < "0" || ch > "9"))];
  if (nonDigits.length > 0) {
    const shown = nonDigits.map((ch) => JSON.stringify(ch)).join(", ");
    return `the offense code "${code}" has characters that are not digits (${shown}); expected exactly 4 digits, like 0901`;
  }
  return `the offense code "${code}" has ${code.length} digits; expected exactly 4, like 0901`;
}

/** An `invalid` answer (D4): the notes say what was wrong. */
export function invalidClassification(code: string, notes: readonly string[]): Classification {
  return Object.freeze({
    code,
    status: "invalid",
    level: null,
    candidates: NO_LEVELS,
    category: null,
    rule: null,
    ncicLiteral: null,
    notes: Object.freeze([...notes]),
  });
}

function badSentenceNote(sentence: Sentence): string {
  return `the sentence "${sentence.text}" is not usable: ${String(sentence.days)} days (must be a number, 0 or more)`;
}

/** The answer once a sentence is given: a hand-built bad one is invalid (D4); drugs go by it (D2). */
function withSentence(n: number, code: string, sentence: Sentence): Classification {
  if (!isUsableSentence(sentence)) return invalidClassification(code, [badSentenceNote(sentence)]);
  const drug = n - DRUG_RANGE.from;
  if (drug >= 0 && drug < DRUG_COUNT) {
    const days = sentence.days;
    const table =
      days > DAYS_PER_YEAR
        ? DRUG_MORE_THAN_A_YEAR
        : days === DAYS_PER_YEAR
          ? DRUG_EXACTLY_A_YEAR
          : DRUG_LESS_THAN_A_YEAR;
    return table[drug] as Classification;
  }
  return BY_CODE[n] as Classification;
}

/** Off the hot path: surrounding blanks, or a malformed code. */
function classifyUntrimmed(code: string, sentence: Sentence | null | undefined): Classification {
  const trimmed = code.trim();
  if (trimmed !== code && trimmed.length === 4) return classify(trimmed, sentence);
  return invalidClassification(code, [describeBadCode(trimmed)]);
}

/**
 * The Appendix A answer for an NCIC offense code and, for drug codes, the
 * sentence (DOMAIN section 2). Never throws: a malformed code comes back
 * `invalid` with a note (D4). The sentence matters only for 3501-3599 (D2).
 * Kept small so V8 inlines it: the common case is four char codes and an index.
 */
export function classify(code: string, sentence?: Sentence | null): Classification {
  if (code.length === 4) {
    const a = code.charCodeAt(0) - 48;
    const b = code.charCodeAt(1) - 48;
    const c = code.charCodeAt(2) - 48;
    const d = code.charCodeAt(3) - 48;
    // `>>> 0` turns a negative difference into a large number, so one test per digit.
    if (a >>> 0 <= 9 && b >>> 0 <= 9 && c >>> 0 <= 9 && d >>> 0 <= 9) {
      const n = a * 1000 + b * 100 + c * 10 + d;
      // With no sentence BY_CODE already holds the D2 pending answer for drug codes.
      return sentence == null ? (BY_CODE[n] as Classification) : withSentence(n, code, sentence);
    }
  }
  return classifyUntrimmed(code, sentence);
}

/**
 * For CLIs and CSV rows: the code and the sentence as typed. An empty or
 * missing sentence means "not known"; a bad one makes the answer `invalid`
 * with a note saying what was wrong (D4). Never throws.
 */
export function classifyInput(code: string, sentenceText?: string | null): Classification {
  if (sentenceText == null || sentenceText.trim() === "") return classify(code, null);
  const parsed = parseSentence(sentenceText);
  if (parsed.ok) return classify(code, parsed.sentence);
  const byCode = classify(code, null);
  const notes = byCode.status === "invalid" ? [...byCode.notes] : [];
  return invalidClassification(byCode.code, [...notes, parsed.error]);
}
