// Test support: the storage backends every db/api suite runs against.
// Fresh in-memory PGlite always; a fresh database on the PostgreSQL server named
// by SC_TEST_DATABASE_URL when set (scripts/test.sh starts one). Under CI the
// PostgreSQL backend is required: a suite that silently ran on PGlite only would
// hide half of what it claims to test.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Database } from "./database";

/** A test database; `url` is set on PostgreSQL so a spawned server can open it too. */
export interface TestDatabase extends Database {
  readonly url?: string;
}

export interface TestBackend {
  readonly name: "pglite" | "postgres";
  /** A new, empty, migrated database; closing it also removes it. */
  open(): Promise<TestDatabase>;
}

export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: freshPglite }];
  const url = process.env.SC_TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", open: () => freshPostgres(url) });
  else if (process.env.CI) {
    throw new Error("SC_TEST_DATABASE_URL is not set under CI: run the suite through scripts/test.sh, which starts PostgreSQL");
  } else {
    console.warn("\n*** SC_TEST_DATABASE_URL not set: running on PGlite only. `pnpm test` (scripts/test.sh) runs PostgreSQL too. ***\n");
  }
  return backends;
}

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * A fresh in-memory PGlite, started from a migrated template made once per test
 * process: loading a dump skips initdb and the migrations, about half of the
 * 2-10 s a new instance costs here.
 */
async function freshPglite(): Promise<Database> {
  pgliteTemplate ??= (async () => {
    const template = await createDb({ kind: "pglite" });
    try {
      if (!template.dumpDataDir) throw new Error("PGlite without dumpDataDir");
      return await template.dumpDataDir();
    } finally {
      await template.close();
    }
  })();
  return createDb({ kind: "pglite", loadDataDir: await pgliteTemplate });
}

/** Creates a uniquely named database on the server, so parallel suites never share state. */
async function freshPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `sc_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
