// ice: the field office's priority queue and its actions (MOA V, V.C,
// III.B.iii; DOMAIN 3.7). Order: core's priority category (Level 1 priority,
// then the field office's discretion), then the person's level, then the
// oldest determination. A field office sees and acts in its area only.
import { iceStepRefusals, IcePriorityCategory, priorityRank, type ActiveBooking } from "@sc/core";
import { bookings, iceCases } from "@sc/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { and, asc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { auditRead } from "../command";
import { loadDirectory } from "../flow/environment";
import { BookingRef } from "../flow/inputs";
import { runBookingStep } from "../flow/step";
import { allowed } from "../trpc";

const QueueInput = z
  .strictObject({
    /** false (default): only cases ICE acts on (MOA V.C priority and III.B.iii discretion). */
    includeAll: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .default({ includeAll: false, limit: 100 });

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

function iceAction(action: "LodgeDetainer" | "TakeIntoCustody" | "InstituteRemovalProceedings", path: string) {
  return allowed({ performs: [action] })
    .input(BookingRef)
    .mutation(async ({ ctx, input }) => {
      const step = await runBookingStep(ctx, {
        path,
        action,
        request: input,
        command: (_state, now) => ({ type: action, bookingId: input.bookingId, now, by: ctx.user.party }),
      });
      return step.booking;
    });
}

export const iceRouter = {
  /** The priority queue of cases LESC determined, in the caller's area (all areas for the program office and auditors). */
  queue: allowed({ performs: ["ReadIcePriorityQueue"] })
    .input(QueueInput)
    .query(async ({ ctx, input }) => {
      const party = ctx.user.party;
      const rows = await ctx.db
        .select({ case: iceCases, snapshot: bookings.snapshot })
        .from(iceCases)
        .innerJoin(bookings, eq(bookings.id, iceCases.bookingId))
        .where(
          and(
            party.kind === "ICE-FIELD-OFFICE" ? eq(iceCases.fieldOffice, party.office) : undefined,
            input.includeAll ? undefined : lte(iceCases.rank, priorityRank("field-office-discretion")),
          ),
        )
        // Decision: a case whose removal proceedings are instituted has nothing left for
        // the field office to do, so it goes after every case still waiting for a step.
        .orderBy(
          asc(isNotNull(iceCases.removalProceedingsAt)),
          asc(iceCases.rank),
          sql`least(${iceCases.convictionLevel}, ${iceCases.chargeLevel}) asc nulls last`,
          asc(iceCases.determinedAt),
          asc(iceCases.bookingId),
        )
        .limit(input.limit);
      await auditRead(ctx, "ice.queue", { type: "booking-list", id: `${rows.length} cases` });
      const directory = await loadDirectory(ctx.db, ctx.db);
      const now = ctx.clock.now().toISOString();
      return rows.map(({ case: r, snapshot }) => {
        // The decider's state, written by flow/read-models.ts.
        const state = snapshot as ActiveBooking;
        return {
          bookingId: r.bookingId,
          fieldOffice: r.fieldOffice,
          state: r.state,
          ori: r.ori,
          outcome: r.outcome,
          category: IcePriorityCategory.parse(r.category),
          /** Core's explanation of the priority: the levels, the rule, D1/D2 notes. */
          summary: state.priority?.summary ?? [],
          convictionLevel: r.convictionLevel,
          chargeLevel: r.chargeLevel,
          determinedAt: r.determinedAt.toISOString(),
          detainerAt: iso(r.detainerAt),
          localCustodyEndedAt: iso(r.localCustodyEndedAt),
          custodyAt: iso(r.custodyAt),
          removalProceedingsAt: iso(r.removalProceedingsAt),
          /** Why core would refuse each step now (null: it may be taken), for the caller. */
          refusals: iceStepRefusals(state, party, now, directory),
        };
      });
    }),

  /** MOA V, III.B.iii: lodge a detainer (core refuses when LESC did not find the subject removable). */
  lodgeDetainer: iceAction("LodgeDetainer", "ice.lodgeDetainer"),
  /** MOA V.C: take into custody, once local custody ended (and a current Level 1 charge is adjudicated). */
  takeIntoCustody: iceAction("TakeIntoCustody", "ice.takeIntoCustody"),
  /** MOA V.C: institute removal proceedings, as necessary. */
  instituteRemovalProceedings: iceAction("InstituteRemovalProceedings", "ice.instituteRemovalProceedings"),
} satisfies TRPCRouterRecord;
