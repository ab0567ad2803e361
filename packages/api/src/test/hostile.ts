// Hostile input for the generated test (issue 12), read off each procedure's
// zod schema so a procedure added later is covered without edits: every string
// field and every number field by path, and a baseline input the schema
// accepts, into which one hostile value at a time is put.
import { randomUUID } from "node:crypto";

export type Path = readonly (string | number)[];

interface ZodLike {
  readonly _zod: { readonly def: Def };
}

interface Def {
  readonly type: string;
  readonly format?: string;
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly innerType?: ZodLike;
  readonly in?: ZodLike;
  readonly options?: readonly ZodLike[];
  readonly element?: ZodLike;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly left?: ZodLike;
}

function defOf(schema: unknown): Def | null {
  return typeof schema === "object" && schema !== null && "_zod" in schema ? (schema as ZodLike)._zod.def : null;
}

export interface Leaf {
  readonly path: Path;
  readonly kind: "string" | "number";
}

/** Every string and number leaf of a schema, by path (every option of a union, the first item of an array). */
export function leavesOf(schema: unknown, path: Path = [], depth = 0): Leaf[] {
  const def = defOf(schema);
  if (def === null || depth > 12) return [];
  switch (def.type) {
    case "string":
      return [{ path, kind: "string" }];
    case "number":
      return [{ path, kind: "number" }];
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => leavesOf(field, [...path, key], depth + 1));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return leavesOf(def.innerType, path, depth + 1);
    case "pipe":
      return leavesOf(def.in, path, depth + 1);
    case "array":
      return leavesOf(def.element, [...path, 0], depth + 1);
    case "union": {
      const seen = new Set<string>();
      return (def.options ?? []).flatMap((option) => leavesOf(option, path, depth + 1)).filter((leaf) => {
        const key = `${leaf.kind}:${leaf.path.join(".")}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    case "intersection":
      return leavesOf(def.left, path, depth + 1);
    default:
      return [];
  }
}

/** Valid examples by field name, for the formats a schema cannot be asked to generate (regexes). */
const EXAMPLES: Readonly<Record<string, () => unknown>> = {
  state: () => "VA",
  ori: () => "VA0010000",
  office: () => "WAS",
  templateId: () => "T-DEMO-0003",
  charges: () => "1201",
  ncicCode: () => "1201",
  code: () => "1201",
  // No such account: hostile sign-ins must not lock a demo account the test signed in with.
  username: () => "nobody.here",
  password: () => "copper-lantern-meadow",
  idempotencyKey: () => `hostile-${randomUUID()}`,
  email: () => "poc@example.org",
};

/** An input the schema accepts (the test checks it does), built from the schema and EXAMPLES. */
export function baselineOf(schema: unknown, key = "", depth = 0): unknown {
  const def = defOf(schema);
  if (def === null || depth > 12) return undefined;
  const example = EXAMPLES[key];
  switch (def.type) {
    case "string":
      if (def.format === "datetime") return "2026-03-01T09:00:00.000Z";
      if (def.format === "email") return "poc@example.org";
      if (def.format === "date") return "2026-03-01";
      return example ? example() : "hostile-probe";
    case "number":
      return 1;
    case "boolean":
      return false;
    case "literal":
      return def.values?.[0];
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [field, inner] of Object.entries(def.shape ?? {})) {
        // Optional fields are left out, but for those with an example (a SIB contact's state).
        if (defOf(inner)?.type === "optional" && EXAMPLES[field] === undefined) continue;
        const value = baselineOf(inner, field, depth + 1);
        if (value !== undefined) out[field] = value;
      }
      return out;
    }
    case "optional":
    case "nullable":
    case "readonly":
    case "catch":
      return baselineOf(def.innerType, key, depth + 1);
    case "default":
    case "prefault": {
      const inner = baselineOf(def.innerType, key, depth + 1);
      return inner;
    }
    case "pipe":
      return baselineOf(def.in, key, depth + 1);
    case "array":
      return [baselineOf(def.element, key, depth + 1)];
    case "union":
      return baselineOf(def.options?.[0], key, depth + 1);
    case "intersection":
      return baselineOf(def.left, key, depth + 1);
    default:
      return undefined;
  }
}

/** A copy of `input` with `value` at `path` (objects and arrays made on the way). */
export function withValueAt(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] =
    typeof head === "number" ? (Array.isArray(input) ? [...(input as unknown[])] : []) : typeof input === "object" && input !== null && !Array.isArray(input) ? { ...(input as Record<string, unknown>) } : {};
  const current = (container as Record<string | number, unknown>)[head as string | number];
  (container as Record<string | number, unknown>)[head as string | number] = withValueAt(current, rest, value);
  return container;
}

export const NUL = "before\u0000after";
export const LONE_SURROGATES = ["before\ud800after", "\udc00after"];
/** Names of a plain object's own machinery, as ids (issue 12). */
export const MACHINERY_IDS = ["constructor", "__proto__", "toString"];
export const VERY_LONG = "x".repeat(200_000);
export const OUT_OF_RANGE_NUMBERS = [-1, 0, 0.5, 2 ** 53 + 2, 1e308, -1e308];

/** JSON text of a value nested `depth` arrays deep (as text: JSON.stringify itself overflows the stack on it). */
export function nestedJson(depth: number): string {
  return `${"[".repeat(depth)}"leaf"${"]".repeat(depth)}`;
}

/** Text that must never reach a client: a stack frame, a module path, SQL or a database error. */
export const LEAK = /"stack"|\.ts:\d+|node_modules|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|syntax error|invalid byte sequence|unsupported Unicode escape|violates|duplicate key/i;
