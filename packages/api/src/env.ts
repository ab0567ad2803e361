// The API server's environment, read once and validated (STYLE.md).
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  /** A PostgreSQL server; when absent, embedded PGlite in SC_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Embedded data directory; default `.data/` at the repo root. */
  SC_DATA_DIR: z.string().min(1).optional(),
  SC_MAX_IN_FLIGHT: z.coerce.number().int().positive().default(64),
  /** The longest a request waits to start before 503 + Retry-After (issue 12); 0 refuses at once past SC_MAX_IN_FLIGHT. */
  SC_MAX_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** Comma-separated origins allowed to post mutations without the x-sc-csrf header. */
  SC_ALLOWED_ORIGINS: z.string().default("http://localhost:3000,http://127.0.0.1:3000"),
  SC_COOKIE_SECURE: z.enum(["0", "1"]).default("0"),
  /** "0" skips seeding the demo world into an empty database. */
  SC_SEED_DEMO: z.enum(["0", "1"]).default("1"),
  HOST: z.string().default("127.0.0.1"),
});

export type ApiEnv = ReturnType<typeof readEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`bad environment: ${problems}`);
  }
  const env = parsed.data;
  const dataDir = env.SC_DATA_DIR ? (isAbsolute(env.SC_DATA_DIR) ? env.SC_DATA_DIR : resolve(env.SC_DATA_DIR)) : resolve(repoRoot, ".data");
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL ? ({ kind: "postgres", url: env.DATABASE_URL } as const) : ({ kind: "pglite", dataDir } as const),
    maxInFlight: env.SC_MAX_IN_FLIGHT,
    maxWaitMs: env.SC_MAX_WAIT_MS,
    allowedOrigins: env.SC_ALLOWED_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
    secureCookies: env.SC_COOKIE_SECURE === "1",
    seedDemo: env.SC_SEED_DEMO === "1",
  };
}
