// `pnpm --filter @sc/api start`: the API server, its own process (it alone opens
// the database: PGlite allows one process per data directory).
import { partyLabel } from "@sc/core";
import { createDb } from "@sc/db";
import { systemClock } from "../clock";
import { readEnv } from "../env";
import { seedFlow } from "../flow/seed-flow";
import { projectStatisticsColumns } from "../flow/statistics-columns";
import { seedMoa } from "../moa/seed-moa";
import { DEMO_ACCOUNTS, seedDemoWorld } from "../seed/demo";
import { createApiServer } from "./http";

const env = readEnv();
const database = await createDb(env.database);
// Bookings written before the statistics columns existed (migration 0007) get them now.
const projected = await projectStatisticsColumns(database.db);
if (projected > 0) console.log(`[api] projected the statistics columns of ${projected} earlier bookings`);
// The demo world: directory and accounts, then the flow's subjects, signed MOAs and history,
// then the MOAs' points of contact, a suspended MOA (MD) and a termination pending (AZ).
const seeded = env.seedDemo ? await seedDemoWorld(database.db, systemClock, [seedFlow, seedMoa]) : false;
const server = createApiServer({
  database,
  maxInFlight: env.maxInFlight,
  maxWaitMs: env.maxWaitMs,
  allowedOrigins: env.allowedOrigins,
  secureCookies: env.secureCookies,
});

server.listen(env.port, env.host, () => {
  const where = env.database.kind === "pglite" ? `embedded PGlite in ${env.database.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`[api] listening on http://${env.host}:${env.port}/trpc (${where})${seeded ? "; demo world seeded" : ""}`);
  // Demo sign-ins are printed for the local default only, never for a real server.
  if (env.database.kind === "pglite" && env.seedDemo) {
    console.log("[api] demo sign-ins (username / password / party):");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(14)} ${a.password.padEnd(26)} ${partyLabel(a.party)}${a.isAdmin ? " (administrator)" : ""}`);
  }
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[api] ${signal}: closing`);
  server.closeAllConnections();
  server.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
