// The simulated world in storage: a run's key, the database prepared for it
// once (the demo accounts, so the statistics screens can be signed into; the
// profile's directory; every MOA signed and the timeline recorded through the
// MOA context's own recordMoaCommand / recordLeaCommand), and where each
// state's bookings stopped (simulation_progress, written by each batch).
import { createHash } from "node:crypto";
import { DIRECTORY_DOCUMENT, recordLeaCommand, recordMoaCommand, seedDemoWorld, type Clock } from "@sc/api";
import { bookings, events, referenceData, simulationProgress, simulationRuns, type Db } from "@sc/db";
import { count, eq, like } from "drizzle-orm";
import type { Plan } from "./workload";
import { directoryDocument, worldCommands } from "./world";

/** A simulation that cannot run here, said in a line (the command exits 2). */
export class SimulationError extends Error {
  override readonly name = "SimulationError";
}

/** What identifies a run: the profile, seed, size and states. The same command on the same data continues it. */
export function runKey(plan: Plan): string {
  const { bookings: n, days, seed, states } = plan.parameters;
  const identity = JSON.stringify({ profile: plan.profile, bookings: n, days, seed, states: states ?? null });
  return createHash("sha256").update(identity).digest("hex").slice(0, 16);
}

const fixedClock = (at: Date): Clock => ({ now: () => at });

/**
 * Makes the database ready for the run, once: refuses a database that holds
 * another run or bookings of its own (the MOAs' streams and the directory
 * would be shared); seeds the demo accounts and the profile's world. The
 * run's row commits with the world, so a kill before then starts it again.
 */
export async function prepareRun(db: Db, plan: Plan): Promise<string> {
  const key = runKey(plan);
  const runs = await db.select({ runKey: simulationRuns.runKey }).from(simulationRuns);
  if (runs.some((r) => r.runKey === key)) return key;
  if (runs.length > 0) {
    throw new SimulationError(`this database holds another simulation run (${runs.map((r) => r.runKey).join(", ")}): use an empty database (another SC_DATA_DIR or DATABASE_URL)`);
  }
  const [made] = await db.select({ n: count() }).from(bookings);
  const [moas] = await db.select({ n: count() }).from(events).where(like(events.streamId, "moa-%"));
  if ((made?.n ?? 0) > 0 || (moas?.n ?? 0) > 0) {
    throw new SimulationError("this database already holds bookings or MOAs (a demo world?): the simulator needs an empty database (another SC_DATA_DIR or DATABASE_URL)");
  }
  const start = new Date(plan.profile.start);
  await seedDemoWorld(db, fixedClock(start));
  await db.transaction(async (tx) => {
    const document = directoryDocument(plan.profile);
    await tx
      .insert(referenceData)
      .values({ name: DIRECTORY_DOCUMENT, document, updatedAt: start })
      .onConflictDoUpdate({ target: referenceData.name, set: { document, updatedAt: start } });
    for (const w of worldCommands(plan.profile)) {
      if (w.kind === "moa") await recordMoaCommand(tx, w.state, w.command, w.at);
      else await recordLeaCommand(tx, w.command, w.at);
    }
    await tx.insert(simulationRuns).values({ runKey: key, parameters: { ...plan.parameters, profile: plan.profile.name }, startedAt: start });
  });
  return key;
}

/** Per state, the index of the next booking to make (what earlier runs committed). */
export async function readProgress(db: Db, key: string): Promise<Map<string, number>> {
  const rows = await db.select().from(simulationProgress).where(eq(simulationProgress.runKey, key));
  return new Map(rows.map((r) => [r.state, r.nextIndex]));
}
