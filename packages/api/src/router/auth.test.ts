import { auditLog, sessions } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../auth/session";
import { SESSION_RECHECK_MS } from "../auth/session-cache";
import { demoPassword, openWorld, type World } from "../test/world";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(testBackends())("auth on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("serves the sign-in banner without a session", async () => {
    const banner = await world.caller(null).auth.banner();
    expect(banner.text).toMatch(/audit log/);
    expect(banner.idleLockMinutes).toBe(30);
  });

  it("signs in with a bearer token, stores only its hash, and says who is signed in", async () => {
    const answer = await world.caller(null).auth.signIn({ username: "sib.va", password: demoPassword("sib.va"), channel: "bearer" });
    expect(answer.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await world.database.db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === answer.token)).toBe(false);
    const me = await world.caller(answer.token).auth.me();
    expect(me).toMatchObject({ username: "sib.va", party: { kind: "SIB", state: "VA" }, partyLabel: "SIB VA" });
  });

  it("gives the browser no token in the body (it goes into the httpOnly cookie)", async () => {
    const answer = await world.caller(null).auth.signIn({ username: "lea.va", password: demoPassword("lea.va"), channel: "cookie" });
    expect(answer.token).toBeNull();
  });

  it("refuses a wrong password and an unknown name with the same message, and audits both", async () => {
    const wrong = await errorOf(world.caller(null).auth.signIn({ username: "cjis", password: "not-the-password" }));
    const unknown = await errorOf(world.caller(null).auth.signIn({ username: "nobody", password: "whatever-it-is" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
    const rows = await world.database.db.select().from(auditLog).where(eq(auditLog.action, "auth.signIn"));
    expect(rows.filter((r) => r.outcome === "failure").map((r) => r.actor)).toEqual(expect.arrayContaining(["cjis", "nobody"]));
    expect(rows.some((r) => r.outcome === "success" && r.actor === "sib.va" && r.party === "SIB VA" && r.source === "test")).toBe(true);
  });

  it("ends the session at sign-out", async () => {
    const token = await world.signIn("lesc");
    await world.caller(token).auth.signOut();
    expect((await errorOf(world.caller(token).auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("ends a signed-in session at once when the account is locked by failed sign-ins in this process", async () => {
    const token = await world.signIn("sib.tx");
    await world.caller(token).auth.me(); // read, and kept for a moment (auth/session-cache.ts)
    for (let i = 0; i < 5; i++) await errorOf(world.caller(null).auth.signIn({ username: "sib.tx", password: "wrong-password" }));
    expect((await errorOf(world.caller(token).auth.me())).message).toMatch(/locked/);
    await (await world.as("admin")).auth.releaseLock({ username: "sib.tx" });
  });

  it("sees a session ended elsewhere (another API process) within SESSION_RECHECK_MS of the server's clock", async () => {
    const token = await world.signIn("cjis");
    await world.caller(token).auth.me();
    await world.database.db.update(sessions).set({ endedAt: world.clock.now(), endReason: "signed-out" }).where(eq(sessions.tokenHash, hashToken(token)));
    world.clock.advanceMs(SESSION_RECHECK_MS);
    expect((await errorOf(world.caller(token).auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("locks a session idle for more than 30 minutes (AC-11), not one used within 30", async () => {
    const token = await world.signIn("usvisit");
    world.clock.advanceMinutes(29);
    await world.caller(token).auth.me();
    world.clock.advanceMinutes(29); // 29 minutes after the last use: still alive
    await world.caller(token).auth.me();
    world.clock.advanceMinutes(31);
    const locked = await errorOf(world.caller(token).auth.me());
    expect(locked.code).toBe("UNAUTHORIZED");
    expect(locked.message).toMatch(/30 minutes/);
    // Locked means ended: coming back later does not revive it.
    expect((await errorOf(world.caller(token).auth.me())).message).toMatch(/sign in again/);
  });

  it("answers auth.session without an error: who is signed in with what core lets it call, or why no one is", async () => {
    expect(await world.caller(null).auth.session()).toMatchObject({ me: null, reason: "not signed in" });
    const token = await world.signIn("lesc");
    const signedIn = await world.caller(token).auth.session();
    expect(signedIn.me?.username).toBe("lesc");
    // Core grants LESC the status determination and no booking of a subject.
    expect(signedIn.me?.may).toContain("lesc.determine");
    expect(signedIn.me?.may).not.toContain("bookings.book");
    expect(signedIn.me?.may).not.toContain("auth.createAccount");
    expect((await (await world.as("lea.va")).auth.me()).may).toEqual(expect.arrayContaining(["bookings.book", "bookings.subjects", "auth.signOut"]));
    expect((await (await world.as("admin")).auth.me()).may).toContain("auth.createAccount");
    world.clock.advanceMinutes(31);
    expect((await world.caller(token).auth.session()).reason).toMatch(/30 minutes/);
  });

  it("locks the account after 5 failures in 15 minutes until an administrator releases it (AC-7)", async () => {
    const attempt = (password: string) => world.caller(null).auth.signIn({ username: "dro.was", password });
    for (let i = 0; i < 4; i++) {
      expect((await errorOf(attempt("wrong-password"))).message).toMatch(/wrong/);
      world.clock.advanceMinutes(2);
    }
    expect((await errorOf(attempt("wrong-password"))).message).toMatch(/locked/);
    // Even the right password is refused now.
    expect((await errorOf(attempt(demoPassword("dro.was")))).message).toMatch(/locked/);
    world.clock.advanceMinutes(60);
    expect((await errorOf(attempt(demoPassword("dro.was")))).message).toMatch(/locked/);
    // A non-administrator cannot release it.
    const program = await world.as("program");
    expect((await errorOf(program.auth.releaseLock({ username: "dro.was" }))).code).toBe("FORBIDDEN");
    const admin = await world.as("admin");
    expect(await admin.auth.releaseLock({ username: "dro.was" })).toEqual({ username: "dro.was", wasLocked: true });
    const answer = await attempt(demoPassword("dro.was"));
    expect(answer.user.username).toBe("dro.was");
  });

  it("lets a SIB's administrator administer its own state's SIB and LEA accounts only (core AdministerUsers, own state)", async () => {
    const admin = await world.as("admin");
    await admin.auth.createAccount({ idempotencyKey: "create-sib-va-admin", username: "sib.va.admin", displayName: "VA SIB account administrator", party: { kind: "SIB", state: "VA" }, password: "copper-lantern-meadow", isAdmin: true });
    const { token } = await world.caller(null).auth.signIn({ username: "sib.va.admin", password: "copper-lantern-meadow", channel: "bearer" });
    const sibAdmin = world.caller(token ?? null);
    const account = (username: string, party: Parameters<typeof admin.auth.createAccount>[0]["party"]) =>
      sibAdmin.auth.createAccount({ idempotencyKey: `create-${username}`, username, displayName: username, party, password: "copper-lantern-meadow" });
    expect((await account("lea.va3", { kind: "LEA", ori: "VA0030000" })).username).toBe("lea.va3");
    expect((await errorOf(account("lea.tx3", { kind: "LEA", ori: "TX0030000" }))).message).toMatch(/within VA only, not in TX/);
    expect((await errorOf(account("cjis.two", { kind: "CJIS" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(sibAdmin.auth.releaseLock({ username: "lea.tx" }))).code).toBe("FORBIDDEN");
    expect(await sibAdmin.auth.releaseLock({ username: "lea.va3" })).toEqual({ username: "lea.va3", wasLocked: false });
  });

  it("lists the accounts an administrator administers, locked ones first, without any password hash", async () => {
    const attempt = () => world.caller(null).auth.signIn({ username: "lea.nc", password: "wrong-password" });
    for (let i = 0; i < 5; i++) await errorOf(attempt());
    const admin = await world.as("admin");
    const accounts = await admin.auth.accounts();
    expect(accounts[0]).toMatchObject({ username: "lea.nc", partyLabel: "LEA NC0010000" });
    expect(accounts[0]?.lockedAt).toMatch(/Z$/);
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(["auditor", "sib.tx", "dro.was"]));
    expect(JSON.stringify(accounts)).not.toMatch(/scrypt|passwordHash/);
    expect((await admin.auth.accounts({ lockedOnly: true })).every((a) => a.lockedAt !== null)).toBe(true);
    // A non-administrator may not list accounts.
    expect((await errorOf((await world.as("auditor")).auth.accounts())).code).toBe("FORBIDDEN");
    await admin.auth.releaseLock({ username: "lea.nc" });
    expect((await admin.auth.accounts({ lockedOnly: true })).map((a) => a.username)).not.toContain("lea.nc");
  });

  it("does not lock for 5 failures spread over more than 15 minutes", async () => {
    const attempt = () => world.caller(null).auth.signIn({ username: "publicaffairs", password: "wrong-password" });
    for (let i = 0; i < 6; i++) {
      expect((await errorOf(attempt())).message).toMatch(/wrong/);
      world.clock.advanceMinutes(4); // at most 4 failures in any 15 minutes
    }
    await world.caller(null).auth.signIn({ username: "publicaffairs", password: demoPassword("publicaffairs") });
  });

  it("creates accounts (administrators only), refusing short and common passwords by field", async () => {
    const admin = await world.as("admin");
    const base = { username: "lea.va2b", displayName: "Second VA officer", party: { kind: "LEA" as const, ori: "VA0020000" } };
    const short = await errorOf(admin.auth.createAccount({ ...base, idempotencyKey: "create-lea-va2-a", password: "Ab1!" }));
    expect(short.code).toBe("BAD_REQUEST");
    expect(short.message).toMatch(/^password: .*8 characters/);
    const common = await errorOf(admin.auth.createAccount({ ...base, idempotencyKey: "create-lea-va2-b", password: "password1" }));
    expect(common.message).toMatch(/^password: .*common/);
    const created = await admin.auth.createAccount({ ...base, idempotencyKey: "create-lea-va2-c", password: "violet-harbor-sextant" });
    const again = await admin.auth.createAccount({ ...base, idempotencyKey: "create-lea-va2-c", password: "violet-harbor-sextant" });
    expect(again).toEqual(created);
    const conflict = await errorOf(admin.auth.createAccount({ ...base, idempotencyKey: "create-lea-va2-c", password: "another-passphrase-9" }));
    expect(conflict.code).toBe("CONFLICT");
    const signedIn = await world.caller(null).auth.signIn({ username: "lea.va2b", password: "violet-harbor-sextant" });
    expect(signedIn.user.party).toEqual({ kind: "LEA", ori: "VA0020000" });
    const lea = await world.as("lea.va");
    expect((await errorOf(lea.auth.createAccount({ ...base, username: "x.y", idempotencyKey: "create-x-y-000", password: "violet-harbor-sextant" }))).code).toBe("FORBIDDEN");
  });
});
