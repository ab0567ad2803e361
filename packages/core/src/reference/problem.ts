// A problem found in input, named by where it is ("timeline[3].ori") so a
// person can fix it without reading a stack trace (common rules; DOMAIN D4).
import type { z } from "zod";

export interface Problem {
  /** Dotted path with indices: "world.agencies[2].ori"; "" for the whole input. */
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const rest = formatPath(path);
  if (prefix === "") return rest;
  if (rest === "") return prefix;
  return rest.startsWith("[") ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

/** Every issue of a failed zod parse, as problems under `prefix`; a stray key is named at its own path. */
export function problemsFromZod(error: z.ZodError, prefix = ""): Problem[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: joinPath(prefix, [...issue.path, key]), message: `unknown field "${key}"` }))
      : [{ path: joinPath(prefix, issue.path), message: issue.message }],
  );
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path === "" ? "(input)" : p.path}: ${p.message}`).join("\n");
}
