// The statistics in SQL (DOMAIN section 5) over the bookings read model's statistics
// columns (statistics-columns.ts): one aggregate statement per figure set, nothing
// loaded row by row. Each mirrors a core function over bookings in memory
// (computeStatistics, bookingsSeriesOf, responseTimeHistogramOf, agencyMatchCountsOf),
// and router/statistics.test.ts checks the figures agree on the same bookings.
// Percentiles: core's median (the mean of the two middle values of an even count) is
// percentile_cont(0.5); its nearest-rank 95th percentile (the value at rank
// ceil(0.95 n)) is percentile_disc(0.95). Both are PostgreSQL's ordered-set
// aggregates, so PGlite (PostgreSQL in WebAssembly) runs the same SQL.
import {
  emptyResponseTimeBuckets,
  RESPONSE_TIME_EDGES_MS,
  type AgencyMatchCounts,
  type BookingsSeriesPoint,
  type ProgramStatistics,
  type ProgramStatisticsFilter,
  type ResponseTimeBucket,
  type SeriesBucket,
  type StatusDeterminationOutcome,
} from "@sc/core";
import { bookings, queryRows, type Executor } from "@sc/db";
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";

/** Which bookings a query counts: the filter, and a field office's area when it named no state. */
export interface StatisticsScope {
  readonly filter: ProgramStatisticsFilter;
  readonly areaStates?: readonly string[] | undefined;
}

export function scopeWhere({ filter, areaStates }: StatisticsScope): SQL {
  return (
    and(
      filter.state === undefined ? undefined : eq(bookings.state, filter.state),
      areaStates === undefined ? undefined : inArray(bookings.state, [...areaStates]),
      filter.ori === undefined ? undefined : eq(bookings.ori, filter.ori),
      filter.from === undefined ? undefined : gte(bookings.bookedAt, new Date(filter.from)),
      filter.to === undefined ? undefined : lt(bookings.bookedAt, new Date(filter.to)),
    ) ?? sql`true`
  );
}

interface SummaryRow {
  bookings: number;
  cars: number;
  cpis: number;
  ident_searches: number;
  ident_matches: number;
  withheld: number;
  iaqs: number;
  responses_at_sib: number;
  relayed_to_lea: number;
  held_at_sib: number;
  detainers: number;
  custody: number;
  removal: number;
  sib_median: number | null;
  sib_p95: number | null;
  lea_median: number | null;
  lea_p95: number | null;
}

const OUTCOMES: readonly StatusDeterminationOutcome[] = ["removable", "lawful-permanent-resident", "united-states-citizen", "lawful-status", "needs-further-investigation"];
type SubjectLevel = keyof ProgramStatistics["subjectsByLevel"];

export async function summaryOf(db: Executor, scope: StatisticsScope): Promise<ProgramStatistics> {
  const where = scopeWhere(scope);
  const [totals, outcomes, levels] = await Promise.all([
    queryRows<SummaryRow>(
      db,
      sql`select count(*)::int as bookings,
        count(*) filter (where submission_type = 'CAR')::int as cars,
        count(*) filter (where submission_type = 'CPI')::int as cpis,
        count(*) filter (where ident_searched)::int as ident_searches,
        count(*) filter (where ident_match)::int as ident_matches,
        count(*) filter (where program_withheld)::int as withheld,
        count(*) filter (where iaq_sent)::int as iaqs,
        count(response_to_sib_ms)::int as responses_at_sib,
        count(response_to_lea_ms)::int as relayed_to_lea,
        count(*) filter (where held_at_sib)::int as held_at_sib,
        count(*) filter (where detainer)::int as detainers,
        count(*) filter (where ice_custody)::int as custody,
        count(*) filter (where removal_proceedings)::int as removal,
        (percentile_cont(0.5) within group (order by response_to_sib_ms))::float8 as sib_median,
        (percentile_disc(0.95) within group (order by response_to_sib_ms))::float8 as sib_p95,
        (percentile_cont(0.5) within group (order by response_to_lea_ms))::float8 as lea_median,
        (percentile_disc(0.95) within group (order by response_to_lea_ms))::float8 as lea_p95
      from bookings where ${where}`,
    ),
    queryRows<{ outcome: StatusDeterminationOutcome; n: number }>(
      db,
      sql`select determination as outcome, count(*)::int as n from bookings where ${where} and determination is not null group by determination`,
    ),
    // A subject counts once, by its latest booking in the scope (core computeStatistics).
    queryRows<{ level: SubjectLevel; n: number }>(
      db,
      sql`select subject_level as level, count(*)::int as n from (
          select distinct on (template_id) subject_level from bookings
          where ${where} and subject_level is not null
          order by template_id, booked_at desc, id collate "C" desc
        ) latest group by subject_level`,
    ),
  ]);
  const t = totals[0];
  if (t === undefined) throw new Error("statistics: the aggregate returned no row");
  const determinations = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<StatusDeterminationOutcome, number>;
  for (const o of outcomes) determinations[o.outcome] = o.n;
  const subjectsByLevel = { "1": 0, "2": 0, "3": 0, "pending-sentence": 0, none: 0 };
  for (const l of levels) subjectsByLevel[l.level] = l.n;
  return {
    filter: scope.filter,
    bookings: t.bookings,
    cars: t.cars,
    cpis: t.cpis,
    identSearches: t.ident_searches,
    identMatches: t.ident_matches,
    matchRate: t.ident_searches === 0 ? null : t.ident_matches / t.ident_searches,
    withheld: t.withheld,
    iaqs: t.iaqs,
    determinations,
    subjectsByLevel,
    responsesAtSib: t.responses_at_sib,
    relayedToLea: t.relayed_to_lea,
    heldAtSib: t.held_at_sib,
    detainers: t.detainers,
    takenIntoIceCustody: t.custody,
    removalProceedings: t.removal,
    responseTimeToSib: { count: t.responses_at_sib, medianMs: t.sib_median, p95Ms: t.sib_p95 },
    responseTimeToLea: { count: t.relayed_to_lea, medianMs: t.lea_median, p95Ms: t.lea_p95 },
  };
}

