// ProgramStatistics as a projection over bookings (DOMAIN section 5): counts over a
// period, state and agency. Published only through the release rule of MOA X
// (the MOA context's statistics release); computing them publishes nothing.
//
// Decisions:
// - A booking counts in a period when it was booked in it ([from, to)). A
//   period whose end is before its start is refused by the API and `sc`
//   (periodEndsBeforeItStarts), not answered with zeros.
// - "Subjects by level" counts distinct subjects (template ids) that LESC
//   determined, by ICE's level for them (their convictions, D5); the levels
//   matter to the program only for subjects ICE has in view. "none" is a
//   subject with no classified conviction. "pending-sentence" is a subject
//   whose level waits on a drug conviction's sentence (D2: Level 1 or 2, never
//   silently one of them) and is not Level 1 already. A subject determined at
//   more than one booking counts once, by its latest booking (booked last, then
//   the greater booking id), so the figure does not depend on the order the
//   bookings are read in (the API counts it in SQL the same way).
// - Match rate is IDENT matches over IDENT searches made (withheld searches,
//   D7, are not searches); null when there were none.
import { z } from "zod";
import { StatusDeterminationOutcome } from "../flow/determination";
import { responseTimes } from "../flow/response-times";
import type { BookingState } from "../flow/state";
import { Ori, StateCode } from "../reference/parties";
import { compareInstants, Instant } from "../shared/time";
import { median, nearestRank } from "./percentile";

export const ProgramStatisticsFilter = z.object({
  from: Instant.optional(),
  to: Instant.optional(),
  state: StateCode.optional(),
  ori: Ori.optional(),
});
export type ProgramStatisticsFilter = z.infer<typeof ProgramStatisticsFilter>;

/**
 * A period [from, to) whose end comes before its start: it holds no booking,
 * so a caller is told so rather than given zeros as if none had been made.
 */
export function periodEndsBeforeItStarts(filter: ProgramStatisticsFilter): boolean {
  return filter.from !== undefined && filter.to !== undefined && compareInstants(filter.to, filter.from) < 0;
}

export const ResponseTimeDistribution = z.object({
  count: z.number().int(),
  medianMs: z.number().nullable(),
  p95Ms: z.number().nullable(),
});
export type ResponseTimeDistribution = z.infer<typeof ResponseTimeDistribution>;

export const ProgramStatistics = z.object({
  filter: ProgramStatisticsFilter,
  bookings: z.number().int(),
  cars: z.number().int(),
  cpis: z.number().int(),
  identSearches: z.number().int(),
  identMatches: z.number().int(),
  matchRate: z.number().nullable(),
  /** DOMAIN D7: bookings for which the program was not in effect at some step. */
  withheld: z.number().int(),
  iaqs: z.number().int(),
  determinations: z.record(StatusDeterminationOutcome, z.number().int()),
  subjectsByLevel: z.object({
    "1": z.number().int(),
    "2": z.number().int(),
    "3": z.number().int(),
    /** DOMAIN D2: a drug conviction without its sentence leaves the level open (Level 1 or 2). */
    "pending-sentence": z.number().int(),
    none: z.number().int(),
  }),
  responsesAtSib: z.number().int(),
  relayedToLea: z.number().int(),
  /** MOA IV.B: held at a SIB without relay capability. */
  heldAtSib: z.number().int(),
  detainers: z.number().int(),
  takenIntoIceCustody: z.number().int(),
  removalProceedings: z.number().int(),
  responseTimeToSib: ResponseTimeDistribution,
  responseTimeToLea: ResponseTimeDistribution,
});
export type ProgramStatistics = z.infer<typeof ProgramStatistics>;

/** How each bucket of `subjectsByLevel` reads, on every screen (web and sc alike). */
export const SUBJECT_LEVEL_LABELS: Readonly<Record<keyof ProgramStatistics["subjectsByLevel"], string>> = {
  "1": "Level 1",
  "2": "Level 2",
  "3": "Level 3",
  "pending-sentence": "Pending sentence (Level 1 or 2)",
  none: "No classified conviction",
};

