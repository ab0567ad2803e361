// One way to open storage: createDb(config). Embedded PGlite (the default; data
// in a directory that survives restarts, or in memory for tests) or a
// PostgreSQL server. The same schema and migrations serve both.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { z } from "zod";
import { lockDataDir } from "./data-dir-lock";
import { yieldingPglite } from "./pglite-yield";
import * as schema from "./schema/index";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is under it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction on it: what commands write through. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either: helpers that work inside or outside a transaction take this. */
export type Executor = Db | Tx;

export const DbConfig = z.discriminatedUnion("kind", [
  /** dataDir absent: in memory (tests). PGlite allows one process per directory. */
  z.object({
    kind: z.literal("pglite"),
    dataDir: z.string().min(1).optional(),
    /** Start from a dump (Database.dumpDataDir) instead of an empty cluster: tests use a migrated template. */
    loadDataDir: z.instanceof(Blob).optional(),
  }),
  z.object({ kind: z.literal("postgres"), url: z.string().min(1), maxConnections: z.number().int().positive().optional() }),
]);
export type DbConfig = z.infer<typeof DbConfig>;

export interface Database {
  readonly db: Db;
  readonly kind: DbConfig["kind"];
  /** true when a trivial query answers (GET /health). */
  ping(): Promise<boolean>;
  /** PGlite only: the whole data directory as a tarball, to start other instances from. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Opens the database and applies every committed migration (idempotent). */
export async function createDb(config: DbConfig): Promise<Database> {
  const parsed = DbConfig.parse(config);
  if (parsed.kind === "pglite") {
    if (parsed.dataDir !== undefined) mkdirSync(parsed.dataDir, { recursive: true });
    // Before PGlite opens it: a second process would corrupt the directory.
    const unlock = parsed.dataDir === undefined ? () => undefined : lockDataDir(parsed.dataDir);
    let client: PGlite;
    try {
      client = await PGlite.create({ dataDir: parsed.dataDir, loadDataDir: parsed.loadDataDir });
    } catch (error) {
      unlock();
      throw error;
    }
    const db = drizzlePglite({ client: yieldingPglite(client), schema });
    try {
      await migratePglite(db, { migrationsFolder });
    } catch (error) {
      await client.close();
      unlock();
      throw error;
    }
    return {
      db: db as unknown as Db,
      kind: "pglite",
      ping: async () => {
        try {
          await client.query("select 1");
          return true;
        } catch {
          return false;
        }
      },
      dumpDataDir: () => client.dumpDataDir("none"),
      close: async () => {
        await client.close();
        unlock();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: parsed.url, max: parsed.maxConnections ?? 10 });
  // An idle client losing its server must not crash the process; queries report it.
  pool.on("error", () => undefined);
  const db = drizzlePg({ client: pool, schema });
  try {
    await migratePg(db, { migrationsFolder });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: "postgres",
    ping: async () => {
      try {
        await pool.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}
