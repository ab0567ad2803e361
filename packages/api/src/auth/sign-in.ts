// Sign-in with CJIS AC-7 lockout: 5 failed attempts within 15 minutes lock the
// account until an administrator releases it. Every attempt is audited, and the
// audit row and failure count commit before the error is returned.
import { partyLabel, type Party } from "@sc/core";
import { sessions, signInFailures, users } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { and, count, eq, gte } from "drizzle-orm";
import { writeAudit } from "../audit";
import type { InnerContext } from "../context";
import { dummyPasswordHash, verifyPassword } from "./password";
import { FAILURE_WINDOW_MINUTES, hashToken, MAX_FAILED_SIGN_INS, newSessionToken } from "./session";
import { forgetUser } from "./session-cache";

export type Channel = "cookie" | "bearer";

export interface SignedIn {
  readonly token: string;
  readonly sessionId: string;
  readonly user: { readonly username: string; readonly displayName: string; readonly party: Party; readonly partyLabel: string; readonly isAdmin: boolean };
}

const WRONG = "username or password is wrong";
const LOCKED = "this account is locked after repeated failed sign-ins: an administrator must release it";

export async function signIn(ctx: InnerContext, username: string, password: string, channel: Channel): Promise<SignedIn> {
  const action = "auth.signIn";
  const now = ctx.clock.now();
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  if (!user) {
    await verifyPassword(password, await dummyPasswordHash()); // same cost as a real check
    await writeAudit(ctx, ctx.db, { actor: { userId: null, username, party: null }, action, outcome: "failure", detail: "unknown username" });
    throw new TRPCError({ code: "UNAUTHORIZED", message: WRONG });
  }
  const actor = { userId: user.id, username: user.username, party: user.party };
  const object = { type: "user", id: user.id };
  if (user.lockedAt) {
    await writeAudit(ctx, ctx.db, { actor, action, object, outcome: "denied", detail: "account locked" });
    throw new TRPCError({ code: "UNAUTHORIZED", message: LOCKED });
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const lockedNow = await ctx.db.transaction(async (tx) => {
      await tx.insert(signInFailures).values({ userId: user.id, at: now });
      const windowStart = new Date(Math.max(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000, user.failuresResetAt.getTime()));
      const [row] = await tx
        .select({ n: count() })
        .from(signInFailures)
        .where(and(eq(signInFailures.userId, user.id), gte(signInFailures.at, windowStart)));
      const lock = (row?.n ?? 0) >= MAX_FAILED_SIGN_INS;
      if (lock) await tx.update(users).set({ lockedAt: now }).where(eq(users.id, user.id));
      await writeAudit(ctx, tx, {
        actor,
        action,
        object,
        outcome: "failure",
        detail: lock ? `wrong password; account locked after ${MAX_FAILED_SIGN_INS} failures in ${FAILURE_WINDOW_MINUTES} minutes` : "wrong password",
      });
      return lock;
    });
    if (lockedNow) forgetUser(ctx.db, user.id);
    throw new TRPCError({ code: "UNAUTHORIZED", message: lockedNow ? LOCKED : WRONG });
  }
  const token = newSessionToken();
  const sessionId = ctx.newId();
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failuresResetAt: now }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ id: sessionId, userId: user.id, tokenHash: hashToken(token), channel, createdAt: now, lastSeenAt: now });
    await writeAudit(ctx, tx, { actor, action, object: { type: "session", id: sessionId }, outcome: "success", detail: `${channel} session` });
  });
  return {
    token,
    sessionId,
    user: { username: user.username, displayName: user.displayName, party: user.party, partyLabel: partyLabel(user.party), isAdmin: user.isAdmin },
  };
}
