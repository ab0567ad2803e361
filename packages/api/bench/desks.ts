// Bench: each desk's first page (the queries a desk page makes on load) with the demo
// world's 10 bookings, then with 100,000 (issue 11: at most 1.5x the time at 10).
// Over HTTP through the real server (createApiServer, in this process so the bulk
// seeding can write to the same embedded database while it listens), signed in as the
// desk's demo account, the median of many loads after a warm-up, the two sizes in turn
// (two databases side by side) so the shared machine's swings fall on both. The 100,000 are
// cloned from the real bookings with raw INSERT ... SELECT from generate_series (new
// ids, booked_at spread over a year), with the ice_cases and events rows each real
// booking wrote, so every desk's scope holds tens of thousands; then ANALYZE.
//   npx pnpm --filter @sc/api bench                                   # after bench/index.ts
//   npx tsx bench/desks.ts                                            # alone (from packages/api)
//   bash scripts/with-postgres.sh npx tsx packages/api/bench/desks.ts # PGlite and PostgreSQL
// Env: SC_BENCH_BACKENDS (pglite,postgres), SC_BENCH_DESK_RUNS (default 41 loads per page),
// SC_BENCH_DESK_WARMUP (default 15), SC_BENCH_DESK_BOOKINGS (default 100000),
// SC_BENCH_DESK_EXPLAIN=1 prints EXPLAIN ANALYZE of each desk's main query at the large size.
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { createDb, queryRows, type Database } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { sql, type SQL } from "drizzle-orm";
import { setPasswordHashCost } from "../src/auth/password";
import { systemClock } from "../src/clock";
import { seedFlow } from "../src/flow/seed-flow";
import { seedMoa } from "../src/moa/seed-moa";
import { seedDemoWorld } from "../src/seed/demo";
import { dataOf, mutate, startServer } from "../src/test/http";
import { closeClient, get, post } from "./client";

const RUNS = Number(process.env.SC_BENCH_DESK_RUNS ?? 41);
const WARMUP = Number(process.env.SC_BENCH_DESK_WARMUP ?? 15);
const TARGET_BOOKINGS = Number(process.env.SC_BENCH_DESK_BOOKINGS ?? 100_000);
/** Issue 11: a desk's first page at 100,000 bookings within 1.5x of the same page at 10. */
const TARGET_RATIO = 1.5;
/** The page size a desk's list asks for. */
const PAGE = 25;

interface Call {
  readonly path: string;
  readonly input: unknown;
}

interface Desk {
  readonly name: string;
  readonly username: string;
  /** The queries the desk page makes on load, sent together as a browser does. */
  readonly calls: readonly Call[];
}

const list: Call = { path: "bookings.list", input: { limit: PAGE } };
/** A queue's first page: the same size as a list's (the queues' default is 500, ICE's 100). */
const queue = (path: string): Call => ({ path, input: { limit: PAGE } });
const DESKS: readonly Desk[] = [
  { name: "LEA (lea.va)", username: "lea.va", calls: [list] },
  { name: "SIB (sib.va)", username: "sib.va", calls: [queue("sib.queue"), list] },
  { name: "CJIS (cjis)", username: "cjis", calls: [queue("cjis.queue"), list] },
  { name: "LESC (lesc)", username: "lesc", calls: [queue("lesc.queue")] },
  { name: "ICE (dro.was)", username: "dro.was", calls: [queue("ice.queue")] },
  { name: "auditor", username: "auditor", calls: [list] },
];

export interface DeskResult {
  readonly backend: string;
  readonly desk: string;
  readonly smallBookings: number;
  readonly largeBookings: number;
  readonly smallMs: number;
  readonly largeMs: number;
  /** At the large size, each call asked for only as many rows as it had at the small size. */
  readonly largeSameRowsMs: number;
  /** Rows on the page (every call's items) at each size: what the page carried. */
  readonly smallRows: number;
  readonly largeRows: number;
}

/** The real bookings added to the demo world's five, through the API, one per branch the clones copy. */
const REAL_BOOKINGS = [
  // IDENT match: an IAQ to LESC, then determined below (an ICE case in WAS, MOA V.C Level 1).
  { lea: "lea.va", templateId: "T-DEMO-0001", charges: ["1313"], determine: "removable" },
  // IDENT match left at LESC: the IAQ waits in LESC's queue.
  { lea: "lea.va", templateId: "T-DEMO-0005", charges: ["3599"] },
  // Texas's SIB cannot relay (MOA IV.B): the response is held at the SIB.
  { lea: "lea.tx", templateId: "T-DEMO-0004", charges: ["2299"] },
  // NFF state: the SIB's own file, the response relayed.
  { lea: "lea.nc", templateId: "T-DEMO-0003", charges: ["2399"] },
  // Maryland's MOA is suspended (seedMoa): IAFIS only, the IDENT step withheld.
  { lea: "lea.md", templateId: "T-DEMO-0002", charges: ["5499"] },
] as const;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** How many rows a page's answer carried: a list's items, a queue's array, or the SIB queue's three lists. */
function rowsOf(body: unknown): number {
  const data = dataOf<unknown>(body);
  if (Array.isArray(data)) return data.length;
  if (typeof data === "object" && data !== null) {
    return Object.values(data).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  }
  return 0;
}

