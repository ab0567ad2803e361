// A party's step on an existing booking (the SIB's forward and relay, LESC's
// determination, the LEA's inputs, ICE's actions): the booking must be visible
// to the caller, core must allow the action on it, and the command with the
// automatic steps after it commits as one command (runCommand).
import type { Action, BookingState, FlowCommand } from "@sc/core";
import { runCommand } from "../command";
import type { InnerContext } from "../context";
import type { SignedInUser } from "../trpc";
import { requirePermission, requireVisibleBooking, targetOf } from "./access";
import { runFlow, type FlowRun } from "./run";
import { bookingView, type BookingView } from "./view";

export interface BookingStep {
  /** The procedure path, for the audit log: "sib.forward". */
  readonly path: string;
  /** Core's name for what the caller does (authorisation.ACTIONS). */
  readonly action: Action;
  readonly request: { readonly bookingId: string };
  readonly command: (state: BookingState, now: string) => FlowCommand;
}

export interface BookingStepResult {
  readonly booking: BookingView;
  /** An automatic step after the caller's that core refused: the chain stopped there. */
  readonly stopped: FlowRun["stopped"];
}

export async function runBookingStep(ctx: InnerContext & { user: SignedInUser }, step: BookingStep): Promise<BookingStepResult> {
  const { bookingId } = step.request;
  const row = await requireVisibleBooking(ctx, bookingId, step.path);
  return runCommand(ctx, {
    action: step.path,
    request: step.request,
    execute: async (tx) => {
      requirePermission(ctx.user.party, step.action, targetOf(row));
      const run = await runFlow(ctx, tx, bookingId, step.command);
      return {
        result: { booking: bookingView(ctx.user.party, run.state, run.history, row.fieldOffice), stopped: run.stopped },
        object: { type: "booking", id: bookingId },
      };
    },
  });
}
