// What the classifier's download routes read from the query string, checked
// with zod so a bad request says which parameter was wrong.
import type { ColumnLabels } from "@sc/classify-csv";
import { z } from "zod";

const Column = z.string().trim().min(1, "name a column").max(200, "a column name has at most 200 characters");

export const ClassifiedQuery = z.strictObject({
  /** The column holding the NCIC code. */
  code: Column.default("ncic"),
  /** The column holding the sentence length; absent = every sentence unknown. */
  sentence: Column.optional(),
  /** The file's name, for messages and the download's name. */
  name: z.string().max(255, "a file name has at most 255 characters").default("upload.csv"),
});

/** How the page names the two choices, in messages from @sc/classify-csv. */
export const PAGE_LABELS: ColumnLabels = { code: "The code column", sentence: "The sentence column" };

export function queryOf(request: Request): z.ZodSafeParseResult<z.infer<typeof ClassifiedQuery>> {
  return ClassifiedQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
}

export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? "bad request" : `${issue.path.join(".") || "query"}: ${issue.message}`;
}
