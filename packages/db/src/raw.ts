// Raw SQL for hot paths and benches (drizzle's array insert halves bulk speed,
// MACHINE-NOTES.md). Both drivers answer `execute` with `{ rows }`; the generic
// Db type cannot say so, hence this one typed helper.
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database";

export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * An array of bound values, typed (`text`, `uuid`): `column = any(...)` over
 * it is an index scan, where a join against a set-returning function was
 * planned as a full scan.
 */
export function boundArray(values: readonly string[], type: "text" | "uuid" = "text"): SQL {
  return sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::${sql.raw(type)}[]`;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** A column's type as a record definition takes it (serials are their integer types there). */
const recordType = (type: string): string => (type === "bigserial" ? "bigint" : type === "serial" ? "integer" : type);

/**
 * One INSERT of many rows, sent as a single JSON text parameter and unpacked by
 * jsonb_to_recordset: one bind value instead of one per cell, and none of
 * drizzle's per-value query building, which was most of the batch path's CPU
 * (flow/book-batch.ts in @sc/api). Rows use the table's TypeScript keys, as
 * drizzle's insert does; columns no row names keep their defaults, and a key
 * a row leaves out (or undefined) is NULL. Dates go as ISO strings, objects as
 * JSON: what the jsonb and timestamp columns read.
 * `onConflict` is the clause after the SELECT, e.g. onConflictUpdate(...).
 * Null when there are no rows (nothing to write).
 */
export function jsonRowsInsert<T extends PgTable>(table: T, rows: readonly T["$inferInsert"][], onConflict?: SQL): SQL | null {
  if (rows.length === 0) return null;
  const named = new Set<string>();
  for (const row of rows) for (const key in row) named.add(key);
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => named.has(key));
  // The JSON keeps the rows' own (TypeScript) keys, which name the record's fields; each is
  // selected into its column. Re-keying every row to column names first was a visible share.
  const list = columns.map(([, column]) => quote(column.name)).join(", ");
  const fields = columns.map(([key]) => `r.${quote(key)}`).join(", ");
  const definitions = columns.map(([key, column]) => `${quote(key)} ${recordType(column.getSQLType())}`).join(", ");
  return sql`insert into ${sql.raw(quote(getTableName(table)))} (${sql.raw(list)}) select ${sql.raw(fields)} from jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) as r(${sql.raw(definitions)}) ${onConflict ?? sql``}`;
}

/**
 * Several writes (INSERTs, without RETURNING) as one statement: each one a
 * data-modifying WITH clause, which PostgreSQL runs exactly once and to the
 * end. One statement is atomic by itself, so all of them are kept or none is,
 * inside a transaction or not, and the server is asked once instead of once
 * per write: on a busy machine each round trip cost milliseconds (the batch
 * path in @sc/api). Nulls (writes with no rows) are left out.
 */
export async function writeInOneStatement(db: Executor, writes: readonly (SQL | null)[]): Promise<void> {
  const present = writes.filter((w): w is SQL => w !== null);
  const [only] = present;
  if (only === undefined) return;
  if (present.length === 1) {
    await db.execute(only);
    return;
  }
  const clauses = present.map((write, i) => sql`${sql.raw(`w${i}`)} as (${write})`);
  await db.execute(sql`with ${sql.join(clauses, sql`, `)} select 1`);
}

/** `on conflict (keys) do update` setting every other column from the proposed row. */
export function onConflictUpdate<T extends PgTable>(table: T, keys: readonly (keyof T["$inferInsert"] & string)[]): SQL {
  const columns = Object.entries(getTableColumns(table));
  const keyNames = columns.filter(([key]) => keys.includes(key as keyof T["$inferInsert"] & string)).map(([, c]) => quote(c.name));
  const sets = columns
    .filter(([key]) => !keys.includes(key as keyof T["$inferInsert"] & string))
    .map(([, c]) => `${quote(c.name)} = excluded.${quote(c.name)}`);
  return sql.raw(`on conflict (${keyNames.join(", ")}) do update set ${sets.join(", ")}`);
}
