// lesc: ICE LESC answers IAQs with an immigration status determination (MOA
// V.B). Only LESC determines status (MOA III): the procedure's meta names
// core's action, so core's permissions decide who may call it, mayPerform checks it again, and core's decider refuses any
// other party. The joint IDR/IAR then goes to the SIB by itself.
import { BookingId, nextTcn, OUTCOME_LABELS, StatusDeterminationOutcome } from "@sc/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { auditRead } from "../command";
import { QueueInput } from "../flow/inputs";
import { queueOf, withoutSnapshot } from "../flow/queue";
import { lastEventsOfType } from "../flow/streams";
import { runBookingStep } from "../flow/step";
import { partyScope } from "./bookings";
import { NoInput } from "../inputs";
import { allowed } from "../trpc";

const DetermineInput = z.strictObject({ bookingId: BookingId, outcome: StatusDeterminationOutcome });

export const lescRouter = {
  /** The outcomes a status determination may have (MOA V.B), with core's words for each: the form's choices. */
  outcomes: allowed({ performs: ["RecordStatusDetermination"] })
    .input(NoInput)
    .query(() => StatusDeterminationOutcome.options.map((value) => ({ value, label: OUTCOME_LABELS[value] }))),

  /** IAQs waiting for a determination, oldest first, with what the IAQ carried. */
  // DOMAIN D12: core grants ReadLescQueue to LESC and to auditors.
  queue: allowed({ performs: ["ReadLescQueue"] })
    .input(QueueInput)
    .query(async ({ ctx, input }) => {
      const rows = await queueOf(ctx.db, ctx.user.party, ["iaq-sent"], partyScope(ctx.user.party), input);
      await auditRead(ctx, "lesc.queue", { type: "booking-list", id: `${rows.length} bookings` });
      const sent = await lastEventsOfType(ctx.db, rows.map((r) => r.bookingId), "IaqSent");
      return rows.map((r) => ({ ...withoutSnapshot(r), iaq: sent.get(r.bookingId)?.message ?? null }));
    }),

  /** MOA V.B: record the status determination (the IAR back to CJIS). */
  determine: allowed({ performs: ["RecordStatusDetermination"] })
    .input(DetermineInput)
    .mutation(({ ctx, input }) =>
      runBookingStep(ctx, {
        path: "lesc.determine",
        action: "RecordStatusDetermination",
        request: input,
        command: (state, now) => ({
          type: "RecordStatusDetermination",
          bookingId: input.bookingId,
          now,
          by: ctx.user.party,
          tcn: nextTcn(state, input.bookingId),
          receivedAt: now,
          outcome: input.outcome,
        }),
      }),
    ),
} satisfies TRPCRouterRecord;
