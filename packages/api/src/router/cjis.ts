// cjis: FBI CJIS's part (MOA IV.A, IV.B, V.A, V.B). Its steps are machine
// steps and run by themselves inside the command that reaches CJIS
// (flow/automation.ts); `process` runs whatever CJIS step a booking waits at
// (for a chain that stopped, or a booking that arrived by another path):
// IAFIS, the IDENT search (DOMAIN D7 gate: programActiveFor), the no match
// IDR, the IAQ to LESC, or the joint IDR/IAR to the SIB.
import { nextTcn, type Action, type ActiveBooking, type BookingState, type FlowCommand, type Party } from "@sc/core";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { auditRead, runCommand } from "../command";
import { requirePermission, requireVisibleBooking, targetOf } from "../flow/access";
import { BookingRef, QueueInput } from "../flow/inputs";
import { queueOf, withoutSnapshot } from "../flow/queue";
import { runFlow } from "../flow/run";
import { bookingView } from "../flow/view";
import { partyScope } from "./bookings";
import { allowed } from "../trpc";

const CJIS_ACTIONS: Action[] = ["RunIafisSearch", "SearchIdent", "SendNoMatchIdr", "SendIaq", "SendIdrIar"];

/** The CJIS step a booking waits at, or null. */
function cjisStep(s: ActiveBooking): Action | null {
  switch (s.status) {
    case "at-cjis":
      return s.sre === null ? "RunIafisSearch" : "SearchIdent";
    case "ident-answered":
      return s.identResult?.match === true ? "SendIaq" : "SendNoMatchIdr";
    case "determined":
      return "SendIdrIar";
    default:
      return null;
  }
}

function commandFor(action: Action, state: BookingState, bookingId: string, now: string, by: Party, newFbiNumber: string): FlowCommand {
  const sending = { bookingId, now, by, tcn: nextTcn(state, bookingId), receivedAt: now };
  switch (action) {
    case "RunIafisSearch":
      return { ...sending, type: "RunIafisSearch", newFbiNumber };
    case "SearchIdent":
      return { ...sending, type: "SearchIdent" };
    case "SendNoMatchIdr":
      return { ...sending, type: "SendNoMatchIdr" };
    case "SendIaq":
      return { ...sending, type: "SendIaq" };
    default:
      return { ...sending, type: "SendIdrIar" };
  }
}

export const cjisRouter = {
  /** Bookings at CJIS waiting for one of its steps. */
  // DOMAIN D12: core grants ReadCjisQueue to CJIS and to auditors.
  queue: allowed({ performs: ["ReadCjisQueue"] })
    .input(QueueInput)
    .query(async ({ ctx, input }) => {
      const rows = await queueOf(ctx.db, ctx.user.party, ["at-cjis", "ident-answered", "determined"], partyScope(ctx.user.party), input);
      await auditRead(ctx, "cjis.queue", { type: "booking-list", id: `${rows.length} bookings` });
      return rows.map((r) => ({ ...withoutSnapshot(r), step: cjisStep(r.snapshot) }));
    }),

  /** Run the CJIS step the booking waits at, then the automatic steps after it. */
  process: allowed({ performs: CJIS_ACTIONS })
    .input(BookingRef)
    .mutation(async ({ ctx, input }) => {
      const row = await requireVisibleBooking(ctx, input.bookingId, "cjis.process");
      return runCommand(ctx, {
        action: "cjis.process",
        request: input,
        execute: async (tx) => {
          const run = await runFlow(ctx, tx, input.bookingId, (state, now) => {
            const step = state.status === "not-booked" ? null : cjisStep(state);
            if (step === null) throw new TRPCError({ code: "CONFLICT", message: `bookingId: booking ${input.bookingId} is ${state.status}: no CJIS step waits` });
            requirePermission(ctx.user.party, step, targetOf(row));
            return commandFor(step, state, input.bookingId, now, ctx.user.party, `N${ctx.newId().replace(/-/g, "").slice(0, 8).toUpperCase()}`);
          });
          return { result: { booking: bookingView(ctx.user.party, run.state, run.history, row.fieldOffice), stopped: run.stopped }, object: { type: "booking", id: input.bookingId } };
        },
      });
    }),
} satisfies TRPCRouterRecord;
