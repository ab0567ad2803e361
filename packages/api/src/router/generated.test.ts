// Generated from the router: every (role, procedure) pair is allowed or refused
// exactly as core's rules say (through the core action or record kind the
// procedure's meta names, never a list of kinds), every procedure refuses
// malformed input with a 4xx naming a field and no stack, and every protected
// procedure refuses a caller with no session.
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, mutate, query, sendJsonText, startServer, type RunningServer } from "../test/http";
import {
  accessRuleProblem,
  coreAllows,
  listProcedures,
  malformedInput,
  matrixMismatches,
  PUBLIC_PROCEDURES,
  ROLE_ACCOUNTS,
  type ProcedureInfo,
  type RoleAccount,
} from "../test/procedures";
import { baselineOf, leavesOf, LEAK, LONE_SURROGATES, MACHINERY_IDS, nestedJson, NUL, OUT_OF_RANGE_NUMBERS, VERY_LONG, withValueAt, type Path } from "../test/hostile";
import { openWorld, type World } from "../test/world";

const procedures = listProcedures();

type AnyCall = (input: unknown) => Promise<unknown>;

function procedureOf(caller: unknown, path: string): AnyCall {
  const fn = path.split(".").reduce<unknown>((node, part) => Reflect.get(node as object, part), caller);
  return fn as AnyCall;
}

async function codeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `NOT A TRPC ERROR: ${String(error)}`),
  );
}

describe("the router's access rules", () => {
  it("names a core action, a core record kind or the signed-in rule for every procedure but the banner and sign-in", () => {
    const unnamed = procedures.filter((p) => accessRuleProblem(p.meta) !== null).map((p) => p.path);
    expect(unnamed).toEqual(PUBLIC_PROCEDURES);
    expect(procedures.filter((p) => PUBLIC_PROCEDURES.includes(p.path)).map((p) => p.meta)).toEqual(PUBLIC_PROCEDURES.map(() => undefined));
  });

  it("has a demo account for every party kind", () => {
    expect(new Set(ROLE_ACCOUNTS.map((a) => a.kind)).size).toBe(9);
  });

  it("MOA III: core's answer lets only LESC call a procedure that records a status determination", () => {
    const determine = procedures.find((p) => p.path === "lesc.determine");
    expect(ROLE_ACCOUNTS.filter((a) => coreAllows(determine?.meta, a)).map((a) => a.kind)).toEqual(["LESC"]);
  });

  it("DOMAIN 1, issue 4: core's answer lets only auditors read the audit log, and only administrators create accounts", () => {
    const at = (path: string) => procedures.find((p) => p.path === path)?.meta;
    expect(ROLE_ACCOUNTS.filter((a) => coreAllows(at("audit.list"), a)).map((a) => a.username)).toEqual(["auditor"]);
    expect(ROLE_ACCOUNTS.filter((a) => coreAllows(at("auth.createAccount"), a)).map((a) => a.username)).toEqual(["admin"]);
  });

  it("the matrix catches a middleware that lets in a kind core refuses, or ignores admin", async () => {
    // Given an authorisation by hand-kept lists that drifted from core: LEAs let
    // into lesc.determine, and any ICE SC Program Office account into createAccount.
    const handKept: Record<string, readonly string[]> = { "lesc.determine": ["LESC", "LEA"], "auth.createAccount": ["ICE-SC-PROGRAM-OFFICE"] };
    const drifted = async (procedure: ProcedureInfo, account: RoleAccount): Promise<string> => {
      const kinds = handKept[procedure.path] ?? [];
      return kinds.includes(account.kind) ? "BAD_REQUEST" : "FORBIDDEN";
    };
    const checked = procedures.filter((p) => p.path in handKept);
    // When the matrix compares it with core, then it names exactly the two drifted pairs.
    const username = (kind: string, isAdmin = false) => ROLE_ACCOUNTS.find((a) => a.kind === kind && a.isAdmin === isAdmin)?.username;
    expect(await matrixMismatches(checked, ROLE_ACCOUNTS, drifted)).toEqual([
      `${username("ICE-SC-PROGRAM-OFFICE")} auth.createAccount: BAD_REQUEST, expected FORBIDDEN`,
      `${username("LEA")} lesc.determine: BAD_REQUEST, expected FORBIDDEN`,
    ]);
  });
});

