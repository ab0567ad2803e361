// statistics: counts over a period, state and agency, and response times
// (median, 95th percentile), by core's computeStatistics over the bookings'
// read model (DOMAIN section 5). Reading is not publishing: a release goes
// through ICE Public Affairs (MOA X). Scope by core's ReadStatistics grant: an
// LEA its agency, a SIB its state, a field office its area.
import { computeStatistics, periodEndsBeforeItStarts, ProgramStatisticsFilter, type ActionTarget, type ActiveBooking } from "@sc/core";
import { bookings } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, eq, gte, inArray, lt } from "drizzle-orm";
import { z } from "zod";
import { requirePermission } from "../flow/access";
import { loadDirectory } from "../flow/environment";
import { allowed } from "../trpc";

const StatisticsInput = z
  .strictObject(ProgramStatisticsFilter.shape)
  .refine((filter) => !periodEndsBeforeItStarts(filter), { path: ["to"], message: "the period ends before it starts: to is before from" })
  .default({});

export const statisticsRouter = {
  summary: allowed({ performs: ["ReadStatistics"] })
    .input(StatisticsInput)
    .query(async ({ ctx, input }) => {
      const party = ctx.user.party;
      const directory = await loadDirectory(ctx.db);
      // A scoped caller who names nothing gets its own scope.
      const filter = {
        ...input,
        ...(party.kind === "LEA" && input.ori === undefined ? { ori: party.ori } : {}),
        ...(party.kind === "SIB" && input.state === undefined && input.ori === undefined ? { state: party.state } : {}),
      };
      const state = filter.state ?? (filter.ori === undefined ? undefined : directory.agency(filter.ori)?.state);
      const areaStates =
        party.kind === "ICE-FIELD-OFFICE" && state === undefined ? (directory.fieldOffice(party.office)?.states ?? []) : undefined;
      const office = state === undefined ? (party.kind === "ICE-FIELD-OFFICE" ? party.office : undefined) : directory.fieldOfficeFor(state)?.id;
      const target: ActionTarget = {
        ...(state === undefined ? {} : { state }),
        ...(filter.ori === undefined ? {} : { ori: filter.ori }),
        ...(office === undefined ? {} : { fieldOffice: office }),
      };
      requirePermission(party, "ReadStatistics", target);
      const rows = await ctx.db
        .select({ snapshot: bookings.snapshot })
        .from(bookings)
        .where(
          and(
            filter.state === undefined ? undefined : eq(bookings.state, filter.state),
            areaStates === undefined ? undefined : inArray(bookings.state, areaStates),
            filter.ori === undefined ? undefined : eq(bookings.ori, filter.ori),
            filter.from === undefined ? undefined : gte(bookings.bookedAt, new Date(filter.from)),
            filter.to === undefined ? undefined : lt(bookings.bookedAt, new Date(filter.to)),
          ),
        );
      // Snapshots are the decider's state, written by flow/read-models.ts.
      return computeStatistics(
        rows.map((r) => r.snapshot as ActiveBooking),
        filter,
      );
    }),
} satisfies TRPCRouterRecord;
