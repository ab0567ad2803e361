// A whole run: prepare the database, make every state's bookings from where
// the database says each stopped (in this process, or split by state over K
// worker processes on one PostgreSQL), then read the statistics through the
// API. `compareRuns` runs two profiles on the same seed, each in a database
// of its own, and lines their figures up.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ProgramStatistics } from "@sc/core";
import { createDb, type Database, type DbConfig } from "@sc/db";
import { DEFAULT_BATCH, driveStates } from "./drive";
import type { Profile } from "./profile";
import { runStatistics } from "./statistics";
import { prepareRun, readProgress, SimulationError } from "./store";
import type { WorkerOrder } from "./worker";
import { planRun, shardStates, type Plan, type RunParameters } from "./workload";

export interface SimulateOptions {
  readonly profile: Profile;
  readonly parameters: RunParameters;
  /** Where to run: a configuration to open (and close), or a database already open (tests), with its URL on PostgreSQL for workers. */
  readonly database: DbConfig | { readonly opened: Database; readonly url?: string };
  readonly workers?: number;
  readonly batchSize?: number;
  /** After each committed batch: bookings done (earlier runs' included) and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What `--json` prints: the run's parameters and the API's statistics of the simulated period. Nothing of the wall clock. */
export interface RunResult {
  readonly profile: string;
  readonly bookings: number;
  readonly days: number;
  readonly seed: number;
  readonly states: readonly string[];
  readonly statistics: ProgramStatistics;
}

const packageDir = fileURLToPath(new URL("../", import.meta.url));

function runWorker(order: WorkerOrder, onBatch: (n: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/worker-main.ts"], { cwd: packageDir, stdio: ["pipe", "pipe", "pipe"] });
    let pending = "";
    let errors = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line !== "") onBatch(Number(line));
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new SimulationError(`a worker (states ${order.states.join(", ")}) failed: ${errors.trim().split("\n").at(-1) ?? `exit ${code}`}`))));
    child.stdin.end(JSON.stringify(order));
  });
}

export async function simulate(options: SimulateOptions): Promise<RunResult> {
  const workers = options.workers ?? 1;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const where = options.database;
  const given = "opened" in where ? where : undefined;
  const config = "opened" in where ? undefined : where;
  const url = given !== undefined ? given.url : config?.kind === "postgres" ? config.url : undefined;
  if (workers > 1 && url === undefined) {
    throw new SimulationError("--workers above 1 needs PostgreSQL (DATABASE_URL): embedded PGlite allows one process per data directory");
  }
  const plan: Plan = planRun(options.profile, options.parameters);
  const database = given?.opened ?? (await createDb(config ?? { kind: "pglite" }));
  try {
    const key = await prepareRun(database.db, plan);
    const progress = await readProgress(database.db, key);
    let done = [...progress.values()].reduce((a, b) => a + b, 0);
    const total = options.parameters.bookings;
    const onBatch = (n: number) => {
      done += n;
      options.onProgress?.(done, total);
    };
    options.onProgress?.(done, total);
    const shards = shardStates(plan, workers);
    if (workers === 1 || url === undefined) {
      await driveStates(database.db, plan, key, shards.flat(), progress, { batchSize, onBatch });
    } else {
      const { bookings, days, seed, states: chosen } = plan.parameters;
      const parameters = { bookings, days, seed, ...(chosen === undefined ? {} : { states: [...chosen] }) };
      await Promise.all(shards.map((states) => runWorker({ profile: plan.profile, parameters, states, batchSize, databaseUrl: url }, onBatch)));
    }
    const statistics = await runStatistics(database.db, plan);
    const { bookings, days, seed } = plan.parameters;
    return { profile: plan.profile.name, bookings, days, seed, states: [...plan.counts.keys()], statistics };
  } finally {
    if (given === undefined) await database.close();
  }
}
