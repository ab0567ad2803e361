// moaStatusAt(state, now): what holds for the MOA at an instant. A function of
// the recorded events and `now` only: a termination whose date has passed is
// terminated even if nothing was recorded since (no timers, STYLE.md).
import type { Instant } from "../shared/time";
import { compareInstants } from "../shared/time";
import type { MoaSide } from "./moa-party";
import type { MoaState, SuspensionPeriod, Termination } from "./state";

export type MoaStatusAt =
  /** MOA VI: effective only upon signing by both parties. */
  | { readonly status: "unsigned"; readonly signedBy: readonly MoaSide[] }
  | { readonly status: "in-effect"; readonly since: Instant }
  /** MOA VIII: activities suspended; `termination` is set when a termination is also pending. */
  | {
      readonly status: "suspended";
      readonly since: Instant;
      readonly suspensions: readonly SuspensionPeriod[];
      readonly termination?: Termination;
    }
  /** MOA VIII: notice received, the MOA stays in effect until `termination.effectiveAt`. */
  | { readonly status: "termination-pending"; readonly since: Instant; readonly termination: Termination }
  | { readonly status: "terminated"; readonly since: Instant; readonly termination: Termination };

export type MoaStatusName = MoaStatusAt["status"];

const atOrBefore = (a: Instant, b: Instant): boolean => compareInstants(a, b) <= 0;

/** The suspensions in force at `now`: received at or before it and not resumed by then. */
export function suspensionsAt(state: MoaState, now: Instant): readonly SuspensionPeriod[] {
  return state.suspensions.filter(
    (s) => atOrBefore(s.since, now) && (s.resumedAt === undefined || compareInstants(now, s.resumedAt) < 0),
  );
}

export function moaStatusAt(state: MoaState, now: Instant): MoaStatusAt {
  if (state.status === "unsigned" || compareInstants(now, state.effectiveAt) < 0) {
    const signedBy = (["ICE", "SIB"] as const).filter((side) => {
      const signature = state.signatures[side];
      return signature !== undefined && atOrBefore(signature.signedAt, now);
    });
    return { status: "unsigned", signedBy };
  }
  const termination = state.termination;
  if (termination !== undefined && atOrBefore(termination.effectiveAt, now)) {
    return { status: "terminated", since: termination.effectiveAt, termination };
  }
  const pending = termination !== undefined && atOrBefore(termination.receivedAt, now) ? termination : undefined;
  const suspensions = suspensionsAt(state, now);
  const first = suspensions[0];
  if (first !== undefined) {
    const since = suspensions.reduce((earliest, s) => (compareInstants(s.since, earliest) < 0 ? s.since : earliest), first.since);
    return pending === undefined
      ? { status: "suspended", since, suspensions }
      : { status: "suspended", since, suspensions, termination: pending };
  }
  if (pending !== undefined) return { status: "termination-pending", since: pending.receivedAt, termination: pending };
  return { status: "in-effect", since: state.effectiveAt };
}

/** MOA VI and VIII: in effect means signed by both and not terminated; a pending termination is still in effect. */
export function isInEffect(status: MoaStatusAt): boolean {
  return status.status === "in-effect" || status.status === "termination-pending" || status.status === "suspended";
}

/** Whether activities under the MOA run (in effect and not suspended): what DOMAIN D7 asks. */
export function activitiesRun(status: MoaStatusAt): boolean {
  return status.status === "in-effect" || status.status === "termination-pending";
}
