// The router's procedures, read from the router itself, so generated tests
// cover every procedure added later without being edited.
import { Action, grantedScope, readersOf, VISIBLE_RECORD_KINDS, type PartyKind } from "@sc/core";
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

/** Procedures open without a session: the banner, sign-in itself, and the question whether one is signed in. */
export const PUBLIC_PROCEDURES = ["auth.banner", "auth.session", "auth.signIn"];

export interface RoleAccount {
  readonly username: string;
  readonly kind: PartyKind;
  readonly isAdmin: boolean;
}

/** One demo account per party kind, plus the administrator. */
export const ROLE_ACCOUNTS: readonly RoleAccount[] = [
  ...new Map(DEMO_ACCOUNTS.filter((a) => !a.isAdmin).map((a) => [a.party.kind, a] as const)).values(),
]
  .map((a) => ({ username: a.username, kind: a.party.kind, isAdmin: false }))
  .concat(DEMO_ACCOUNTS.filter((a) => a.isAdmin).map((a) => ({ username: a.username, kind: a.party.kind, isAdmin: true })));

/** Why a procedure's meta names no core action, record kind or signed-in rule, or null when it names one. */
export function accessRuleProblem(meta: Meta | undefined): string | null {
  if (meta === undefined) return "no meta";
  if ("performs" in meta) {
    if (meta.performs.length === 0) return "performs no action";
    const unknown = meta.performs.filter((action) => !Action.safeParse(action).success);
    return unknown.length === 0 ? null : `performs ${unknown.join(", ")}: not core actions`;
  }
  if ("reads" in meta) return VISIBLE_RECORD_KINDS.includes(meta.reads) ? null : `reads ${String(meta.reads)}: not a core record kind`;
  return "signedIn" in meta && meta.signedIn === true ? null : "names no rule";
}

/**
 * Whether core lets the account call the procedure, read straight from core
 * through what the meta names: a party kind core grants one of the actions at
 * some scope (grantedScope), or one that may see some record of the kind
 * (readersOf); any signed-in party for `signedIn`; and an administrator
 * account where `admin` says so. Never a list of kinds from the meta.
 */
export function coreAllows(meta: Meta | undefined, account: RoleAccount): boolean {
  if (meta === undefined || accessRuleProblem(meta) !== null) return false;
  const kindMay =
    "performs" in meta
      ? meta.performs.some((action) => grantedScope(account.kind, action) !== undefined)
      : "reads" in meta
        ? readersOf(meta.reads).includes(account.kind)
        : true;
  return kindMay && (meta.admin !== true || account.isAdmin);
}

/**
 * Every (account, procedure) pair whose outcome is not core's answer. `outcomeOf`
 * calls the procedure with input it refuses: a caller the authorize middleware
 * lets in gets as far as the input check (BAD_REQUEST); a refused one gets FORBIDDEN.
 */
export async function matrixMismatches(
  procedures: readonly ProcedureInfo[],
  accounts: readonly RoleAccount[],
  outcomeOf: (procedure: ProcedureInfo, account: RoleAccount) => Promise<string>,
): Promise<string[]> {
  const mismatches: string[] = [];
  for (const procedure of procedures) {
    for (const account of accounts) {
      const code = await outcomeOf(procedure, account);
      const expected = coreAllows(procedure.meta, account) ? "BAD_REQUEST" : "FORBIDDEN";
      if (code !== expected) mismatches.push(`${account.username} ${procedure.path}: ${code}, expected ${expected}`);
    }
  }
  return mismatches;
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
