// Safe errors (issue 4): validation errors name the field and the problem; no
// response carries a stack trace or SQL text. Applied in trpc.ts's errorFormatter.
import type { TRPCError } from "@trpc/server";

export interface FieldError {
  /** Dotted path of the offending field, "(input)" for the input as a whole. */
  readonly path: string;
  readonly message: string;
}

interface Issue {
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[];
  readonly message: string;
}

function hasIssues(value: unknown): value is { issues: readonly Issue[] } {
  return value instanceof Object && Array.isArray((value as { issues?: unknown }).issues);
}

function pathOf(issue: Issue): string {
  const parts = (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p));
  return parts.length === 0 ? "(input)" : parts.join(".");
}

/** The field errors of a validation failure (zod or any standard schema), or null. */
export function fieldErrorsOf(error: TRPCError): FieldError[] | null {
  if (error.code !== "BAD_REQUEST" || !hasIssues(error.cause)) return null;
  return error.cause.issues.map((issue) => {
    // zod reports unknown keys on the parent with the names in `keys`.
    const keys = (issue as { keys?: unknown }).keys;
    const named = Array.isArray(keys) && keys.length > 0 ? `${issue.message}: ${keys.join(", ")}` : issue.message;
    return { path: pathOf(issue), message: named };
  });
}

/** The message a client sees: field errors spelled out, internal errors replaced. */
export function safeMessage(error: TRPCError, fieldErrors: readonly FieldError[] | null): string {
  if (fieldErrors) return fieldErrors.map((f) => `${f.path}: ${f.message}`).join("; ");
  if (error.code === "INTERNAL_SERVER_ERROR") return "internal error: the request was not completed";
  return error.message;
}
