// What the simulator's tests share: a small what-if run (five states, every
// timeline kind), fresh databases per backend, and the checks that every
// booking is stored once with its read model at its stream's version.
import { fileURLToPath } from "node:url";
import { queryRows, type Database } from "@sc/db";
import { testBackends, type TestBackend, type TestDatabase } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { loadProfile } from "../src/load-profile";

export const WHAT_IF = fileURLToPath(new URL("../profiles/what-if.json", import.meta.url));
export const profile = loadProfile(WHAT_IF);
export const parameters = { bookings: 800, days: 365, seed: 42, states: ["VA", "NC", "TX", "MD", "AZ"] };

export const backends: TestBackend[] = testBackends();
export const postgres: TestBackend | undefined = backends.find((b) => b.name === "postgres");

export async function withDatabase<T>(backend: TestBackend, use: (db: TestDatabase) => Promise<T>): Promise<T> {
  const db = await backend.open();
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

/** Bookings stored, distinct booking streams, and bookings whose read model is behind (or ahead of) its events. */
export async function storedBookings(database: Database): Promise<{ bookings: number; streams: number; behind: number }> {
  const [row] = await queryRows<{ bookings: string; streams: string; behind: string }>(
    database.db,
    sql`select (select count(*) from bookings) as bookings,
      (select count(distinct stream_id) from events where stream_id like 'booking-%') as streams,
      (select count(*) from bookings b where b.version <> (select count(*) from events e where e.stream_id = 'booking-' || b.id)) as behind`,
  );
  return { bookings: Number(row?.bookings), streams: Number(row?.streams), behind: Number(row?.behind) };
}
