// The router's procedures, read from the router itself, so generated tests
// cover every procedure added later without being edited.
import type { PartyKind } from "@sc/core";
import { appRouter } from "../root";
import { DEMO_ACCOUNTS } from "../seed/demo";
import type { Meta } from "../trpc";

export interface ProcedureInfo {
  readonly path: string;
  readonly type: "query" | "mutation" | "subscription";
  readonly meta: Meta | undefined;
  readonly input: unknown;
}

interface ProcedureDef {
  readonly _def: { readonly type: ProcedureInfo["type"]; readonly meta?: Meta; readonly inputs: readonly unknown[] };
}

export function listProcedures(): ProcedureInfo[] {
  // At run time tRPC 11 keeps a flat record keyed by dotted path (its type says nested).
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, meta: procedure._def.meta, input: procedure._def.inputs[0] }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Procedures open without a session: the banner and sign-in itself. */
export const PUBLIC_PROCEDURES = ["auth.banner", "auth.signIn"];

/** One demo account per party kind, plus the administrator. */
export const ROLE_ACCOUNTS: readonly { username: string; kind: PartyKind; isAdmin: boolean }[] = [
  ...new Map(DEMO_ACCOUNTS.filter((a) => !a.isAdmin).map((a) => [a.party.kind, a] as const)).values(),
]
  .map((a) => ({ username: a.username, kind: a.party.kind, isAdmin: false }))
  .concat(DEMO_ACCOUNTS.filter((a) => a.isAdmin).map((a) => ({ username: a.username, kind: a.party.kind, isAdmin: true })));

export function mayCall(meta: Meta | undefined, account: { kind: PartyKind; isAdmin: boolean }): boolean {
  if (!meta?.allow) return false;
  return (meta.allow === "any" || meta.allow.includes(account.kind)) && (!meta.admin || account.isAdmin);
}

/** Walks a zod schema's wrappers (optional, default, nullable) to an object shape, if any. */
function objectKeys(schema: unknown): string[] | null {
  let current = schema as { shape?: Record<string, unknown>; unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  for (let i = 0; i < 5 && current; i++) {
    if (current.shape) return Object.keys(current.shape);
    const inner = current.def?.innerType ?? (typeof current.unwrap === "function" ? current.unwrap() : undefined);
    current = inner as typeof current;
  }
  return null;
}

const WRONG = [[["not what any field takes"]]];

/** Input no procedure accepts: every known field of the wrong type, plus an unknown field. */
export function malformedInput(procedure: ProcedureInfo): { input: unknown; fields: string[] } {
  const keys = objectKeys(procedure.input) ?? [];
  const input: Record<string, unknown> = { unexpectedField: WRONG };
  for (const key of keys) input[key] = WRONG;
  return { input, fields: [...keys, "unexpectedField"] };
}
