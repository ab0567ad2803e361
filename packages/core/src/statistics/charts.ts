// The statistics' series for charts (DOMAIN section 5): bookings over time (CARs and CPIs,
// IDENT searches and matches) by day or week, and the response-time distribution in
// fixed buckets. Pure reference versions over bookings in memory; the API computes the
// same in SQL over the bookings' read model, and its test checks the two agree.
//
// Decisions:
// - Periods are UTC days, or ISO weeks starting Monday (UTC), named by their first day
//   ("2026-12-01"); every period from the first booking's to the last one's is listed,
//   the empty ones with zeros, so a chart's time axis has no silent gaps.
// - Response-time buckets: under a minute, 1-5 minutes, 5-15, 15-60, 1-4 hours, 4-24
//   hours, a day or more. The flow answers in seconds when automated and within
//   minutes to hours when LESC answers by hand; the edges tell those apart.
import { z } from "zod";
import { responseTimes } from "../flow/response-times";
import type { BookingState } from "../flow/state";
import { compareInstants, toMillis } from "../shared/time";
import { ProgramStatistics, type ProgramStatisticsFilter } from "./statistics";

export const SeriesBucket = z.enum(["day", "week"]);
export type SeriesBucket = z.infer<typeof SeriesBucket>;

/** A period's counts: the same figures as ProgramStatistics, for one day or week. */
export const BookingsSeriesPoint = z.object({
  /** The period's first day, YYYY-MM-DD (UTC). */
  period: z.string(),
  ...ProgramStatistics.pick({ bookings: true, cars: true, cpis: true, identSearches: true, identMatches: true, matchRate: true }).shape,
});
export type BookingsSeriesPoint = z.infer<typeof BookingsSeriesPoint>;

const MINUTE = 60_000;
/** Lower edges in milliseconds; each bucket runs to the next edge (the last one has none). */
export const RESPONSE_TIME_EDGES_MS: readonly number[] = [0, MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE, 240 * MINUTE, 1440 * MINUTE];
const LABELS = ["under 1 min", "1-5 min", "5-15 min", "15-60 min", "1-4 h", "4-24 h", "24 h or more"];

export const ResponseTimeBucket = z.object({
  label: z.string(),
  fromMs: z.number(),
  /** Exclusive; null for the last bucket. */
  toMs: z.number().nullable(),
  /** Responses at the SIB in the bucket (booking to IDR/IAR or no-match IDR). */
  toSib: z.number().int(),
  /** Relays at the LEA in the bucket. */
  toLea: z.number().int(),
});
export type ResponseTimeBucket = z.infer<typeof ResponseTimeBucket>;

/** The bucket a response time falls in (index into RESPONSE_TIME_EDGES_MS). */
export function responseTimeBucketOf(ms: number): number {
  let i = 0;
  while (i + 1 < RESPONSE_TIME_EDGES_MS.length && ms >= (RESPONSE_TIME_EDGES_MS[i + 1] ?? Infinity)) i++;
  return i;
}

export function emptyResponseTimeBuckets(): ResponseTimeBucket[] {
  return RESPONSE_TIME_EDGES_MS.map((fromMs, i) => ({ label: LABELS[i] ?? "", fromMs, toMs: RESPONSE_TIME_EDGES_MS[i + 1] ?? null, toSib: 0, toLea: 0 }));
}

function inFilter(b: BookingState, filter: ProgramStatisticsFilter): b is Exclude<BookingState, { status: "not-booked" }> {
  if (b.status === "not-booked") return false;
  const { booking } = b;
  if (filter.state !== undefined && booking.state !== filter.state) return false;
  if (filter.ori !== undefined && booking.ori !== filter.ori) return false;
  if (filter.from !== undefined && compareInstants(booking.bookedAt, filter.from) < 0) return false;
  if (filter.to !== undefined && compareInstants(booking.bookedAt, filter.to) >= 0) return false;
  return true;
}

export function responseTimeHistogramOf(bookings: Iterable<BookingState>, filter: ProgramStatisticsFilter = {}): ResponseTimeBucket[] {
  const buckets = emptyResponseTimeBuckets();
  for (const b of bookings) {
    if (!inFilter(b, filter)) continue;
    const t = responseTimes(b);
    if (t.toSibMs !== null) (buckets[responseTimeBucketOf(t.toSibMs)] as ResponseTimeBucket).toSib++;
    if (t.toLeaMs !== null) (buckets[responseTimeBucketOf(t.toLeaMs)] as ResponseTimeBucket).toLea++;
  }
  return buckets;
}

const DAY_MS = 86_400_000;
/** The first day (UTC) of the period an instant falls in. */
export function periodStart(instant: string, bucket: SeriesBucket): string {
  const day = Math.floor(toMillis(instant) / DAY_MS) * DAY_MS;
  // 1970-01-01 was a Thursday: Monday is 3 days before a Thursday.
  const start = bucket === "day" ? day : day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(start).toISOString().slice(0, 10);
}

export function bookingsSeriesOf(bookings: Iterable<BookingState>, bucket: SeriesBucket, filter: ProgramStatisticsFilter = {}): BookingsSeriesPoint[] {
  const points = new Map<string, BookingsSeriesPoint>();
  for (const b of bookings) {
    if (!inFilter(b, filter)) continue;
    const period = periodStart(b.booking.bookedAt, bucket);
    const p = points.get(period) ?? { period, bookings: 0, cars: 0, cpis: 0, identSearches: 0, identMatches: 0, matchRate: null };
    points.set(period, {
      ...p,
      bookings: p.bookings + 1,
      cars: p.cars + (b.submission?.type === "CAR" ? 1 : 0),
      cpis: p.cpis + (b.submission?.type === "CPI" ? 1 : 0),
      identSearches: p.identSearches + (b.identSearch !== null ? 1 : 0),
      identMatches: p.identMatches + (b.identResult?.match === true ? 1 : 0),
    });
  }
  const periods = [...points.keys()].sort();
  const [first, last] = [periods[0], periods[periods.length - 1]];
  if (first === undefined || last === undefined) return [];
  const step = bucket === "day" ? DAY_MS : 7 * DAY_MS;
  const series: BookingsSeriesPoint[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += step) {
    const period = new Date(t).toISOString().slice(0, 10);
    const p = points.get(period) ?? { period, bookings: 0, cars: 0, cpis: 0, identSearches: 0, identMatches: 0, matchRate: null };
    series.push({ ...p, matchRate: p.identSearches === 0 ? null : p.identMatches / p.identSearches });
  }
  return series;
}
