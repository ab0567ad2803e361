// statistics: counts over a period, state and agency, and response times (median,
// 95th percentile), bookings over time and the response-time distribution for charts
// (DOMAIN section 5), each computed by one aggregate query in the database over the
// bookings' read model (flow/statistics-queries.ts), never by loading the bookings.
// Reading is not publishing: a release goes through ICE Public Affairs (MOA X). Scope
// by core's ReadStatistics grant: an LEA its agency, a SIB its state, a field office
// its area.
import { periodEndsBeforeItStarts, ProgramStatisticsFilter, SeriesBucket, type ActionTarget } from "@sc/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import type { InnerContext } from "../context";
import { requirePermission } from "../flow/access";
import { loadDirectory } from "../flow/environment";
import { responseTimeHistogram, seriesOf, summaryOf, type StatisticsScope } from "../flow/statistics-queries";
import { allowed, type SignedInUser } from "../trpc";

const notBackwards = (filter: ProgramStatisticsFilter) => !periodEndsBeforeItStarts(filter);
const BACKWARDS = { path: ["to"], message: "the period ends before it starts: to is before from" };

const StatisticsInput = z.strictObject(ProgramStatisticsFilter.shape).refine(notBackwards, BACKWARDS).default({});
const SeriesInput = z
  .strictObject({ ...ProgramStatisticsFilter.shape, bucket: SeriesBucket.default("day") })
  .refine(notBackwards, BACKWARDS)
  .default({ bucket: "day" });

/** The caller's scope for a filter: a scoped caller who names nothing gets its own; refused past its grant. */
async function scopeFor(ctx: InnerContext & { user: SignedInUser }, input: ProgramStatisticsFilter): Promise<StatisticsScope> {
  const party = ctx.user.party;
  const directory = await loadDirectory(ctx.db);
  const filter: ProgramStatisticsFilter = {
    ...(input.from === undefined ? {} : { from: input.from }),
    ...(input.to === undefined ? {} : { to: input.to }),
    ...(input.state === undefined ? {} : { state: input.state }),
    ...(input.ori === undefined ? {} : { ori: input.ori }),
    ...(party.kind === "LEA" && input.ori === undefined ? { ori: party.ori } : {}),
    ...(party.kind === "SIB" && input.state === undefined && input.ori === undefined ? { state: party.state } : {}),
  };
  const state = filter.state ?? (filter.ori === undefined ? undefined : directory.agency(filter.ori)?.state);
  const areaStates = party.kind === "ICE-FIELD-OFFICE" && state === undefined ? (directory.fieldOffice(party.office)?.states ?? []) : undefined;
  const office = state === undefined ? (party.kind === "ICE-FIELD-OFFICE" ? party.office : undefined) : directory.fieldOfficeFor(state)?.id;
  const target: ActionTarget = {
    ...(state === undefined ? {} : { state }),
    ...(filter.ori === undefined ? {} : { ori: filter.ori }),
    ...(office === undefined ? {} : { fieldOffice: office }),
  };
  requirePermission(party, "ReadStatistics", target);
  return { filter, areaStates };
}

export const statisticsRouter = {
  summary: allowed({ performs: ["ReadStatistics"] })
    .input(StatisticsInput)
    .query(async ({ ctx, input }) => summaryOf(ctx.db, await scopeFor(ctx, input))),
  /** Bookings over time by day or ISO week: CARs and CPIs, IDENT searches, matches and the match rate. */
  series: allowed({ performs: ["ReadStatistics"] })
    .input(SeriesInput)
    .query(async ({ ctx, input }) => {
      const { bucket, ...filter } = input;
      return { bucket, points: await seriesOf(ctx.db, await scopeFor(ctx, filter), bucket) };
    }),
  /** The response-time distribution in core's buckets, to the SIB and to the LEA. */
  responseTimes: allowed({ performs: ["ReadStatistics"] })
    .input(StatisticsInput)
    .query(async ({ ctx, input }) => responseTimeHistogram(ctx.db, await scopeFor(ctx, input))),
} satisfies TRPCRouterRecord;
