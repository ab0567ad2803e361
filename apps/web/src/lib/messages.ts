// What the pages say about a failed call: the server's words, field by field.
export interface DescribedError {
  readonly message: string;
  readonly code: string | null;
  readonly fieldErrors: readonly { path: string; message: string }[];
}

/** One line per problem; a network failure says the API is unreachable rather than "fetch failed". */
export function errorLines(error: DescribedError): string[] {
  if (error.fieldErrors.length > 0) return error.fieldErrors.map((f) => `${f.path}: ${f.message}`);
  if (error.code === null && /fetch|network/i.test(error.message)) return ["The API server is not reachable. Is it running (pnpm start)?"];
  return [error.message];
}

/** Whether the answer means "sign in (again)". */
export function needsSignIn(error: DescribedError): boolean {
  return error.code === "UNAUTHORIZED";
}
