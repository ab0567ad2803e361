// One rule for every piece of text a party sends (issue 12): no NUL character
// and no lone UTF-16 surrogate. PostgreSQL refuses both in text and jsonb, so a
// value holding one could never be stored or compared; refused at the door it
// is a field error, not an internal error. Every text field of every input
// schema is built on `Text`; `textIssuesIn` applies the same rule to a whole
// input before any schema (the API runs it before touching the database).
import { z } from "zod";

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000), which no text may hold";
  if (LONE_SURROGATE.test(value)) return "contains a lone UTF-16 surrogate (not a character), which no text may hold";
  return null;
}

/** A string that can be text: the base of every text field (ids, keys, names, free text). */
export const Text = z.string().superRefine((value, ctx) => {
  const problem = textProblem(value);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});

/** Free text a party writes: trimmed, not empty, at most `max` characters. */
export function writtenText(what: string, max = 4000) {
  return Text.trim().min(1, `${what} must not be empty`).max(max, `${what}: at most ${max} characters`);
}

export interface TextIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** How deep an input may nest: the deepest input schema nests 4 levels. */
export const MAX_INPUT_DEPTH = 32;
const MAX_ISSUES = 20;

/**
 * Every string and field name in a JSON value that breaks the text rule, and a
 * value nested deeper than MAX_INPUT_DEPTH, each with its path. Iterative, so a
 * hostile depth cannot exhaust the stack; stops after MAX_ISSUES issues.
 */
export function textIssuesIn(value: unknown, maxDepth = MAX_INPUT_DEPTH): TextIssue[] {
  const issues: TextIssue[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const next = pending.pop();
    if (next === undefined) break;
    const { value: current, path } = next;
    if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem !== null) issues.push({ path, message: problem });
    } else if (typeof current === "object" && current !== null) {
      if (path.length >= maxDepth) {
        issues.push({ path, message: `nested more than ${maxDepth} levels deep` });
        continue;
      }
      const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((item, i) => [i, item]) : Object.entries(current);
      for (const [key, item] of entries) {
        const problem = typeof key === "string" ? textProblem(key) : null;
        if (problem !== null) issues.push({ path: [...path, key], message: `the field name ${problem}` });
        else pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return issues;
}
