// MOA VIII: a termination takes effect 30 days after the notice is received.
// What a banner and a desk show is the days left until then, counted from
// the instant asked about; a part of a day counts as a day (on the last day
// the MOA is still in effect until the effective instant).
import { toMillis, type Instant } from "../shared/time";
import type { MoaState } from "./state";

const DAY_MS = 86_400_000;

/** Whole or part days from `now` until the received termination takes effect; null without one, 0 once it has. */
export function terminationDaysLeft(state: MoaState, now: Instant): number | null {
  const termination = state.termination;
  if (termination === undefined || toMillis(termination.receivedAt) > toMillis(now)) return null;
  return Math.max(0, Math.ceil((toMillis(termination.effectiveAt) - toMillis(now)) / DAY_MS));
}
