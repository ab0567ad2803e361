// Raw SQL for hot paths and benches (drizzle's array insert halves bulk speed,
// MACHINE-NOTES.md). Both drivers answer `execute` with `{ rows }`; the generic
// Db type cannot say so, hence this one typed helper.
import type { SQL } from "drizzle-orm";
import type { Executor } from "./database";

export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
