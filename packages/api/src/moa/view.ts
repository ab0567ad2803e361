// What the API answers about an MOA: the recorded facts plus what holds now
// (core's moaStatusAt: a termination whose date has passed reads terminated
// with nothing recorded since). Every value is JSON already (instants are ISO).
import { moaStatusAt, suspensionsAt, terminationDaysLeft, type Instant, type LeaStanding, type MoaState } from "@sc/core";

export function moaView(moa: MoaState, now: Instant, leaStandings: readonly LeaStanding[] = []) {
  const status = moaStatusAt(moa, now);
  return {
    moaId: moa.moaId,
    state: moa.state,
    /** What holds at `asOf` (MOA VI, VIII). */
    status,
    asOf: now,
    /** MOA VI: effective upon signing by both parties. */
    signatures: moa.signatures,
    effectiveAt: moa.status === "unsigned" ? null : moa.effectiveAt,
    /** MOA VIII: the date a received termination notice takes effect (receipt + 30 days). */
    pendingTerminationAt: moa.termination?.effectiveAt ?? null,
    /** MOA VIII: days left until a received termination takes effect (null: none received). */
    terminationDaysLeft: terminationDaysLeft(moa, now),
    termination: moa.termination ?? null,
    suspensions: moa.suspensions,
    suspensionsInForce: suspensionsAt(moa, now),
    notices: moa.notices,
    modifications: Object.values(moa.modifications),
    pointsOfContact: moa.pointsOfContact,
    disputes: Object.values(moa.disputes),
    releases: moa.releases,
    /** MOA VIII: LEAs of the state suspended for profiling (those the caller may see). */
    leaStandings,
  };
}

export function moaSummary(moa: MoaState, now: Instant) {
  const status = moaStatusAt(moa, now);
  return {
    state: moa.state,
    moaId: moa.moaId,
    status: status.status,
    since: "since" in status ? status.since : null,
    pendingTerminationAt: moa.termination?.effectiveAt ?? null,
    terminationDaysLeft: terminationDaysLeft(moa, now),
  };
}
