// Generated from the router: every (role, procedure) pair is allowed or refused
// exactly as core's rules say (through the core action or record kind the
// procedure's meta names, never a list of kinds), every procedure refuses
// malformed input with a 4xx naming a field and no stack, and every protected
// procedure refuses a caller with no session.
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, mutate, query, startServer, type RunningServer } from "../test/http";
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
});
