// CJIS AC-7 under concurrency and batching (issue 12): whatever arrives at
// once, at most 5 failures are counted, the account locks at the fifth, and no
// token is issued to it; every failure answers the same words.
import { auditLog, signInFailures, users } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILED_SIGN_INS } from "../auth/session";
import { errorOf, startServer, type HttpAnswer, type RunningServer } from "../test/http";
import { demoPassword, openWorld, type World } from "../test/world";

async function failureOf(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  return run.then(
    () => ({ code: "OK", message: "" }),
    (error: unknown) => (error instanceof TRPCError ? { code: error.code, message: error.message } : { code: "NOT A TRPC ERROR", message: String(error) }),
  );
}

describe.each(testBackends())("sign-in limits under concurrency on $name (CJIS AC-7, issue 12)", (backend) => {
  let world: World;
  let server: RunningServer;
  beforeAll(async () => {
    world = await openWorld(backend);
    // Every guess must reach the sign-in: a loaded machine must not shed some of them (503) here.
    server = await startServer(world.database, { clock: world.clock, maxWaitMs: 60_000 });
  });
  afterAll(async () => {
    await server.close();
    await world.close();
  });

  const userOf = async (username: string) => {
    const [user] = await world.database.db.select().from(users).where(eq(users.username, username));
    if (!user) throw new Error(`no user ${username}`);
    return user;
  };
  const failuresOf = async (username: string) => {
    const [row] = await world.database.db.select({ n: count() }).from(signInFailures).where(eq(signInFailures.userId, (await userOf(username)).id));
    return row?.n ?? 0;
  };
  const signInOverHttp = (username: string, password: string): Promise<HttpAnswer> =>
    fetch(`${server.url}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-sc-csrf": "1" },
      body: JSON.stringify({ username, password, channel: "bearer" }),
    }).then(async (r) => ({ status: r.status, text: await r.text(), body: null, headers: r.headers }));

  it("20 guesses at once, the right password last, in process: 5 failures counted, locked, no token", async () => {
    const guesses = [...Array.from({ length: 19 }, (_, i) => `wrong-guess-${i}`), demoPassword("lea.tx")];
    const answers = await Promise.all(guesses.map((password) => failureOf(world.caller(null).auth.signIn({ username: "lea.tx", password }))));
    expect(answers.filter((a) => a.code === "OK")).toEqual([]);
    expect(new Set(answers.map((a) => `${a.code}: ${a.message}`)).size).toBe(1);
    expect(await failuresOf("lea.tx")).toBe(MAX_FAILED_SIGN_INS);
    expect((await userOf("lea.tx")).lockedAt).not.toBeNull();
  });

  it("20 guesses at once over HTTP, wrong then right: 5 failures counted, locked, no token in any answer", async () => {
    const wrong = Array.from({ length: 19 }, (_, i) => signInOverHttp("sib.tx", `wrong-guess-${i}`));
    // The right one goes while the wrong ones are still in flight.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answers = await Promise.all([...wrong, signInOverHttp("sib.tx", demoPassword("sib.tx"))]);
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 401));
    expect(answers.filter((a) => a.text.includes('"token"'))).toEqual([]);
    expect(await failuresOf("sib.tx")).toBe(MAX_FAILED_SIGN_INS);
    expect((await userOf("sib.tx")).lockedAt).not.toBeNull();
  });

  it("one batched HTTP request of 30 guesses is refused whole: no guess checked, no token; sent one by one at once, they lock after 5", async () => {
    const guesses = [...Array.from({ length: 29 }, (_, i) => `wrong-guess-${i}`), demoPassword("usvisit")];
    const body = Object.fromEntries(guesses.map((password, i) => [String(i), { username: "usvisit", password, channel: "bearer" }]));
    const batch = await fetch(`${server.url}/trpc/${guesses.map(() => "auth.signIn").join(",")}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-sc-csrf": "1" },
      body: JSON.stringify(body),
    });
    const text = await batch.text();
    expect(batch.status).toBe(400);
    expect(text).toMatch(/auth\.signIn is never batched/);
    expect(text).not.toMatch(/"token"/);
    expect(await failuresOf("usvisit")).toBe(0);
    // The same 30 as separate requests at once: the limit holds.
    const answers = await Promise.all(guesses.map((password) => signInOverHttp("usvisit", password)));
    expect(answers.filter((a) => a.status !== 401 || a.text.includes('"token"'))).toEqual([]);
    expect(await failuresOf("usvisit")).toBe(MAX_FAILED_SIGN_INS);
    expect((await userOf("usvisit")).lockedAt).not.toBeNull();
  });

  it("answers an unknown name, a wrong password and a locked account with the same words and code; the audit log says which", async () => {
    const attempt = (username: string, password: string) => world.caller(null).auth.signIn({ username, password, channel: "bearer" });
    const unknown = await failureOf(attempt("no.such.user", "some-password"));
    const wrong = await failureOf(attempt("cjis", "not-the-password"));
    // lea.tx is locked (above); the right password changes nothing.
    const locked = await failureOf(attempt("lea.tx", demoPassword("lea.tx")));
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong).toEqual(unknown);
    expect(locked).toEqual(unknown);
    const overHttp = await Promise.all([signInOverHttp("no.such.user", "some-password"), signInOverHttp("cjis", "not-the-password"), signInOverHttp("lea.tx", demoPassword("lea.tx"))]);
    expect(new Set(overHttp.map((a) => `${a.status} ${JSON.stringify(errorOf(JSON.parse(a.text)))}`)).size).toBe(1);
    // The owner learns of the lock from the administrator, who reads it in the audit log.
    const rows = await world.database.db
      .select({ detail: auditLog.detail, outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.actor, "lea.tx"), eq(auditLog.action, "auth.signIn")));
    expect(rows.filter((r) => r.detail?.startsWith("account locked")).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.detail?.includes("account locked after 5 failures")).length).toBe(1);
  });
});
