// Bench: submissions per second through HTTP (the spawned API server; the load
// generator is bench/client.ts): bookings
// (bookings.book: the whole machine flow, booking to IDR, in one transaction with
// its events, read models, idempotency record and audit row) and points of
// contact (directory.recordContact: one event, one read-model row); beside raw
// INSERTs of the same rows, one transaction per submission, without HTTP or tRPC:
// for bookings, copies of the event rows each booking wrote. On PGlite (embedded, in a temp dir) and on PostgreSQL when
// SC_TEST_DATABASE_URL is set (run through scripts/with-postgres.sh). Beside them, the
// stack's own cost: a signed-in query that reads no database. For each HTTP path, the CPU
// per request of the API process, PostgreSQL and the load generator (bench/cpu.ts).
//   npx pnpm --filter @sc/api bench                                    # PGlite only
//   bash scripts/with-postgres.sh npx pnpm --filter @sc/api bench      # both
// Env: SC_BENCH_REQUESTS (default 2000), SC_BENCH_CONCURRENCY (default 16), SC_BENCH_WARMUP_SECONDS (default 8),
// SC_BENCH_BACKENDS (pglite,postgres: the ones to measure; default all available).
// Then bench/desks.ts: each desk's first page at 10 and at 100,000 bookings (its own env there).
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, queryRows, type Database } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { setPasswordHashCost } from "../src/auth/password";
import { systemClock } from "../src/clock";
import { seedFlow } from "../src/flow/seed-flow";
import { bookingStreamId } from "../src/flow/streams";
import { seedDemoWorld } from "../src/seed/demo";
import { dataOf, mutate } from "../src/test/http";
import { spawnServer } from "../src/test/spawn";
import { closeClient, get, post } from "./client";
import { cpuPerRequest, cpuSample, type CpuSample } from "./cpu";
import { benchDesks } from "./desks";

const REQUESTS = Number(process.env.SC_BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.SC_BENCH_CONCURRENCY ?? 16);
const WARMUP_SECONDS = Number(process.env.SC_BENCH_WARMUP_SECONDS ?? 8);
setPasswordHashCost({ logN: 10, r: 8, p: 1 }); // seeding only; not measured

