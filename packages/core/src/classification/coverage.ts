// DOMAIN D9: every known NCIC code with the answer it gets, so a reviewer can
// see which real codes reach Level 3 only by the D3 "other offenses" default
// (for example 6401-6499, sexual exploitation of minors, added to NCIC after
// Appendix A was written). The table itself stays faithful to the source.
import { classify } from "./classify";
import { NCIC_OFFENSE_CODES } from "./ncic-codes";
import type { ClassificationStatus, Level } from "./types";

export interface CoverageRow {
  readonly code: string;
  readonly literal: string;
  readonly status: ClassificationStatus;
  /** null for drug codes (pending a sentence, D2) and 9998/9999 (D8). */
  readonly level: Level | null;
  readonly candidates: readonly Level[];
  readonly category: string;
  readonly ruleId: string;
  /** True when the code reaches Level 3 only by the D3 default (no Appendix A entry lists it). */
  readonly byDefault: boolean;
}

let rows: readonly CoverageRow[] | undefined;

function build(): readonly CoverageRow[] {
  const built = [...NCIC_OFFENSE_CODES].map(([code, literal]): CoverageRow => {
    const answer = classify(code);
    const ruleId = answer.rule?.id ?? "";
    return Object.freeze({
      code,
      literal,
      status: answer.status,
      level: answer.level,
      candidates: answer.candidates,
      category: answer.category ?? "",
      ruleId,
      byDefault: ruleId === "D3-other-offenses",
    });
  });
  built.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return Object.freeze(built);
}

/** Every code in the NCIC list, in code order, with its Appendix A answer (no sentence). */
export function ncicCoverage(): readonly CoverageRow[] {
  rows ??= build();
  return rows;
}

/** The NCIC codes that are Level 3 only by the D3 default (D9). */
export function ncicCodesByDefault(): readonly CoverageRow[] {
  return ncicCoverage().filter((row) => row.byDefault);
}
