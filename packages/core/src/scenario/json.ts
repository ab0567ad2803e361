// The JSON form of a scenario's result (`sc scenario --json`, documented in
// the README's "Output"): the ScenarioResult, with each booking's trace in its
// `booking` beside the state. The state keeps no trace; it is read off the
// booking's events (traceOf), so the form is made here, once, for any printer.
import { traceOf } from "../flow/trace";
import type { BookingReport, ScenarioResult } from "./runner";

function bookingJson(report: BookingReport): unknown {
  const state = report.booking;
  if (state.status === "not-booked") return state;
  const { status, booking, ...rest } = state;
  return { status, booking, trace: traceOf(report.events), ...rest };
}

/** `events`: keep each booking's events too (`--events`). */
export function scenarioResultJson(result: ScenarioResult, options: { readonly events: boolean }): unknown {
  return {
    ...result,
    bookings: result.bookings.map((b) => {
      const booking = bookingJson(b);
      return options.events ? { ...b, booking } : { bookingId: b.bookingId, subject: b.subject, booking, responseTimes: b.responseTimes };
    }),
  };
}
