// sib: the State Identification Bureau's queue and its two steps (MOA IV.A
// forward the CAR, or a CPI in an NFF state for a later booking; MOA IV.B
// relay the response, or hold it without the technical capability). Both run
// by themselves where they can (flow/automation.ts); here the SIB acts on
// what waits for it.
import { nextTcn } from "@sc/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { auditRead } from "../command";
import { BookingRef, QueueInput } from "../flow/inputs";
import { queueOf, withoutSnapshot } from "../flow/queue";
import { runBookingStep } from "../flow/step";
import { allowed } from "../trpc";
import { partyScope } from "./bookings";

/** One of the SIB's two steps on a booking waiting for it. */
function sibStep(type: "ForwardToCjis" | "RelayResponse", path: string) {
  return allowed({ performs: [type] })
    .input(BookingRef)
    .mutation(({ ctx, input }) =>
      runBookingStep(ctx, {
        path,
        action: type,
        request: input,
        command: (state, now) => ({ type, bookingId: input.bookingId, now, by: ctx.user.party, tcn: nextTcn(state, input.bookingId), receivedAt: now }),
      }),
    );
}

export const sibRouter = {
  /** Bookings of the SIB's state waiting for it: CARs to forward, responses to relay, responses held. */
  // DOMAIN D12: core grants ReadSibQueue to the SIB (own state) and to auditors (every state).
  queue: allowed({ performs: ["ReadSibQueue"] })
    .input(QueueInput)
    .query(async ({ ctx, input }) => {
      const party = ctx.user.party;
      const rows = await queueOf(ctx.db, party, ["car-at-sib", "response-at-sib", "held-at-sib"], partyScope(party), input);
      await auditRead(ctx, "sib.queue", { type: "booking-list", id: `${rows.length} bookings` });
      const pick = (status: string) => rows.filter((r) => r.snapshot.status === status);
      return {
        awaitingForward: pick("car-at-sib").map(withoutSnapshot),
        awaitingRelay: pick("response-at-sib").map((r) => ({ ...withoutSnapshot(r), response: r.snapshot.response?.type ?? null })),
        // MOA IV.B: held for want of the technical capability to relay, with core's reason.
        held: pick("held-at-sib").map((r) => ({ ...withoutSnapshot(r), response: r.snapshot.response?.type ?? null, reason: r.snapshot.heldAtSib?.reason ?? null })),
      };
    }),

  /** MOA IV.A: send the booking on to CJIS (core decides CAR or CPI). */
  forward: sibStep("ForwardToCjis", "sib.forward"),

  /** MOA IV.B: relay the IDR/IAR or no match IDR to the LEA; without the capability, core records it held. */
  relay: sibStep("RelayResponse", "sib.relay"),
} satisfies TRPCRouterRecord;
