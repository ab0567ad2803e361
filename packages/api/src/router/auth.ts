// auth: the sign-in banner, sign-in and sign-out, who am I, and administrators'
// account commands (CJIS AC-7 lock release).
import { accountTarget, mayPerform, partyLabel } from "@sc/core";
import { sessions, users } from "@sc/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { asc, eq, isNotNull } from "drizzle-orm";
import { writeAudit } from "../audit";
import { insertAccount } from "../auth/accounts";
import { SIGN_IN_BANNER } from "../auth/banner";
import { signIn } from "../auth/sign-in";
import { IDLE_LOCK_MINUTES } from "../auth/session";
import { forgetSession, forgetUser } from "../auth/session-cache";
import { runCommand } from "../command";
import { requirePermission } from "../flow/access";
import { AccountsInput, CreateAccountInput, NoInput, ReleaseLockInput, SignInInput } from "../inputs";
import { allowed, proceduresAllowed, publicProcedure, resolveSession, type SignedInUser } from "../trpc";

/** The signed-in account, and the procedures core's rules let it call (a UI's navigation reads `may`). */
function meOf(user: SignedInUser) {
  return {
    username: user.username,
    displayName: user.displayName,
    party: user.party,
    partyLabel: partyLabel(user.party),
    isAdmin: user.isAdmin,
    may: proceduresAllowed(user),
  };
}

export const authRouter = {
  banner: publicProcedure.input(NoInput).query(() => ({ text: SIGN_IN_BANNER, idleLockMinutes: IDLE_LOCK_MINUTES })),

  signIn: publicProcedure.input(SignInInput).mutation(async ({ ctx, input }) => {
    const signedIn = await signIn(ctx, input.username, input.password, input.channel);
    if (input.channel === "cookie") {
      // The browser keeps the token in an httpOnly cookie that scripts cannot read.
      ctx.setSessionCookie(signedIn.token);
      return { user: signedIn.user, token: null, idleLockMinutes: IDLE_LOCK_MINUTES };
    }
    return { user: signedIn.user, token: signedIn.token, idleLockMinutes: IDLE_LOCK_MINUTES };
  }),

  signOut: allowed({ signedIn: true })
    .input(NoInput)
    .mutation(async ({ ctx }) => {
      await ctx.db.transaction(async (tx) => {
        await tx.update(sessions).set({ endedAt: ctx.clock.now(), endReason: "signed-out" }).where(eq(sessions.id, ctx.user.sessionId));
        await writeAudit(ctx, tx, { actor: ctx.user, action: "auth.signOut", object: { type: "session", id: ctx.user.sessionId }, outcome: "success" });
      });
      forgetSession(ctx.db, ctx.user.sessionId);
      ctx.setSessionCookie(null);
      return { signedOut: true };
    }),

  me: allowed({ signedIn: true })
    .input(NoInput)
    .query(({ ctx }) => meOf(ctx.user)),

  /**
   * Who is signed in, or why no one is: a page's first question, answered
   * without an error (a 401 on every visit before sign-in is noise in the
   * browser's console); any other procedure still answers 401.
   */
  session: publicProcedure.input(NoInput).query(async ({ ctx }) => {
    const answer = await resolveSession(ctx);
    return answer.user === null ? { me: null, reason: answer.reason, idleLockMinutes: IDLE_LOCK_MINUTES } : { me: meOf(answer.user), reason: null, idleLockMinutes: IDLE_LOCK_MINUTES };
  }),

  createAccount: allowed({ performs: ["AdministerUsers"], admin: true })
    .input(CreateAccountInput)
    .mutation(({ ctx, input }) => {
      const { idempotencyKey, ...request } = input;
      return runCommand(ctx, {
        action: "auth.createAccount",
        idempotencyKey,
        // The password is hashed into the request hash only, never stored in the clear.
        request,
        execute: async (tx) => {
          requirePermission(ctx.user.party, "AdministerUsers", accountTarget(input.party));
          const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
          if (taken) throw new TRPCError({ code: "CONFLICT", message: `username: "${input.username}" is taken` });
          const id = ctx.newId();
          await insertAccount(tx, { id, ...request }, ctx.clock.now());
          return { result: { id, username: input.username }, object: { type: "user", id } };
        },
      });
    }),

  /**
   * The accounts this administrator administers (core's AdministerUsers scope: the SC Program
   * Office all of them, a SIB its own state's SIB and LEA accounts), locked ones first. No
   * password hash ever leaves the server. Decision: at most 2,000 rows; the demo and any one
   * state hold far fewer, and `lockedOnly` finds the ones that need a person.
   */
  accounts: allowed({ performs: ["AdministerUsers"], admin: true })
    .input(AccountsInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select({ username: users.username, displayName: users.displayName, party: users.party, isAdmin: users.isAdmin, lockedAt: users.lockedAt, createdAt: users.createdAt })
        .from(users)
        .where(input.lockedOnly ? isNotNull(users.lockedAt) : undefined)
        .orderBy(asc(users.username))
        .limit(2_000);
      return rows
        .filter((row) => mayPerform(ctx.user.party, "AdministerUsers", accountTarget(row.party)).allowed)
        .map((row) => ({
          username: row.username,
          displayName: row.displayName,
          partyLabel: partyLabel(row.party),
          isAdmin: row.isAdmin,
          lockedAt: row.lockedAt?.toISOString() ?? null,
          createdAt: row.createdAt.toISOString(),
        }))
        .sort((a, b) => Number(b.lockedAt !== null) - Number(a.lockedAt !== null));
    }),

  releaseLock: allowed({ performs: ["AdministerUsers"], admin: true })
    .input(ReleaseLockInput)
    .mutation(async ({ ctx, input }) => {
      const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username));
      if (!user) throw new TRPCError({ code: "NOT_FOUND", message: `username: no account "${input.username}"` });
      requirePermission(ctx.user.party, "AdministerUsers", accountTarget(user.party));
      await ctx.db.transaction(async (tx) => {
        await tx.update(users).set({ lockedAt: null, failuresResetAt: ctx.clock.now() }).where(eq(users.id, user.id));
        await writeAudit(ctx, tx, { actor: ctx.user, action: "auth.releaseLock", object: { type: "user", id: user.id }, outcome: "success", detail: user.lockedAt ? "lock released" : "was not locked" });
      });
      forgetUser(ctx.db, user.id);
      return { username: user.username, wasLocked: user.lockedAt !== null };
    }),
} satisfies TRPCRouterRecord;