export async function open(backend: string): Promise<Database> {
  if (backend === "pglite") return createDb({ kind: "pglite" });
  const postgres = testBackends().find((b) => b.name === "postgres");
  if (!postgres) throw new Error("no PostgreSQL: set SC_TEST_DATABASE_URL (scripts/with-postgres.sh)");
  return postgres.open();
}

export const countBookings = async (database: Database): Promise<number> => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from bookings`))[0]?.n ?? 0;

/** The bookings read model's statistics columns (flow/statistics-columns.ts): a clone keeps its source's. */
const STATISTICS_COLUMNS = sql.raw(
  "statistics_projected, submission_type, ident_searched, ident_match, program_withheld, iaq_sent, determination, subject_level, held_at_sib, detainer, ice_custody, removal_proceedings, response_to_sib_ms, response_to_lea_ms, charge_minor",
);

/**
 * Grows the database to `target` bookings by cloning the real ones (bulk seeding only:
 * raw SQL, a batch a statement). Clone g copies real booking g mod n: its agency,
 * state, field office, status, parties reached and decider's state (the id and times
 * rewritten), its ICE case if it has one, and its events, so each desk's scope grows in
 * the proportions the real bookings have. booked_at steps back 5 minutes a clone (a
 * year over 100,000), every other time keeps its distance from booked_at.
 */
export async function grow(database: Database, target: number): Promise<void> {
  const sources = await countBookings(database);
  const clones = target - sources;
  const BATCH = 10_000;
  const spent = { rows: 0, events: 0 };
  const iso = (t: SQL) => sql`to_jsonb(to_char((${t}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
  for (let from = 1; from <= clones; from += BATCH) {
    const to = Math.min(clones, from + BATCH - 1);
    // One CTE per statement: the clones of this batch (clone_id, clone_at), each beside its source's columns.
    const withClones = sql`with src as (
        select row_number() over (order by id) - 1 as k, * from bookings where id not like 'BENCH-%'
      ), c as (
        select 'BENCH-' || lpad(g::text, 6, '0') as clone_id, now() - g * interval '5 minutes' as clone_at, s.*
        from generate_series(${from}::int, ${to}::int) g join src s on s.k = g % ${sources}
      )`;
    const shifted = (column: SQL) => sql`c.clone_at + (${column} - c.booked_at)`;
    await database.db.transaction(async (tx) => {
      const t = performance.now();
      await tx.execute(sql`${withClones}
        insert into bookings (id, ori, state, field_office, template_id, status, booked_at, last_at, reached, version, ${STATISTICS_COLUMNS}, snapshot)
        select c.clone_id, c.ori, c.state, c.field_office, c.template_id, c.status, c.clone_at, ${shifted(sql`c.last_at`)}, c.reached, c.version, ${STATISTICS_COLUMNS},
          jsonb_set(jsonb_set(jsonb_set(c.snapshot, '{booking,bookingId}', to_jsonb(c.clone_id)), '{booking,bookedAt}', ${iso(sql`c.clone_at`)}),
            '{lastAt}', ${iso(shifted(sql`c.last_at`))})
        from c`);
      await tx.execute(sql`${withClones}
        insert into ice_cases (booking_id, field_office, state, ori, outcome, category, rank, conviction_level, charge_level,
          determined_at, detainer_at, local_custody_ended_at, custody_at, removal_proceedings_at)
        select c.clone_id, i.field_office, i.state, i.ori, i.outcome, i.category, i.rank, i.conviction_level, i.charge_level,
          ${shifted(sql`i.determined_at`)}, ${shifted(sql`i.detainer_at`)}, ${shifted(sql`i.local_custody_ended_at`)},
          ${shifted(sql`i.custody_at`)}, ${shifted(sql`i.removal_proceedings_at`)}
        from c join ice_cases i on i.booking_id = c.id`);
      const t2 = performance.now();
      await tx.execute(sql`${withClones}
        insert into events (stream_id, version, type, payload, recorded_at)
        select 'booking-' || c.clone_id, e.version, e.type,
          case when e.payload ? 'bookingId' then jsonb_set(e.payload, '{bookingId}', to_jsonb(c.clone_id)) else e.payload end,
          ${shifted(sql`e.recorded_at`)}
        from c join events e on e.stream_id = 'booking-' || c.id`);
      spent.rows += t2 - t;
      spent.events += performance.now() - t2;
    });
  }
  const t = performance.now();
  await database.db.execute(sql`analyze`);
  console.log(`  bookings and ICE cases ${(spent.rows / 1000).toFixed(1)} s, events ${(spent.events / 1000).toFixed(1)} s, ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** A database seeded as src/server/main.ts does, the real bookings booked through the API, and its server. */
export interface Target {
  readonly database: Database;
  readonly url: string;
  readonly tokenOf: (username: string) => Promise<string>;
  readonly close: () => Promise<void>;
}

export async function prepare(backend: string): Promise<Target> {
  const database = await open(backend);
  const server = await startServer(database);
  await seedDemoWorld(database.db, systemClock, [seedFlow, seedMoa]);
  const tokens = new Map<string, string>();
  const tokenOf = async (username: string): Promise<string> => {
    const known = tokens.get(username);
    if (known !== undefined) return known;
    const answer = await mutate(server.url, "auth.signIn", { username, password: `demo-${username}-2026` });
    const token = dataOf<{ token: string }>(answer.body).token;
    tokens.set(username, token);
    return token;
  };
  for (const b of REAL_BOOKINGS) {
    const answer = await post(server.url, "bookings.book", { idempotencyKey: randomUUID(), templateId: b.templateId, charges: b.charges }, { token: await tokenOf(b.lea) });
    if (answer.status !== 200) throw new Error(`bookings.book as ${b.lea}: ${answer.status} ${JSON.stringify(answer.body)}`);
    if ("determine" in b) {
      const bookingId = dataOf<{ booking: { bookingId: string } }>(answer.body).booking.bookingId;
      const determined = await post(server.url, "lesc.determine", { bookingId, outcome: b.determine }, { token: await tokenOf("lesc") });
      if (determined.status !== 200) throw new Error(`lesc.determine: ${determined.status} ${JSON.stringify(determined.body)}`);
    }
  }
  for (const desk of DESKS) await tokenOf(desk.username);
  return {
    database,
    url: server.url,
    tokenOf,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

export async function benchDesks(): Promise<DeskResult[]> {
  setPasswordHashCost({ logN: 10, r: 8, p: 1 }); // seeding only; not measured
  const available = ["pglite", ...(process.env.SC_TEST_DATABASE_URL ? ["postgres"] : [])];
  const backends = process.env.SC_BENCH_BACKENDS ? available.filter((b) => process.env.SC_BENCH_BACKENDS?.split(",").includes(b)) : available;
  console.log(`\ndesks: load average at start ${loadavg().map((l) => l.toFixed(1)).join(" ")}; ${RUNS} loads of each page after ${WARMUP} unmeasured`);
  const results: DeskResult[] = [];
  for (const backend of backends) {
    // Two databases, both listening: the small one stays at the demo world's bookings, the
    // other grows. Each round loads a page on one, then the other, so the load of this
    // shared machine (it swung from 15 to 22 within one run) falls on both sizes alike.
    const t0 = performance.now();
    const smallTarget = await prepare(backend);
    const largeTarget = await prepare(backend);
    try {
      const small = await countBookings(smallTarget.database);
      console.log(`desks ${backend}: twice the demo world and ${REAL_BOOKINGS.length} bookings through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${small} bookings each`);
      const t1 = performance.now();
      await grow(largeTarget.database, TARGET_BOOKINGS);
      const large = await countBookings(largeTarget.database);
      const [counts] = await queryRows<{ ice: number; events: number }>(largeTarget.database.db, sql`select (select count(*)::int from ice_cases) as ice, (select count(*)::int from events) as events`);
      console.log(`desks ${backend}: one grown to ${large} bookings, ${counts?.ice} ICE cases, ${counts?.events} events in ${((performance.now() - t1) / 1000).toFixed(1)} s (raw INSERT ... SELECT, then ANALYZE)`);

      /** One load of a desk's page: every call at once; `limits` overrides each call's page size. */
      const load = async (target: Target, desk: Desk, limits?: readonly number[]) => {
        const token = await target.tokenOf(desk.username);
        const calls = desk.calls.map((c, i) => {
          const limit = limits?.[i];
          return limit === undefined ? c : { ...c, input: { limit } };
        });
        const t = performance.now();
        const answers = await Promise.all(calls.map((c) => get(target.url, c.path, c.input, { token })));
        const ms = performance.now() - t;
        const failed = answers.find((a) => a.status !== 200);
        if (failed !== undefined) throw new Error(`${desk.name}: ${failed.status} ${JSON.stringify(failed.body)}`);
        return { ms, rows: answers.map((a) => rowsOf(a.body)) };
      };
      const total = (rows: readonly number[]) => rows.reduce((n, r) => n + r, 0);
      for (const desk of DESKS) {
        const times = { small: [] as number[], large: [] as number[], same: [] as number[] };
        let smallRows: readonly number[] = [];
        let largeRows: readonly number[] = [];
        for (let r = 0; r < WARMUP + RUNS; r++) {
          const s1 = await load(smallTarget, desk);
          const l1 = await load(largeTarget, desk);
          // The same page cut to the rows it held at the small size: what the database's size
          // costs apart from the page filling up (3 rows of 10 bookings become 25 of 100,000).
          const same = await load(largeTarget, desk, s1.rows.map((n) => Math.max(1, n)));
          if (r < WARMUP) continue;
          times.small.push(s1.ms);
          times.large.push(l1.ms);
          times.same.push(same.ms);
          smallRows = s1.rows;
          largeRows = l1.rows;
        }
        results.push({
          backend,
          desk: desk.name,
          smallBookings: small,
          largeBookings: large,
          smallMs: median(times.small),
          largeMs: median(times.large),
          largeSameRowsMs: median(times.same),
          smallRows: total(smallRows),
          largeRows: total(largeRows),
        });
      }
      if (process.env.SC_BENCH_DESK_EXPLAIN === "1") await explainDesks(largeTarget.database);
    } finally {
      await smallTarget.close();
      await largeTarget.close();
    }
  }
  printDesks(results);
  return results;
}

/** EXPLAIN ANALYZE of the desks' main queries as the API sends them (SQL copied from the routers' shapes). */
async function explainDesks(database: Database): Promise<void> {
  const plans: [string, SQL][] = [
    ["LEA list", sql`select id from bookings where ori = 'VA0010000' order by booked_at desc, id desc limit 25`],
    ["SIB list", sql`select id from bookings where state = 'VA' order by booked_at desc, id desc limit 25`],
    ["SIB queue", sql`select * from bookings where state = 'VA' and status in ('car-at-sib','response-at-sib','held-at-sib') order by last_at asc, id asc limit 500`],
    ["CJIS list", sql`select id from bookings where reached @> '["CJIS"]'::jsonb order by booked_at desc, id desc limit 25`],
    ["CJIS queue", sql`select * from bookings where reached @> '["CJIS"]'::jsonb and status in ('at-cjis','ident-answered','determined') order by last_at asc, id asc limit 500`],
    ["LESC queue", sql`select * from bookings where reached @> '["LESC"]'::jsonb and status in ('iaq-sent') order by last_at asc, id asc limit 500`],
    [
      "ICE queue",
      sql`select * from ice_cases c join bookings b on b.id = c.booking_id where c.field_office = 'WAS' and c.rank <= 1
        order by (c.removal_proceedings_at is not null) asc, c.rank asc, least(c.conviction_level, c.charge_level) asc nulls last, c.determined_at asc, c.booking_id asc limit 100`,
    ],
    ["auditor list", sql`select id from bookings order by booked_at desc, id desc limit 25`],
  ];
  for (const [name, query] of plans) {
    const rows = await queryRows<Record<string, string>>(database.db, sql`explain analyze ${query}`);
    console.log(`\n-- ${name}\n${rows.map((r) => Object.values(r)[0]).join("\n")}`);
  }
}

export function printDesks(results: readonly DeskResult[]): void {
  console.log(`\ndesk first page: median ms of ${RUNS} loads, at the demo world's bookings and at ${TARGET_BOOKINGS.toLocaleString("en-US")}; target <= ${TARGET_RATIO}x`);
  console.log(`(same rows: at the large size, each call limited to the rows it had at the small size)`);
  console.log(`${"backend".padEnd(9)} ${"desk".padEnd(15)} ${"ms small".padStart(9)} ${"rows".padStart(5)} ${"ms large".padStart(9)} ${"rows".padStart(5)} ${"ratio".padStart(6)}  within  ${"same rows ms".padStart(12)} ${"ratio".padStart(6)}  within`);
  const verdict = (ratio: number) => (ratio <= TARGET_RATIO ? "yes" : "NO").padEnd(6);
  for (const r of results) {
    const ratio = r.largeMs / Math.max(r.smallMs, 0.001);
    const same = r.largeSameRowsMs / Math.max(r.smallMs, 0.001);
    console.log(
      `${r.backend.padEnd(9)} ${r.desk.padEnd(15)} ${r.smallMs.toFixed(2).padStart(9)} ${String(r.smallRows).padStart(5)} ${r.largeMs.toFixed(2).padStart(9)} ${String(r.largeRows).padStart(5)} ${ratio.toFixed(2).padStart(6)}  ${verdict(ratio)}  ${r.largeSameRowsMs.toFixed(2).padStart(12)} ${same.toFixed(2).padStart(6)}  ${verdict(same)}`,
    );
  }
}

// Run alone: `npx tsx bench/desks.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchDesks();
  closeClient();
}
