// A scenario's problems in the domain's words. The schema library's own
// wording ("Invalid discriminator value", "expected int, received number")
// speaks of its types, not of bookings and MOAs, and never shows the value:
// a trainer fixing a file needs both. Messages the schemas state themselves
// (an ORI's form, an instant's) are kept, with the value shown when they do
// not show it already. Pure: no I/O.
import type { z } from "zod";
import { joinPath, type Problem } from "../reference/problem";

/** How a value reads in a message: text quoted (cut at 40 characters), numbers and true/false as written, anything else by its kind. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a number too large to write";
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  return typeof value === "object" ? "an object" : typeof value;
}

/** What the schema expected, in words. */
function expectedWords(expected: string): string {
  switch (expected) {
    case "string":
      return "a text";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
    case "record":
      return "an object";
    case "null":
      return "null";
    default:
      return expected;
  }
}

/** What to write for a few fields, named by the last key of their path. */
const HINTS: Readonly<Record<string, string>> = {
  by: 'a party, e.g. { "kind": "LEA", "ori": "VA0010000" }',
  at: "an instant, e.g. 2026-03-01T09:00:00Z",
  type: "the action's type",
  ori: "an ORI, e.g. VA0010000",
  state: "a state code, e.g. VA",
  office: "a field office id, e.g. WAS",
  name: "a name (a non-empty text)",
};

const DISCRIMINATORS: Readonly<Record<string, string>> = {
  type: "an action type",
  kind: "a kind of party",
};

/** Edit distance, for "did you mean": short words only, so it stays cheap. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function closest(value: unknown, options: readonly unknown[]): string {
  if (typeof value !== "string" || value.length > 64) return "";
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    if (typeof option !== "string") continue;
    const d = distance(value.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : "";
}

function list(options: readonly unknown[]): string {
  return options.map((o) => String(o)).join(", ");
}

/**
 * The per-parse error map: consulted only for issues whose schema states no
 * message of its own, so the schemas' own words win (zod's precedence).
 */
export const scenarioErrorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  const last = issue.path?.[issue.path.length - 1];
  const hint = typeof last === "string" ? HINTS[last] : undefined;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `required: ${hint ?? expectedWords(issue.expected)}`;
      if (issue.expected === "int" && typeof issue.input === "number") return `${showValue(issue.input)} is not a whole number`;
      return `expected ${expectedWords(issue.expected)}, got ${showValue(issue.input)}`;
    case "invalid_union": {
      if (typeof issue.discriminator !== "string") return undefined;
      const input: unknown = issue.input;
      const value = input !== null && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>)[issue.discriminator] : input;
      const options: readonly unknown[] = Array.isArray(issue.options) ? (issue.options as unknown[]) : [];
      const what = DISCRIMINATORS[issue.discriminator] ?? `a ${issue.discriminator}`;
      if (value === undefined) return `required: ${what}, one of ${list(options)}`;
      return `${showValue(value)} is not ${what}${closest(value, options)}; one of ${list(options)}`;
    }
    case "invalid_value": {
      const values: readonly unknown[] = Array.isArray(issue.values) ? (issue.values as unknown[]) : [];
      return values.length === 1
        ? `expected ${showValue(values[0])}, got ${showValue(issue.input)}`
        : `${showValue(issue.input)} is not one of ${list(values)}${closest(issue.input, values)}`;
    }
    case "too_small":
      if (issue.origin === "array") return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "string") return issue.minimum === 1 ? "must not be empty" : `needs at least ${String(issue.minimum)} characters, got ${showValue(issue.input)}`;
      return `must be at least ${String(issue.minimum)}, got ${showValue(issue.input)}`;
    case "too_big":
      if (issue.origin === "array") return `has more than ${String(issue.maximum)} items`;
      if (issue.origin === "string") return `has more than ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}, got ${showValue(issue.input)}`;
    case "invalid_format":
      return `${showValue(issue.input)} is not in the expected form`;
    case "unrecognized_keys":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return undefined;
    default: {
      const exhaustive: never = issue;
      return exhaustive;
    }
  }
};

/** The value at a path of the raw input, or undefined. */
export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = raw;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/**
 * Every issue of a failed parse as a problem at its path, the value shown
 * where the message does not show it already; a stray key is named at its
 * own path. `raw` is what was parsed, to read the values from.
 */
export function scenarioProblemsFromZod(error: z.ZodError, raw: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: joinPath("", [...issue.path, key]), message: `unknown field "${key}"` });
      continue;
    }
    const value = valueAt(raw, issue.path);
    const shownValue = showValue(value);
    const showsIt =
      value === undefined || value === null || typeof value === "object" || issue.message.includes(shownValue) || (typeof value === "string" && value !== "" && issue.message.includes(value));
    out.push({ path: joinPath("", issue.path), message: showsIt ? issue.message : `${issue.message}; got ${shownValue}` });
  }
  return out;
}
