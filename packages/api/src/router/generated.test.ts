// Generated from the router: every (role, procedure) pair is authorised as its
// meta says, every procedure refuses malformed input with a 4xx naming a field
// and no stack, and every protected procedure refuses a caller with no session.
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, mutate, query, startServer, type RunningServer } from "../test/http";
import { listProcedures, malformedInput, mayCall, PUBLIC_PROCEDURES, ROLE_ACCOUNTS } from "../test/procedures";
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
  it("gives every procedure but the banner and sign-in an explicit `allow`", () => {
    const open = procedures.filter((p) => !p.meta?.allow).map((p) => p.path);
    expect(open).toEqual(PUBLIC_PROCEDURES);
  });

  it("has a demo account for every party kind", () => {
    expect(new Set(ROLE_ACCOUNTS.map((a) => a.kind)).size).toBe(9);
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

  it("authorises every (role, procedure) pair as the procedure's meta says", async () => {
    const mismatches: string[] = [];
    for (const procedure of procedures.filter((p) => !PUBLIC_PROCEDURES.includes(p.path))) {
      const { input } = malformedInput(procedure);
      for (const account of ROLE_ACCOUNTS) {
        const caller = world.caller(tokens.get(account.username) ?? null);
        // Authorisation runs before input parsing: a refused role sees FORBIDDEN
        // whatever it sends; an allowed one gets as far as the input check.
        const code = await codeOf(procedureOf(caller, procedure.path)(input));
        const expected = mayCall(procedure.meta, account) ? "BAD_REQUEST" : "FORBIDDEN";
        if (code !== expected) mismatches.push(`${account.username} ${procedure.path}: ${code}, expected ${expected}`);
      }
    }
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
      const account = ROLE_ACCOUNTS.find((a) => mayCall(procedure.meta, a));
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
