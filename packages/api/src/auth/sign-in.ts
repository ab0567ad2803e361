// Sign-in with CJIS AC-7 lockout: 5 failed attempts within 15 minutes lock the
// account until an administrator releases it. Every attempt is audited, and the
// audit row and failure count commit before the error is returned.
//
// Issue 12:
// - The limit holds whatever arrives at once: attempts under one name are
//   checked one at a time in this process (one-at-a-time.ts), and the decision
//   (locked? count this failure? lock now? issue a token?) is taken in one
//   transaction holding the user's row (SELECT ... FOR UPDATE), so across
//   processes too at most MAX_FAILED_SIGN_INS failures are counted and no
//   token is issued to an account at or past the limit.
// - Every failure answers the same words with the same cost: the password hash
//   runs for an unknown name and a locked account too, and the answer never
//   says which it was. The locked account's owner learns it from the
//   administrator, and the audit row says "account locked".
import { partyLabel, type Party } from "@sc/core";
import { sessions, signInFailures, users, type Tx } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { and, count, eq, gte } from "drizzle-orm";
import { writeAudit } from "../audit";
import type { InnerContext } from "../context";
import { oneAtATime } from "./one-at-a-time";
import { dummyPasswordHash, verifyPassword } from "./password";
import { FAILURE_WINDOW_MINUTES, hashToken, MAX_FAILED_SIGN_INS, newSessionToken } from "./session";
import { forgetUser } from "./session-cache";

export type Channel = "cookie" | "bearer";

export interface SignedIn {
  readonly token: string;
  readonly sessionId: string;
  readonly user: { readonly username: string; readonly displayName: string; readonly party: Party; readonly partyLabel: string; readonly isAdmin: boolean };
}

/** The one answer to every failed sign-in: unknown name, wrong password or locked account. */
export const SIGN_IN_FAILED = "username or password is wrong, or the account is locked after repeated failed sign-ins (an administrator can tell you which, and release a lock)";

const failed = () => new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_FAILED });

type UserRow = typeof users.$inferSelect;

export function signIn(ctx: InnerContext, username: string, password: string, channel: Channel): Promise<SignedIn> {
  return oneAtATime(username, () => attempt(ctx, username, password, channel));
}

async function attempt(ctx: InnerContext, username: string, password: string, channel: Channel): Promise<SignedIn> {
  const action = "auth.signIn";
  const now = ctx.clock.now();
  const [known] = await ctx.db.select().from(users).where(eq(users.username, username));
  // The same cost whatever the name: a real check, or one against a hash of a random password.
  const rightPassword = await verifyPassword(password, known?.passwordHash ?? (await dummyPasswordHash()));
  if (!known) {
    await writeAudit(ctx, ctx.db, { actor: { userId: null, username, party: null }, action, outcome: "failure", detail: "unknown username" });
    throw failed();
  }
  const actor = { userId: known.id, username: known.username, party: known.party };
  const outcome = await ctx.db.transaction(async (tx) => {
    // The user's row, held until commit: concurrent attempts (other processes) wait here.
    const [user] = await tx.select().from(users).where(eq(users.id, known.id)).for("update");
    if (!user || user.lockedAt) {
      await writeAudit(ctx, tx, { actor, action, object: { type: "user", id: known.id }, outcome: "denied", detail: "account locked: the attempt was not checked" });
      return { kind: "refused" as const, lockedNow: false };
    }
    if (!rightPassword) return { kind: "refused" as const, lockedNow: await countFailure(ctx, tx, user, now) };
    const token = newSessionToken();
    const sessionId = ctx.newId();
    await tx.update(users).set({ failuresResetAt: now }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ id: sessionId, userId: user.id, tokenHash: hashToken(token), channel, createdAt: now, lastSeenAt: now });
    await writeAudit(ctx, tx, { actor, action, object: { type: "session", id: sessionId }, outcome: "success", detail: `${channel} session` });
    return { kind: "signed-in" as const, token, sessionId, user };
  });
  if (outcome.kind === "refused") {
    if (outcome.lockedNow) forgetUser(ctx.db, known.id);
    throw failed();
  }
  const { user } = outcome;
  return {
    token: outcome.token,
    sessionId: outcome.sessionId,
    user: { username: user.username, displayName: user.displayName, party: user.party, partyLabel: partyLabel(user.party), isAdmin: user.isAdmin },
  };
}

/** Records a wrong password under the held row; locks the account at the limit. True when this failure locked it. */
async function countFailure(ctx: InnerContext, tx: Tx, user: UserRow, now: Date): Promise<boolean> {
  await tx.insert(signInFailures).values({ userId: user.id, at: now });
  const windowStart = new Date(Math.max(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000, user.failuresResetAt.getTime()));
  const [row] = await tx
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.userId, user.id), gte(signInFailures.at, windowStart)));
  const lock = (row?.n ?? 0) >= MAX_FAILED_SIGN_INS;
  if (lock) await tx.update(users).set({ lockedAt: now }).where(eq(users.id, user.id));
  await writeAudit(ctx, tx, {
    actor: { userId: user.id, username: user.username, party: user.party },
    action: "auth.signIn",
    object: { type: "user", id: user.id },
    outcome: "failure",
    detail: lock ? `wrong password; account locked after ${MAX_FAILED_SIGN_INS} failures in ${FAILURE_WINDOW_MINUTES} minutes` : "wrong password",
  });
  return lock;
}