function distribution(values: number[]): ResponseTimeDistribution {
  values.sort((a, b) => a - b);
  return { count: values.length, medianMs: median(values), p95Ms: nearestRank(values, 0.95) };
}

export function computeStatistics(bookings: Iterable<BookingState>, filter: ProgramStatisticsFilter = {}): ProgramStatistics {
  const determinations: Record<StatusDeterminationOutcome, number> = {
    removable: 0,
    "lawful-permanent-resident": 0,
    "united-states-citizen": 0,
    "lawful-status": 0,
    "needs-further-investigation": 0,
  };
  const levelOf = new Map<string, { bookedAt: string; bookingId: string; level: 1 | 2 | 3 | "pending-sentence" | null }>();
  const toSib: number[] = [];
  const toLea: number[] = [];
  const s = {
    bookings: 0,
    cars: 0,
    cpis: 0,
    identSearches: 0,
    identMatches: 0,
    withheld: 0,
    iaqs: 0,
    responsesAtSib: 0,
    relayedToLea: 0,
    heldAtSib: 0,
    detainers: 0,
    takenIntoIceCustody: 0,
    removalProceedings: 0,
  };
  for (const b of bookings) {
    if (b.status === "not-booked") continue;
    const { booking } = b;
    if (filter.state !== undefined && booking.state !== filter.state) continue;
    if (filter.ori !== undefined && booking.ori !== filter.ori) continue;
    if (filter.from !== undefined && compareInstants(booking.bookedAt, filter.from) < 0) continue;
    if (filter.to !== undefined && compareInstants(booking.bookedAt, filter.to) >= 0) continue;
    s.bookings++;
    if (b.submission?.type === "CAR") s.cars++;
    if (b.submission?.type === "CPI") s.cpis++;
    if (b.identSearch !== null) s.identSearches++;
    if (b.identResult?.match === true) s.identMatches++;
    if (b.withheld !== null) s.withheld++;
    if (b.iaq !== null) s.iaqs++;
    if (b.determination !== null) determinations[b.determination.outcome]++;
    if (b.priority !== null) {
      const seen = levelOf.get(booking.templateId);
      const order = seen === undefined ? 1 : compareInstants(booking.bookedAt, seen.bookedAt);
      const later = seen === undefined || order > 0 || (order === 0 && booking.bookingId > seen.bookingId);
      const level = b.priority.convictionPendingSentence === true ? "pending-sentence" : b.priority.convictionLevel;
      if (later) levelOf.set(booking.templateId, { bookedAt: booking.bookedAt, bookingId: booking.bookingId, level });
    }
    if (b.response !== null) s.responsesAtSib++;
    if (b.relay !== null) s.relayedToLea++;
    if (b.heldAtSib !== null) s.heldAtSib++;
    if (b.ice.detainer !== null) s.detainers++;
    if (b.ice.custody !== null) s.takenIntoIceCustody++;
    if (b.ice.removalProceedings !== null) s.removalProceedings++;
    const times = responseTimes(b);
    if (times.toSibMs !== null) toSib.push(times.toSibMs);
    if (times.toLeaMs !== null) toLea.push(times.toLeaMs);
  }
  const subjectsByLevel = { "1": 0, "2": 0, "3": 0, "pending-sentence": 0, none: 0 };
  for (const { level } of levelOf.values()) {
    if (level === null) subjectsByLevel.none++;
    else subjectsByLevel[level]++;
  }
  return {
    filter,
    ...s,
    matchRate: s.identSearches === 0 ? null : s.identMatches / s.identSearches,
    determinations,
    subjectsByLevel,
    responseTimeToSib: distribution(toSib),
    responseTimeToLea: distribution(toLea),
  };
}
