// Bench (issue 16): simulated bookings per second through the durable path
// (the API's advanceFlow, environment read, events and read models in one
// statement per batch) beside a raw batched INSERT of the same event rows in
// the same run and database (a copy of the events table, the same batches,
// one multi-row INSERT each); on PGlite and, with SC_TEST_DATABASE_URL, on
// PostgreSQL, where 1 worker is also set against 2. Target: durable >= 0.5x raw.
//   npx pnpm --filter @sc/sim bench
//   bash scripts/with-postgres.sh npx pnpm --filter @sc/sim bench
// Env: SC_SIM_BENCH_BOOKINGS (default 20000). Peak memory at 100,000 and
// 1,000,000 bookings is measured on the real command (README "Simulator").
import { loadavg } from "node:os";
import { setPasswordHashCost } from "@sc/api";
import { queryRows, type Database } from "@sc/db";
import { testBackends, type TestBackend, type TestDatabase } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { loadProfile } from "../src/load-profile";
import { simulate } from "../src/simulate";

setPasswordHashCost({ logN: 10, r: 8, p: 1 }); // seeding only; not measured
const BOOKINGS = Number(process.env.SC_SIM_BENCH_BOOKINGS ?? 20_000);
const BATCH = 500;
const profile = loadProfile();
const parameters = { bookings: BOOKINGS, days: 365, seed: 1 };

/** The durable path's rate: from the first batch's start to the last batch's commit (setup and statistics left out). */
async function durable(db: TestDatabase, workers: number): Promise<number> {
  let first = 0;
  let last = 0;
  await simulate({
    profile,
    parameters,
    database: { opened: db, ...(db.url === undefined ? {} : { url: db.url }) },
    workers,
    batchSize: BATCH,
    onProgress: (done) => {
      if (done === 0) first = performance.now();
      last = performance.now();
    },
  });
  return BOOKINGS / ((last - first) / 1000);
}

/** The same event rows, read back in the batches the run wrote them in, inserted raw into a copy of the events table. */
async function raw(database: Database): Promise<number> {
  await database.db.execute(sql`create table raw_events (like events including defaults including indexes)`);
  const batches = await queryRows<{ rows: string }>(
    database.db,
    sql`select json_agg(json_build_object('streamId', stream_id, 'version', version, 'type', type, 'payload', payload, 'recordedAt', recorded_at) order by position)::text as rows
      from events where stream_id like 'booking-SIM-%'
      group by split_part(stream_id, '-', 3), (split_part(stream_id, '-', 4)::int / ${BATCH})`,
  );
  const started = performance.now();
  for (const b of batches) {
    await database.db.execute(sql`insert into raw_events (stream_id, version, type, payload, recorded_at)
      select r."streamId", r.version, r.type, r.payload, r."recordedAt" from jsonb_to_recordset(${b.rows}::jsonb) as r("streamId" text, version int, type text, payload jsonb, "recordedAt" timestamptz)`);
  }
  return BOOKINGS / ((performance.now() - started) / 1000);
}

async function measure(backend: TestBackend) {
  const db = await backend.open();
  try {
    const durableRate = await durable(db, 1);
    const [events] = await queryRows<{ n: string }>(db.db, sql`select count(*) as n from events where stream_id like 'booking-SIM-%'`);
    const rawRate = await raw(db);
    return { backend: backend.name, durableRate, rawRate, eventsPerBooking: Number(events?.n) / BOOKINGS };
  } finally {
    await db.close();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(`simulator bench: ${BOOKINGS.toLocaleString("en-US")} bookings, default profile, batches of ${BATCH}; load ${loadavg()[0]?.toFixed(1)}`);
const rows: string[][] = [];
const backends = testBackends();
for (const backend of backends) {
  const r = await measure(backend);
  rows.push([r.backend, "1 worker", fmt(r.durableRate), fmt(r.rawRate), (r.durableRate / r.rawRate).toFixed(2), r.eventsPerBooking.toFixed(1), `${(12_000_000 / r.durableRate / 3600).toFixed(1)} h`]);
}
const pg = backends.find((b) => b.name === "postgres");
if (pg !== undefined) {
  const one = await pg.open().then(async (db) => ({ rate: await durable(db, 1), close: () => db.close() }));
  await one.close();
  const two = await pg.open().then(async (db) => ({ rate: await durable(db, 2), close: () => db.close() }));
  await two.close();
  rows.push(["postgres", "1 vs 2 workers", `${fmt(one.rate)} vs ${fmt(two.rate)}`, "", (two.rate / one.rate).toFixed(2), "", `${(12_000_000 / two.rate / 3600).toFixed(1)} h (2 workers)`]);
}
const header = ["backend", "run", "durable bookings/s", "raw INSERT bookings/s", "ratio (target >= 0.5)", "events/booking", "12 million at this rate"];
console.table(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))));
console.log(`load after: ${loadavg()[0]?.toFixed(1)}`);
