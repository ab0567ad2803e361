// classification: Appendix A answers (DOMAIN.md section 2), explained by the rule
// that decided. Pure functions of @sc/core; nothing is stored.
import {
  APPENDIX_A_RULES,
  classify,
  classifyInput,
  ncicCodesByDefault,
  ncicCoverage,
  parseSentence,
  personLevel,
  PersonLevelInputSchema,
  Text,
} from "@sc/core";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";

// Decision: an API caller asks about one code as typed, the sentence as typed
// ("18m", "2y", "400d"); core's classifyInput reads both (D4 messages).
const ClassifyInput = z.strictObject({
  code: Text.max(32, "code: an NCIC code is 4 digits"),
  sentence: Text.max(32, "sentence: at most 32 characters").nullish(),
});

const ClassifyBatchInput = z.strictObject({
  rows: z.array(ClassifyInput).min(1).max(10_000, "at most 10,000 rows a call"),
});

export const classificationRouter = {
  /** One code. A malformed code or sentence is a 400 naming the field and what was wrong (D4). */
  classify: allowed({ signedIn: true })
    .input(ClassifyInput)
    .query(({ input }) => {
      // The sentence is read first, so a refusal names the field that was wrong.
      const sentence = input.sentence ? parseSentence(input.sentence) : null;
      if (sentence !== null && !sentence.ok) throw new TRPCError({ code: "BAD_REQUEST", message: `sentence: ${sentence.error}` });
      const answer = classify(input.code, sentence?.sentence);
      if (answer.status === "invalid") throw new TRPCError({ code: "BAD_REQUEST", message: `code: ${answer.notes.join("; ")}` });
      return answer;
    }),

  /** Many codes: a bad row is marked `invalid` with its note and the run goes on (D4). */
  classifyBatch: allowed({ signedIn: true })
    .input(ClassifyBatchInput)
    .query(({ input }) => input.rows.map((row, index) => ({ index, ...classifyInput(row.code, row.sentence) }))),

  /** A person's level over convictions, charges kept apart (D5). */
  personLevel: allowed({ signedIn: true })
    .input(PersonLevelInputSchema)
    .query(({ input }) => personLevel(input)),

  /** The Appendix A table as data, with the DOMAIN decisions that act as rules. */
  rules: allowed({ signedIn: true })
    .input(NoInput)
    .query(() => APPENDIX_A_RULES),

  /** Every NCIC code with its answer; `byDefaultOnly` lists those Level 3 only by D3 (D9). */
  coverage: allowed({ signedIn: true })
    .input(z.strictObject({ byDefaultOnly: z.boolean().default(false) }).optional())
    .query(({ input }) => (input?.byDefaultOnly ? ncicCodesByDefault() : ncicCoverage())),
} satisfies TRPCRouterRecord;