/** Fields whose value names a record that must exist (not a template id, which may be new prints). */
const RECORD_ID = /(?<!template)Id$/;

/** A tRPC answer whose data is an empty list: a search that found no record. */
function foundNothing(text: string): boolean {
  try {
    const data = (JSON.parse(text) as { result?: { data?: unknown } }).result?.data;
    const json = typeof data === "object" && data !== null && "json" in data ? (data as { json: unknown }).json : data;
    return Array.isArray(json) && json.length === 0;
  } catch {
    return false;
  }
}

interface Parseable {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

describe.each(testBackends())("generated checks on $name", (backend) => {
  let world: World;
  let server: RunningServer;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    world = await openWorld(backend);
    server = await startServer(world.database, { clock: world.clock });
    for (const account of ROLE_ACCOUNTS) tokens.set(account.username, await world.signIn(account.username));
  });
  afterAll(async () => {
    await server.close();
    await world.close();
  });

  it("allows or refuses every (role, procedure) pair exactly as core's rules say", async () => {
    const mismatches = await matrixMismatches(
      procedures.filter((p) => !PUBLIC_PROCEDURES.includes(p.path)),
      ROLE_ACCOUNTS,
      // Authorisation runs before input parsing: a refused role sees FORBIDDEN
      // whatever it sends; an allowed one gets as far as the input check.
      (procedure, account) => codeOf(procedureOf(world.caller(tokens.get(account.username) ?? null), procedure.path)(malformedInput(procedure).input)),
    );
    expect(mismatches).toEqual([]);
  });

  it("refuses every protected procedure without a session", async () => {
    const codes = await Promise.all(
      procedures
        .filter((p) => !PUBLIC_PROCEDURES.includes(p.path))
        .map(async (p) => `${p.path}: ${await codeOf(procedureOf(world.caller(null), p.path)(undefined))}`),
    );
    expect(codes.filter((c) => !c.endsWith("UNAUTHORIZED"))).toEqual([]);
  });

  it("answers malformed input to every procedure over HTTP with a 4xx naming a field, never a 5xx or a stack", async () => {
    const problems: string[] = [];
    for (const procedure of procedures) {
      const account = ROLE_ACCOUNTS.find((a) => coreAllows(procedure.meta, a));
      const token = account ? tokens.get(account.username) : undefined;
      const { input, fields } = malformedInput(procedure);
      const answer =
        procedure.type === "mutation" ? await mutate(server.url, procedure.path, input, { token }) : await query(server.url, procedure.path, input, token);
      const error = answer.status >= 400 ? errorOf(answer.body) : null;
      if (answer.status !== 400) problems.push(`${procedure.path}: status ${answer.status}`);
      else if (!error?.fieldErrors?.length) problems.push(`${procedure.path}: no field errors`);
      else if (!error.fieldErrors.every((f) => f.message.length > 0 && f.path.length > 0)) problems.push(`${procedure.path}: empty field error`);
      else if (!fields.some((field) => error.message.includes(field))) problems.push(`${procedure.path}: message names no field: ${error.message}`);
      if (/"stack"|\.ts:\d+|node_modules/.test(answer.text)) problems.push(`${procedure.path}: stack in response`);
    }
    expect(problems).toEqual([]);
  });

  it("builds, for every procedure, an input its schema accepts, to put one hostile value at a time into", () => {
    const refused = procedures.flatMap((procedure) => {
      const parsed = (procedure.input as Parseable).safeParse(baselineOf(procedure.input));
      return parsed.success ? [] : [`${procedure.path}: ${parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`];
    });
    expect(refused).toEqual([]);
  });

