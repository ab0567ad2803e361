// Appendix A offense classification (MOA III.B, Appendix A; DOMAIN.md section 2).
export * from "./types";
export {
  APPENDIX_A_RULES,
  ruleById,
  formatRange,
  formatRanges,
  formatCode,
  isDrugCode,
  DRUG_RANGE,
  OTHER_OFFENSES_CATEGORY,
  UNCLASSIFIABLE_CATEGORY,
} from "./table";
export { NCIC_OFFENSE_CODES } from "./ncic-codes";
export { parseSentence, compareWithOneYear, DAYS_PER_YEAR, DAYS_PER_MONTH } from "./sentence";
export type { ParseSentenceResult, OneYearComparison } from "./sentence";
export { classify, classifyInput, describeBadCode } from "./classify";
export { personLevel, SentenceSchema, OffenseInputSchema, PersonLevelInputSchema } from "./person";
export type {
  OffenseInput,
  PersonLevelInput,
  OffenseEntry,
  OffenseGroupLevel,
  PersonLevel,
} from "./person";
export { ncicCoverage, ncicCodesByDefault } from "./coverage";
export type { CoverageRow } from "./coverage";