interface Result {
  backend: string;
  path: string;
  requests: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  refused: number;
  /** CPU per request by process (HTTP paths only). */
  cpu?: CpuSample;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function drive(count: number, concurrency: number, one: (i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let next = 0;
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        if (!(await one(i))) refused++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { seconds, perSecond: count / seconds, p50ms: percentile(latencies, 50), p95ms: percentile(latencies, 95), p99ms: percentile(latencies, 99), refused };
}

interface Overload {
  backend: string;
  offeredPerSecond: number;
  sent: number;
  acknowledged: number;
  shed: number;
  timedOut: number;
  other: number;
  acknowledgedFound: number;
  p99AcknowledgedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open loop: `rate` submissions a second for `seconds`, whatever the answers,
 * each abandoned after `timeoutMs`. Counts what came back: acknowledged (200),
 * shed (429 or 503), timed out, anything else.
 */
async function openLoop(rate: number, seconds: number, timeoutMs: number, one: (i: number, signal: AbortSignal) => Promise<number>) {
  const counts = { acknowledged: 0, shed: 0, timedOut: 0, other: 0 };
  const latencies: number[] = [];
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const t = performance.now();
    sent.push(
      one(i, AbortSignal.timeout(timeoutMs)).then(
        (status) => {
          if (status === 200) {
            counts.acknowledged++;
            latencies.push(performance.now() - t);
          } else if (status === 429 || status === 503) counts.shed++;
          else counts.other++;
        },
        () => void counts.timedOut++,
      ),
    );
  }
  await Promise.all(sent);
  latencies.sort((a, b) => a - b);
  return { sent: total, ...counts, p99AcknowledgedMs: percentile(latencies, 99) };
}

async function prepare(name: string): Promise<{ env: Record<string, string>; reopen: () => Promise<Database>; cleanup: () => Promise<void> }> {
  if (name === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "sc-bench-"));
    const database = await createDb({ kind: "pglite", dataDir: dir });
    await seedDemoWorld(database.db, systemClock, [seedFlow]);
    await database.close();
    return { env: { SC_DATA_DIR: dir }, reopen: () => createDb({ kind: "pglite", dataDir: dir }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const backend = testBackends().find((b) => b.name === "postgres");
  if (!backend) throw new Error("no postgres");
  const database = await backend.open();
  await seedDemoWorld(database.db, systemClock, [seedFlow]);
  const url = database.url ?? "";
  return { env: { DATABASE_URL: url }, reopen: () => createDb({ kind: "postgres", url, maxConnections: CONCURRENCY }), cleanup: () => database.close() };
}

/** The rows one recordContact command writes, inserted directly in one transaction. */
async function rawCommand(database: Database, userId: string, i: number): Promise<void> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const contact = { role: "SIB", state: "VA", name: `raw-${i}` };
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into events (stream_id, version, type, payload, recorded_at) values (${`point-of-contact-${id}`}, 1, 'PointOfContactRecorded', ${JSON.stringify({ id, contact, recordedBy: userId })}::jsonb, ${now})`);
    await tx.execute(sql`insert into points_of_contact (id, role, state, name, recorded_by, recorded_at) values (${id}, 'SIB', 'VA', ${contact.name}, ${userId}, ${now})`);
    await tx.execute(sql`insert into idempotency_keys (user_id, key, action, request_hash, response, created_at) values (${userId}, ${`raw-${i}-${id}`}, 'directory.recordContact', 'x', ${JSON.stringify({ id, ...contact })}::jsonb, ${now})`);
    await tx.execute(sql`insert into audit_log (at, actor_user_id, actor, party, action, object_type, object_id, outcome, source) values (${now}, ${userId}, 'sib.va', 'SIB VA', 'directory.recordContact', 'point-of-contact', ${id}, 'success', 'bench')`);
  });
}

const results: Result[] = [];
const overloads: Overload[] = [];
const OVERLOAD_SECONDS = Number(process.env.SC_BENCH_OVERLOAD_SECONDS ?? 5);
/** A client gives up after this long: an answer later than this counts as a time-out. */
const CLIENT_TIMEOUT_MS = 5_000;
const available = ["pglite", ...(process.env.SC_TEST_DATABASE_URL ? ["postgres"] : [])];
/** SC_BENCH_BACKENDS=postgres measures one backend only (default: every one available). */
const backends = process.env.SC_BENCH_BACKENDS ? available.filter((b) => process.env.SC_BENCH_BACKENDS?.split(",").includes(b)) : available;
if (available.length === 1) console.warn("PostgreSQL not measured: run through `bash scripts/with-postgres.sh npx pnpm --filter @sc/api bench`.");
const CORES = availableParallelism();
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (${CORES} cores)`);

for (const backend of backends) {
  const target = await prepare(backend);
  try {
    const server = await spawnServer({ ...target.env, SC_MAX_IN_FLIGHT: String(CONCURRENCY * 4) });
    const tokenOf = async (username: string) =>
      dataOf<{ token: string }>((await mutate(server.url, "auth.signIn", { username, password: `demo-${username}-2026` })).body).token;
    const lea = await tokenOf("lea.va");
    const sib = await tokenOf("sib.va");
    const book = (i: number, tag: string) =>
      post(server.url, "bookings.book", { idempotencyKey: `${tag}-${i}-${randomUUID()}`, templateId: "T-DEMO-0003", charges: ["1201"] }, { token: lea });
    const bookingIds: string[] = [];
    // Warm-up, not measured: the server's first thousand or so bookings ran at about two
    // thirds of the rate of the rest (the JIT, the pools, the database's caches filling).
    const warmUntil = performance.now() + WARMUP_SECONDS * 1000;
    for (let round = 0; performance.now() < warmUntil; round++) await drive(CONCURRENCY * 4, CONCURRENCY, async (i) => (await book(round * CONCURRENCY * 4 + i, "warm")).status === 200);
    /** One HTTP path, measured with the CPU each process spent on it. */
    const measure = async (path: string, one: (i: number) => Promise<boolean>) => {
      const before = cpuSample(server.child.pid);
      const measured = await drive(REQUESTS, CONCURRENCY, one);
      results.push({ backend, path, requests: REQUESTS, concurrency: CONCURRENCY, ...measured, cpu: cpuPerRequest(before, cpuSample(server.child.pid), REQUESTS) });
      return measured;
    };
    const bookingsHttp = await measure("HTTP bookings.book", async (i) => {
      const answer = await book(i, "bench");
      if (answer.status === 200) bookingIds.push(dataOf<{ booking: { bookingId: string } }>(answer.body).booking.bookingId);
      return answer.status === 200;
    });
    // The baseline of the stack: a signed-in query that reads no database (session reads are cached),
    // so its cost is HTTP, tRPC, the session check and the classifier, the same for every request.
    const classify = async () => (await get(server.url, "classification.classify", { code: "1201" }, { token: lea })).status === 200;
    await drive(CONCURRENCY * 32, CONCURRENCY, classify);
    await measure("HTTP classification.classify (no DB)", classify);

    // Twice the load it just sustained, offered whatever the answers: it must shed (429/503), not time out,
    // and every booking it acknowledged must be stored exactly once.
    const offered = Math.max(1, Math.round(2 * bookingsHttp.perSecond));
    const acknowledgedIds: string[] = [];
    const flood = await openLoop(offered, OVERLOAD_SECONDS, CLIENT_TIMEOUT_MS, async (i, signal) => {
      const answer = await post(server.url, "bookings.book", { idempotencyKey: `flood-${i}-${randomUUID()}`, templateId: "T-DEMO-0003", charges: ["1201"] }, { token: lea, signal });
      if (answer.status === 200) acknowledgedIds.push(dataOf<{ booking: { bookingId: string } }>(answer.body).booking.bookingId);
      return answer.status;
    });
    await measure("HTTP directory.recordContact", async (i) => {
      const answer = await post(server.url, "directory.recordContact", { idempotencyKey: `bench-${i}-${randomUUID()}`, contact: { role: "SIB", state: "VA", name: `bench-${i}` } }, { token: sib });
      return answer.status === 200;
    });
    await server.stop();

    const database = await target.reopen();
    const found = acknowledgedIds.length === 0 ? [] : await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from bookings where id in (${sql.join(acknowledgedIds.map((id) => sql`${id}`), sql`, `)})`,
    );
    overloads.push({ backend, offeredPerSecond: offered, ...flood, acknowledgedFound: found[0]?.n ?? 0 });
    const [user] = await queryRows<{ id: string }>(database.db, sql`select id from users where username = 'sib.va'`);
    if (backend === "postgres") {
      const settings = await queryRows(database.db, sql`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync`);
      console.log(`postgres durability: ${JSON.stringify(settings[0])}`);
    }
    const eventRows = await queryRows<{ stream_id: string; version: number; type: string; payload: unknown; recorded_at: string }>(
      database.db,
      sql`select stream_id, version, type, payload, recorded_at::text from events where stream_id like 'booking-%' order by stream_id, version`,
    );
    const byBooking = bookingIds.map((id) => eventRows.filter((e) => e.stream_id === bookingStreamId(id)));
    // A batch stamps all its events with one time: the distinct times are the batches (book-batch.ts).
    const batches = new Set(byBooking.flatMap((rows) => rows.map((r) => r.recorded_at))).size;
    console.log(`${backend}: the ${byBooking.length} measured bookings were written in ${batches} batches (${(byBooking.length / Math.max(1, batches)).toFixed(1)} bookings per batch)`);
    const eventsPerBooking = byBooking.reduce((n, rows) => n + rows.length, 0) / Math.max(1, byBooking.length);
    const rawBookings = await drive(byBooking.length, CONCURRENCY, async (i) => {
      const rows = byBooking[i] ?? [];
      const stream = `raw-booking-${randomUUID()}`;
      const now = new Date().toISOString();
      await database.db.transaction(async (tx) => {
        const values = rows.map((r) => sql`(${stream}, ${r.version}, ${r.type}, ${JSON.stringify(r.payload)}::jsonb, ${now})`);
        await tx.execute(sql`insert into events (stream_id, version, type, payload, recorded_at) values ${sql.join(values, sql`, `)}`);
      });
      return true;
    });
    results.push({ backend, path: `raw INSERT, booking events (${eventsPerBooking.toFixed(1)}/tx)`, requests: byBooking.length, concurrency: CONCURRENCY, ...rawBookings });
    const raw = await drive(REQUESTS, CONCURRENCY, async (i) => {
      await rawCommand(database, user?.id ?? "", i);
      return true;
    });
    results.push({ backend, path: "raw INSERT, contact rows (4/tx)", requests: REQUESTS, concurrency: CONCURRENCY, ...raw });
    await database.close();
  } finally {
    await target.cleanup();
  }
}

console.log(`\n${"backend".padEnd(9)} ${"path".padEnd(40)} requests  conc   seconds  per s    p50 ms  p95 ms  p99 ms  refused`);
for (const r of results) {
  console.log(
    `${r.backend.padEnd(9)} ${r.path.padEnd(40)} ${String(r.requests).padStart(8)} ${String(r.concurrency).padStart(5)} ${r.seconds.toFixed(2).padStart(9)} ${r.perSecond.toFixed(0).padStart(6)} ${r.p50ms.toFixed(1).padStart(8)} ${r.p95ms.toFixed(1).padStart(7)} ${r.p99ms.toFixed(1).padStart(7)} ${String(r.refused).padStart(8)}`,
  );
}
console.log(`\nCPU per request in ms (from /proc: the API process, PostgreSQL's processes, this load generator), and the most requests a second ${CORES} cores could serve at that cost`);
console.log(`${"backend".padEnd(9)} ${"path".padEnd(40)}    API  database  load gen   total  ceiling/s`);
for (const r of results) {
  if (r.cpu === undefined) continue;
  const total = r.cpu.apiMs + r.cpu.databaseMs + r.cpu.clientMs;
  console.log(
    `${r.backend.padEnd(9)} ${r.path.padEnd(40)} ${r.cpu.apiMs.toFixed(2).padStart(6)} ${r.cpu.databaseMs.toFixed(2).padStart(9)} ${r.cpu.clientMs.toFixed(2).padStart(9)} ${total.toFixed(2).padStart(7)} ${(total > 0 ? (CORES * 1000) / total : 0).toFixed(0).padStart(10)}`,
  );
}
console.log(`\noverload: bookings.book offered open loop at twice the rate sustained above for ${OVERLOAD_SECONDS} s; a client gives up after ${CLIENT_TIMEOUT_MS} ms`);
console.log(`${"backend".padEnd(9)} offered/s     sent  acknowledged  shed 429/503  timed out  other  acknowledged found stored  p99 acknowledged ms`);
for (const o of overloads) {
  console.log(
    `${o.backend.padEnd(9)} ${String(o.offeredPerSecond).padStart(9)} ${String(o.sent).padStart(8)} ${String(o.acknowledged).padStart(13)} ${String(o.shed).padStart(13)} ${String(o.timedOut).padStart(10)} ${String(o.other).padStart(6)} ${String(o.acknowledgedFound).padStart(25)} ${o.p99AcknowledgedMs.toFixed(1).padStart(20)}`,
  );
  if (o.acknowledgedFound !== o.acknowledged) console.log(`  LOST: ${o.acknowledged - o.acknowledgedFound} acknowledged bookings are not stored`);
}
// Then each desk's first page at 10 and at 100,000 bookings (bench/desks.ts; alone: `npx tsx bench/desks.ts`).
const desks = await benchDesks();
mkdirSync(new URL("./out/", import.meta.url), { recursive: true });
closeClient();
writeFileSync(new URL("./out/results.json", import.meta.url), JSON.stringify({ at: new Date().toISOString(), loadavg: loadavg(), results, overloads, desks }, null, 2));
