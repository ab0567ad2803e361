// Bench: the statistics page and the oversight page (issue 14: "the statistics page with
// 100,000 bookings in the database loads in at most 1.5x the time of the same page with
// 10"), in bench/desks.ts's way: the demo world plus real bookings through the API on two
// databases side by side, one grown to 100,000 bookings by cloning (desks.ts grow), then
// each page's load (the procedures the web page calls on load, sent together over HTTP
// as the browser does, signed in as the SC Program Office) timed in turn on the small and
// the large one, the median of many loads after a warm-up.
//   npx tsx bench/statistics.ts                                            # PGlite (from packages/api)
//   bash scripts/with-postgres.sh npx tsx packages/api/bench/statistics.ts # PGlite and PostgreSQL
// Env: SC_BENCH_BACKENDS (pglite,postgres), SC_BENCH_STATS_RUNS (default 41), SC_BENCH_STATS_WARMUP (default 10),
// SC_BENCH_DESK_BOOKINGS (default 100000), SC_BENCH_STATS_EXPLAIN=1 prints the summary's plan at the large size.
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { queryRows } from "@sc/db";
import { sql } from "drizzle-orm";
import { setPasswordHashCost } from "../src/auth/password";
import { closeClient, get } from "./client";
import { countBookings, grow, median, prepare, type Target } from "./desks";

const RUNS = Number(process.env.SC_BENCH_STATS_RUNS ?? 41);
const WARMUP = Number(process.env.SC_BENCH_STATS_WARMUP ?? 10);
const TARGET_BOOKINGS = Number(process.env.SC_BENCH_DESK_BOOKINGS ?? 100_000);
const TARGET_RATIO = 1.5;
const USER = "program";

interface Page {
  readonly name: string;
  readonly calls: readonly { readonly path: string; readonly input: unknown }[];
}

/** What apps/web's statistics and oversight pages ask for on load, with their default filters. */
const PAGES: readonly Page[] = [
  {
    name: "statistics (all)",
    calls: [
      { path: "statistics.summary", input: {} },
      { path: "statistics.series", input: { bucket: "week" } },
      { path: "statistics.responseTimes", input: {} },
    ],
  },
  {
    name: "statistics (VA)",
    calls: [
      { path: "statistics.summary", input: { state: "VA" } },
      { path: "statistics.series", input: { state: "VA", bucket: "week" } },
      { path: "statistics.responseTimes", input: { state: "VA" } },
    ],
  },
  { name: "oversight", calls: [{ path: "oversight.profiling", input: {} }] },
];

interface PageResult {
  readonly backend: string;
  readonly page: string;
  readonly smallBookings: number;
  readonly largeBookings: number;
  readonly smallMs: number;
  readonly largeMs: number;
}

/** A keep-alive socket the server closed during the long seeding answers ECONNRESET once: ask again. */
async function settled(target: Target): Promise<void> {
  const token = await target.tokenOf(USER);
  for (let i = 0; i < 3; i++) await get(target.url, "auth.me", {}, { token }).catch(() => undefined);
}

/** node:http's keep-alive race: a socket idle for the server's keep-alive timeout may be closed as it is reused. */
const isReset = (error: unknown): boolean => error instanceof Error && "code" in error && error.code === "ECONNRESET";

async function load(target: Target, page: Page, attempt = 0): Promise<number> {
  const token = await target.tokenOf(USER);
  const t = performance.now();
  const answers = await Promise.all(page.calls.map((c) => get(target.url, c.path, c.input, { token }))).catch((error: unknown) => {
    if (isReset(error) && attempt < 2) return null;
    throw error;
  });
  if (answers === null) return load(target, page, attempt + 1);
  const ms = performance.now() - t;
  const failed = answers.find((a) => a.status !== 200);
  if (failed !== undefined) throw new Error(`${page.name}: ${failed.status} ${JSON.stringify(failed.body)}`);
  return ms;
}

export async function benchStatistics(): Promise<PageResult[]> {
  setPasswordHashCost({ logN: 10, r: 8, p: 1 }); // seeding only; not measured
  const available = ["pglite", ...(process.env.SC_TEST_DATABASE_URL ? ["postgres"] : [])];
  const backends = process.env.SC_BENCH_BACKENDS ? available.filter((b) => process.env.SC_BENCH_BACKENDS?.split(",").includes(b)) : available;
  console.log(`\nstatistics: load average at start ${loadavg().map((l) => l.toFixed(1)).join(" ")}; ${RUNS} loads of each page after ${WARMUP} unmeasured`);
  const results: PageResult[] = [];
  for (const backend of backends) {
    const smallTarget = await prepare(backend);
    const largeTarget = await prepare(backend);
    try {
      await grow(largeTarget.database, TARGET_BOOKINGS);
      const small = await countBookings(smallTarget.database);
      const large = await countBookings(largeTarget.database);
      console.log(`statistics ${backend}: ${small} bookings beside ${large}`);
      await settled(smallTarget);
      await settled(largeTarget);
      for (const page of PAGES) {
        const times = { small: [] as number[], large: [] as number[] };
        for (let r = 0; r < WARMUP + RUNS; r++) {
          const s = await load(smallTarget, page);
          const l = await load(largeTarget, page);
          if (r < WARMUP) continue;
          times.small.push(s);
          times.large.push(l);
        }
        results.push({ backend, page: page.name, smallBookings: small, largeBookings: large, smallMs: median(times.small), largeMs: median(times.large) });
      }
      if (process.env.SC_BENCH_STATS_EXPLAIN === "1") {
        const rows = await queryRows<Record<string, string>>(
          largeTarget.database.db,
          sql`explain analyze select count(*) filter (where ident_match), percentile_disc(0.95) within group (order by response_to_sib_ms) from bookings`,
        );
        console.log(rows.map((r) => Object.values(r)[0]).join("\n"));
      }
    } finally {
      await smallTarget.close();
      await largeTarget.close();
    }
  }
  printStatistics(results);
  return results;
}

export function printStatistics(results: readonly PageResult[]): void {
  console.log(`\nstatistics pages: median ms of ${RUNS} loads (every call of the page at once), as ${USER}; target <= ${TARGET_RATIO}x`);
  console.log(`${"backend".padEnd(9)} ${"page".padEnd(18)} ${"bookings".padStart(8)} ${"ms".padStart(8)} ${"bookings".padStart(8)} ${"ms".padStart(8)} ${"ratio".padStart(6)}  within`);
  for (const r of results) {
    const ratio = r.largeMs / Math.max(r.smallMs, 0.001);
    console.log(
      `${r.backend.padEnd(9)} ${r.page.padEnd(18)} ${String(r.smallBookings).padStart(8)} ${r.smallMs.toFixed(2).padStart(8)} ${String(r.largeBookings).padStart(8)} ${r.largeMs.toFixed(2).padStart(8)} ${ratio.toFixed(2).padStart(6)}  ${ratio <= TARGET_RATIO ? "yes" : "NO"}`,
    );
  }
}

// Run alone: `npx tsx bench/statistics.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchStatistics();
  closeClient();
}
