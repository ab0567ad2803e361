// The public shape of an Appendix A answer. Every answer says which rule
// decided it, so it can be explained, printed and tested row by row.

/** Secure Communities risk level (MOA III.B.ii): 1 is the greatest threat. */
export type Level = 1 | 2 | 3;

/**
 * - `classified`: one level is known.
 * - `pending-sentence`: a drug code with no sentence yet (DOMAIN D2): candidates 1 and 2.
 * - `unclassifiable`: 9998 NONE / 9999 UNKNOWN name no offense (D8): no level.
 * - `invalid`: the code or sentence was malformed (D4); `notes` says what was wrong.
 */
export type ClassificationStatus = "classified" | "pending-sentence" | "unclassifiable" | "invalid";

/** An inclusive range of NCIC codes, as Appendix A writes them ("0901-0999"). */
export interface CodeRange {
  readonly from: number;
  readonly to: number;
}

/** One Appendix A entry (or one of the DOMAIN.md decisions that act as rules). */
export interface AppendixARule {
  /** Stable id, e.g. "L1-homicide", "D3-other-offenses". */
  readonly id: string;
  readonly level: Level | null;
  /** The Appendix A category name, verbatim. */
  readonly category: string;
  /** National Security's sub-kinds (Sabotage, Sedition, Espionage and Treason; ...). */
  readonly subKind?: string;
  readonly ranges: readonly CodeRange[];
  /** Where it comes from: "MOA Appendix A, Level 1" or "DOMAIN.md D2". */
  readonly source: string;
  /** Why, where the rule reads the MOA in a particular way (D1, D2, D3, D8). */
  readonly explanation?: string;
  /** The entry exactly as Appendix A prints it ("Military (0201, 2099)"), where it has one. */
  readonly asWritten?: string;
}

export interface Classification {
  /** The code as given (trimmed); for `invalid`, whatever was given. */
  readonly code: string;
  readonly status: ClassificationStatus;
  /** null unless `classified`. */
  readonly level: Level | null;
  /** The levels still possible: [level] when classified, [1, 2] when pending a sentence, [] otherwise. */
  readonly candidates: readonly Level[];
  /** Appendix A category, verbatim; "Other offenses (not listed in Appendix A)" for D3; null when invalid. */
  readonly category: string | null;
  /** The rule that decided; null when invalid. */
  readonly rule: AppendixARule | null;
  /** The NCIC literal of a known code ("HOMICIDE - WILLFUL KILL-FAMILY-GUN"), null when not in the list. */
  readonly ncicLiteral: string | null;
  /** Human notes: D1 conflict, D2 boundary, D4 unknown-code warning, or what was wrong with the input. */
  readonly notes: readonly string[];
}

/**
 * A sentence length, normalised to days: 1y = 365d and 1m = 365/12 d, so that
 * 12m, 1y and 365d are all exactly one year (DOMAIN D2's boundary; see sentence.ts).
 */
export interface Sentence {
  readonly days: number;
  /** As the user wrote it: "18m", "400d", "2y", "400". */
  readonly text: string;
  /** The unit it was written in ("d" when a bare number was given), when parsed by parseSentence. */
  readonly unit?: SentenceUnit;
  /** The number as written, in `unit`s, when parsed by parseSentence. */
  readonly amount?: number;
}

export type SentenceUnit = "d" | "m" | "y";
