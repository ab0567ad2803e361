// oversight: the profiling rule (MOA VIII), for the SC Program Office and auditors
// (core's ReadProfilingOversight). Per LEA, the share of its IDENT-matched bookings
// whose most severe charge is Level 3 or a traffic offense, beside its state's, over a
// period, flagged past a margin by core's assessProfilingOversight. It informs; it
// suspends no one (suspending an LEA is moa's SuspendLea, with a written reason).
import { assessProfilingOversight, DEFAULT_MARGIN_POINTS, DEFAULT_MINIMUM_MATCHED, Instant, periodEndsBeforeItStarts, ProfilingOversightOptions, StateCode } from "@sc/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { requirePermission } from "../flow/access";
import { loadDirectory } from "../flow/environment";
import { agencyMatchCounts } from "../flow/statistics-queries";
import { allowed } from "../trpc";

const OversightInput = z
  .strictObject({
    from: Instant.optional(),
    to: Instant.optional(),
    state: StateCode.optional(),
    ...ProfilingOversightOptions.shape,
  })
  .refine((f) => !periodEndsBeforeItStarts(f), { path: ["to"], message: "the period ends before it starts: to is before from" })
  .default({ marginPoints: DEFAULT_MARGIN_POINTS, minimumMatched: DEFAULT_MINIMUM_MATCHED });

export const oversightRouter = {
  profiling: allowed({ performs: ["ReadProfilingOversight"] })
    .input(OversightInput)
    .query(async ({ ctx, input }) => {
      requirePermission(ctx.user.party, "ReadProfilingOversight");
      const { marginPoints, minimumMatched, ...rest } = input;
      const filter = {
        ...(rest.from === undefined ? {} : { from: rest.from }),
        ...(rest.to === undefined ? {} : { to: rest.to }),
        ...(rest.state === undefined ? {} : { state: rest.state }),
      };
      const [directory, counts] = await Promise.all([loadDirectory(ctx.db), agencyMatchCounts(ctx.db, { filter })]);
      const result = assessProfilingOversight(counts, { marginPoints, minimumMatched });
      return {
        ...result,
        filter,
        agencies: result.agencies.map((a) => ({ ...a, agency: directory.agency(a.ori)?.name ?? null })),
      };
    }),
} satisfies TRPCRouterRecord;