/** Bookings over time (core bookingsSeriesOf): every period from the first to the last, empty ones as zeros. */
export async function seriesOf(db: Executor, scope: StatisticsScope, bucket: SeriesBucket): Promise<BookingsSeriesPoint[]> {
  const unit = sql.raw(`'${bucket}'`);
  const rows = await queryRows<Omit<BookingsSeriesPoint, "matchRate">>(
    db,
    sql`with counted as (
        select date_trunc(${unit}, booked_at at time zone 'UTC') as p, count(*)::int as bookings,
          count(*) filter (where submission_type = 'CAR')::int as cars,
          count(*) filter (where submission_type = 'CPI')::int as cpis,
          count(*) filter (where ident_searched)::int as ident_searches,
          count(*) filter (where ident_match)::int as ident_matches
        from bookings where ${scopeWhere(scope)} group by 1
      ), span as (select min(p) as lo, max(p) as hi from counted)
      select to_char(g, 'YYYY-MM-DD') as period, coalesce(c.bookings, 0) as bookings, coalesce(c.cars, 0) as cars, coalesce(c.cpis, 0) as cpis,
        coalesce(c.ident_searches, 0) as "identSearches", coalesce(c.ident_matches, 0) as "identMatches"
      from span, generate_series(span.lo, span.hi, ${sql.raw(`interval '1 ${bucket}'`)}) as g left join counted c on c.p = g
      order by g`,
  );
  return rows.map((r) => ({ ...r, matchRate: r.identSearches === 0 ? null : r.identMatches / r.identSearches }));
}

/** The response-time distribution in core's buckets (core responseTimeHistogramOf). */
export async function responseTimeHistogram(db: Executor, scope: StatisticsScope): Promise<ResponseTimeBucket[]> {
  const edges = sql.raw(`array[${RESPONSE_TIME_EDGES_MS.join(", ")}]::bigint[]`);
  // width_bucket over an array of lower edges: 1 for the first bucket, ..., n for the last.
  const rows = await queryRows<{ bucket: number; to_sib: number; to_lea: number }>(
    db,
    sql`select b.bucket, count(*) filter (where b.leg = 'sib')::int as to_sib, count(*) filter (where b.leg = 'lea')::int as to_lea
      from bookings, lateral (values ('sib', width_bucket(response_to_sib_ms, ${edges})), ('lea', width_bucket(response_to_lea_ms, ${edges}))) as b(leg, bucket)
      where ${scopeWhere(scope)} and b.bucket is not null
      group by b.bucket`,
  );
  const buckets = emptyResponseTimeBuckets();
  for (const r of rows) {
    const bucket = buckets[r.bucket - 1];
    if (bucket === undefined) continue;
    bucket.toSib = r.to_sib;
    bucket.toLea = r.to_lea;
  }
  return buckets;
}

/** Each LEA's IDENT-matched bookings and the minor ones among them (core agencyMatchCountsOf). */
export async function agencyMatchCounts(db: Executor, scope: StatisticsScope): Promise<AgencyMatchCounts[]> {
  return queryRows<AgencyMatchCounts>(
    db,
    sql`select ori, state, count(*)::int as matched, count(*) filter (where charge_minor)::int as minor
      from bookings where ${scopeWhere(scope)} and ident_match group by ori, state order by ori`,
  );
}
