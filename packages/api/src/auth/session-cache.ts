// Every signed-in call resolves its token to a session and its user. Under load
// that read was one query per request, as many as a whole batch of bookings
// costs (flow/book-batch.ts), so a process keeps what it read for a moment.
//
// Decision (written down in packages/api/README.md): a session read is reused
// for at most SESSION_RECHECK_MS of the server's clock. This process forgets it
// at once when it ends the session (sign-out, idle lock), locks or releases the
// account; a change made by another API process on the same PostgreSQL server
// (a sign-out there, a lock) takes effect here within SESSION_RECHECK_MS.
// Only sessions that exist are kept, and at most MAX_ENTRIES per database.
import { sessions, users, type Db } from "@sc/db";
import { eq } from "drizzle-orm";
import type { InnerContext } from "../context";

export const SESSION_RECHECK_MS = 1_000;
const MAX_ENTRIES = 10_000;

export interface SessionRow {
  readonly session: typeof sessions.$inferSelect;
  readonly user: typeof users.$inferSelect;
}

interface Entry {
  row: SessionRow;
  readonly readAtMs: number;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

function cacheOf(db: Db): Map<string, Entry> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** The session behind a token's hash and its user, from this process's recent read or from storage. */
export async function readSession(ctx: Pick<InnerContext, "db" | "clock">, tokenHash: string): Promise<SessionRow | undefined> {
  const cache = cacheOf(ctx.db);
  const nowMs = ctx.clock.now().getTime();
  const hit = cache.get(tokenHash);
  if (hit !== undefined && nowMs - hit.readAtMs >= 0 && nowMs - hit.readAtMs < SESSION_RECHECK_MS) return hit.row;
  const [row] = await ctx.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (row === undefined || row.session.endedAt !== null) {
    cache.delete(tokenHash);
    return row;
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(tokenHash, { row, readAtMs: nowMs });
  return row;
}

/** This process recorded the session's activity: the kept read says so too. */
export function sessionSeen(db: Db, tokenHash: string, lastSeenAt: Date): void {
  const hit = caches.get(db)?.get(tokenHash);
  if (hit !== undefined) hit.row = { session: { ...hit.row.session, lastSeenAt }, user: hit.row.user };
}

/** The session ended (sign-out, idle or account lock): read it from storage next time. */
export function forgetSession(db: Db, sessionId: string): void {
  const cache = caches.get(db);
  if (cache === undefined) return;
  for (const [hash, entry] of cache) if (entry.row.session.id === sessionId) cache.delete(hash);
}

/** The account was locked or released: every kept session of it is read again. */
export function forgetUser(db: Db, userId: string): void {
  const cache = caches.get(db);
  if (cache === undefined) return;
  for (const [hash, entry] of cache) if (entry.row.user.id === userId) cache.delete(hash);
}
