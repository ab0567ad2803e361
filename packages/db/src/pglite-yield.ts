// Embedded PGlite runs every query synchronously on the main thread and
// resolves its promise at once, so a whole command (a dozen queries) runs in
// one turn of the event loop. A server on it then reads one request at a time
// and never sees the backlog waiting in the kernel, so it can neither shed load
// (503) nor answer /health while busy. Yielding one macrotask before each query
// lets the loop accept and count other requests between queries, at a cost of
// microseconds a query. PostgreSQL needs none of this: its queries are real I/O.
import type { PGlite, Transaction } from "@electric-sql/pglite";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Queryable = Pick<PGlite, "query" | "exec"> | Pick<Transaction, "query" | "exec">;

function yielding<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      if (property === "query" || property === "exec") {
        return async (...args: unknown[]) => {
          await nextTurn();
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === "transaction") {
        return (callback: (tx: Transaction) => Promise<unknown>) =>
          (value as (cb: (tx: Transaction) => Promise<unknown>) => Promise<unknown>).call(object, (tx) => callback(yielding(tx)));
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

/** The PGlite client as drizzle should see it: every query starts on a fresh turn of the event loop. */
export function yieldingPglite(client: PGlite): PGlite {
  return yielding(client);
}