  it("issue 12: answers NUL, lone surrogates, machinery names as ids, very long strings, deep nesting and numbers out of range in every field of every procedure without a 5xx, a stack or SQL", async () => {
    const problems: string[] = [];
    let sent = 0;
    const call = (procedure: ProcedureInfo, input: unknown, token: string | undefined) => {
      sent++;
      return procedure.type === "mutation" ? mutate(server.url, procedure.path, input, { token }) : query(server.url, procedure.path, input, token);
    };
    // The caller: the first account core allows whose scope takes the baseline (VA, VA0010000, WAS), so a
    // hostile value reaches the procedure's own lookups rather than stopping at a scope check.
    const callerOf = new Map<string, string | undefined>();
    // Signing out would end the session the calls after it use; it takes no fields, and the malformed-input test covers it.
    const hostileTargets = procedures.filter((p) => p.path !== "auth.signOut");
    for (const procedure of hostileTargets) {
      const allowedTokens = ROLE_ACCOUNTS.filter((a) => coreAllows(procedure.meta, a)).map((a) => tokens.get(a.username));
      let chosen = allowedTokens[0];
      for (const token of allowedTokens) {
        if ((await call(procedure, baselineOf(procedure.input), token)).status !== 403) {
          chosen = token;
          break;
        }
      }
      callerOf.set(procedure.path, chosen);
    }
    const send = (procedure: ProcedureInfo, input: unknown) => call(procedure, input, callerOf.get(procedure.path));
    const check = (procedure: ProcedureInfo, what: string, answer: Awaited<ReturnType<typeof send>>) => {
      if (answer.status >= 500) problems.push(`${procedure.path} ${what}: status ${answer.status}`);
      if (LEAK.test(answer.text)) problems.push(`${procedure.path} ${what}: leaks ${answer.text.slice(0, 200)}`);
    };
    for (const procedure of hostileTargets) {
      const baseline = baselineOf(procedure.input);
      const leaves = leavesOf(procedure.input);
      const at = (path: Path, value: unknown) => withValueAt(baseline, path, value);
      for (const leaf of leaves.filter((l) => l.kind === "string")) {
        const field = leaf.path.join(".");
        for (const bad of [NUL, ...LONE_SURROGATES]) {
          const answer = await send(procedure, at(leaf.path, bad));
          check(procedure, `${field}=${JSON.stringify(bad)}`, answer);
          const error = answer.status === 400 ? errorOf(answer.body) : null;
          if (!error?.fieldErrors?.some((f) => f.path === field)) problems.push(`${procedure.path} ${field}=${JSON.stringify(bad)}: ${answer.status}, no field error at ${field}`);
        }
        // Long strings go in a body only: a query's URL past Node's header limit is refused by Node itself (431).
        if (procedure.type === "mutation") check(procedure, `${field}=<200,000 characters>`, await send(procedure, at(leaf.path, VERY_LONG)));
        for (const id of MACHINERY_IDS) {
          const answer = await send(procedure, at(leaf.path, id));
          check(procedure, `${field}=${id}`, answer);
          const last = leaf.path.at(-1);
          // A filter on an id (audit.list's objectId) rightly answers 200 with nothing found.
          if (typeof last === "string" && RECORD_ID.test(last) && answer.status < 400 && !foundNothing(answer.text)) problems.push(`${procedure.path} ${field}=${id}: found a record (${answer.status})`);
        }
      }
      for (const leaf of leaves.filter((l) => l.kind === "number")) {
        for (const n of OUT_OF_RANGE_NUMBERS) check(procedure, `${leaf.path.join(".")}=${n}`, await send(procedure, at(leaf.path, n)));
      }
      // 100,000 levels in a body; a query's URL holds 200 (Node refuses longer headers itself).
      const deep = await sendJsonText(server.url, procedure.path, procedure.type === "mutation" ? "mutation" : "query", nestedJson(procedure.type === "mutation" ? 100_000 : 200), callerOf.get(procedure.path));
      check(procedure, "nested input", deep);
      if (deep.status !== 400) problems.push(`${procedure.path} nested input: status ${deep.status}`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(procedures.length * 4);
  }, 600_000);
});
