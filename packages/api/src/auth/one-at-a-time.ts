// Sign-ins under one username run one at a time, in arrival order, in this
// process (issue 12, CJIS AC-7). Twenty guesses sent at once are then checked
// as twenty guesses in a row: the fifth wrong one locks the account and every
// later one, the right password included, finds it locked. The password hash
// runs inside the turn but outside any database transaction, so PGlite's one
// connection is never held for a hash. Across processes (several API servers
// on one PostgreSQL) the count is kept exact by the row lock in sign-in.ts.
import { TRPCError } from "@trpc/server";

/** Sign-ins waiting under one name before more are refused (the same for names that exist and names that do not). */
export const MAX_WAITING_SIGN_INS = 32;

interface Line {
  tail: Promise<void>;
  waiting: number;
}

const lines = new Map<string, Line>();

/** Runs `work` after every earlier sign-in under `username` in this process has finished. */
export async function oneAtATime<T>(username: string, work: () => Promise<T>): Promise<T> {
  const line = lines.get(username) ?? { tail: Promise.resolve(), waiting: 0 };
  if (line.waiting >= MAX_WAITING_SIGN_INS) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "too many sign-ins under this name at once: retry shortly" });
  }
  line.waiting++;
  lines.set(username, line);
  const previous = line.tail;
  let done!: () => void;
  line.tail = new Promise<void>((resolve) => {
    done = resolve;
  });
  try {
    await previous;
    return await work();
  } finally {
    done();
    line.waiting--;
    if (line.waiting === 0) lines.delete(username);
  }
}
