// Oversight of the profiling rule (MOA VIII: "Use of IDENT/IAFIS for the purposes
// of racial and/or ethnic profiling ... is not permitted and may result in the
// suspension of the local jurisdiction engaged in the improper activity").
// The data model holds no race or ethnicity, so the oversight looks for the
// pattern researchers used to spot pretextual arrests: an LEA whose IDENT-matched
// bookings are much more often for minor offenses than its state's are.
// It informs a person (an auditor, the SC Program Office); it never suspends an
// LEA by itself: suspending one is the program office's SuspendLea, with a
// written reason.
//
// Decisions (the MOA is silent on how to measure this):
// - A booking is "minor" when its most severe charge is Level 3 or a traffic
//   offense. A traffic offense is what Appendix A files under "Traffic Offenses"
//   (NCIC 5402-5499: driving under the influence, the traffic catch-all 5499, ...),
//   a Level 2 entry; Hit and Run (5401) is Appendix A's own Level 1 entry, not a
//   traffic offense here. So a booking is minor when it has a classified charge
//   and no charge graver than that: none at Level 1, none pending a sentence
//   (a drug charge, D2: it may be Level 1), no Level 2 charge but traffic ones.
//   Charges that name no offense (D8) or are malformed (D4) are left out; a
//   booking with nothing else is not minor (nothing says what it was for).
// - Only IDENT-matched bookings count (the program's consequences follow a match).
// - The state's share is over every matched booking of the state in the period,
//   the LEA's own included (the figure a reader compares with is the state's).
// - Flagged: at least `minimumMatched` matched bookings (default 10: below that a
//   share says little) and a share more than `marginPoints` percentage points
//   above the state's (default 20).
import { z } from "zod";
import { classify } from "../classification/classify";
import type { Classification } from "../classification/types";
import type { BookingState } from "../flow/state";
import { Ori, StateCode } from "../reference/parties";
import { compareInstants } from "../shared/time";
import type { ProgramStatisticsFilter } from "../statistics/statistics";

/** The Appendix A rule whose codes are traffic offenses here (Level 2, NCIC 5402-5499). */
export const TRAFFIC_OFFENSES_RULE_ID = "L2-traffic-offenses";

/** A traffic offense: a code Appendix A classifies by its "Traffic Offenses" entry. */
export function isTrafficOffense(classification: Classification): boolean {
  return classification.rule?.id === TRAFFIC_OFFENSES_RULE_ID;
}

/** Whether a booking's most severe charge is Level 3 or a traffic offense (see the decisions above). */
export function mostSevereChargeIsMinor(charges: readonly string[]): boolean {
  let counted = false;
  for (const code of charges) {
    const c = classify(code, null);
    if (c.status === "unclassifiable" || c.status === "invalid") continue;
    if (c.status === "pending-sentence" || c.level === 1) return false;
    if (c.level === 2 && !isTrafficOffense(c)) return false;
    counted = true;
  }
  return counted;
}

export const DEFAULT_MARGIN_POINTS = 20;
export const DEFAULT_MINIMUM_MATCHED = 10;

export const ProfilingOversightOptions = z.object({
  marginPoints: z.number().min(0, "the margin is 0 to 100 percentage points").max(100, "the margin is 0 to 100 percentage points").default(DEFAULT_MARGIN_POINTS),
  minimumMatched: z.number().int("the minimum is a whole number of bookings").min(1, "the minimum is at least 1 matched booking").max(1_000_000).default(DEFAULT_MINIMUM_MATCHED),
});
export type ProfilingOversightOptions = z.infer<typeof ProfilingOversightOptions>;

/** One LEA's IDENT-matched bookings over the period, and how many of them were minor. */
export interface AgencyMatchCounts {
  readonly ori: Ori;
  readonly state: StateCode;
  readonly matched: number;
  readonly minor: number;
}

export const AgencyOversight = z.object({
  ori: Ori,
  state: StateCode,
  matched: z.number().int(),
  minor: z.number().int(),
  /** minor / matched, 0 to 1. */
  share: z.number(),
  stateMatched: z.number().int(),
  stateMinor: z.number().int(),
  stateShare: z.number(),
  /** The LEA's share minus its state's, in percentage points. */
  pointsAboveState: z.number(),
  flagged: z.boolean(),
  /** Why it is or is not flagged, in words. */
  reason: z.string(),
});
export type AgencyOversight = z.infer<typeof AgencyOversight>;

export const ProfilingOversight = z.object({
  options: z.object({ marginPoints: z.number(), minimumMatched: z.number().int() }),
  agencies: z.array(AgencyOversight),
  /** Said wherever the result is shown: a flag informs; suspending is a person's decision. */
  notice: z.string(),
});
export type ProfilingOversight = z.infer<typeof ProfilingOversight>;

export const OVERSIGHT_NOTICE =
  "A flag informs a person; it suspends no one. MOA VIII: an LEA engaged in profiling may be suspended, by the SC Program Office with a written reason.";

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

/**
 * The profiling oversight over each LEA's counts: its share of minor matched
 * bookings beside its state's, flagged past the margin. Agencies in the order
 * a reader works them: flagged first, then by points above the state, then ORI.
 */
export function assessProfilingOversight(counts: readonly AgencyMatchCounts[], options: ProfilingOversightOptions): ProfilingOversight {
  const states = new Map<string, { matched: number; minor: number }>();
  for (const c of counts) {
    const s = states.get(c.state) ?? { matched: 0, minor: 0 };
    states.set(c.state, { matched: s.matched + c.matched, minor: s.minor + c.minor });
  }
  const agencies = counts
    .filter((c) => c.matched > 0)
    .map((c): AgencyOversight => {
      const s = states.get(c.state) ?? { matched: 0, minor: 0 };
      const share = c.minor / c.matched;
      const stateShare = s.matched === 0 ? 0 : s.minor / s.matched;
      // Rounded to a hundredth of a point, so 0.3 - 0.1 is 20 points, not 19.999...
      const pointsAboveState = Math.round((share - stateShare) * 10_000) / 100;
      const enough = c.matched >= options.minimumMatched;
      const past = pointsAboveState > options.marginPoints;
      const flagged = enough && past;
      const reason = !enough
        ? `${c.matched} matched booking${c.matched === 1 ? "" : "s"}, fewer than the ${options.minimumMatched} needed before flagging`
        : past
          ? `${pct(share)} of its matched bookings were for Level 3 or traffic offenses, ${pointsAboveState.toFixed(1)} points above ${c.state}'s ${pct(stateShare)} (margin ${options.marginPoints} points)`
          : `${pct(share)} beside ${c.state}'s ${pct(stateShare)}: within the margin of ${options.marginPoints} points`;
      return { ori: c.ori, state: c.state, matched: c.matched, minor: c.minor, share, stateMatched: s.matched, stateMinor: s.minor, stateShare, pointsAboveState, flagged, reason };
    })
    .sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.pointsAboveState - a.pointsAboveState || a.ori.localeCompare(b.ori));
  return { options: { marginPoints: options.marginPoints, minimumMatched: options.minimumMatched }, agencies, notice: OVERSIGHT_NOTICE };
}

/**
 * Each LEA's counts over bookings already in memory (scenarios, tests): IDENT-matched
 * bookings booked in [from, to), in the state when one is given. The API counts the
 * same in SQL over the bookings' read model.
 */
export function agencyMatchCountsOf(bookings: Iterable<BookingState>, filter: ProgramStatisticsFilter = {}): AgencyMatchCounts[] {
  const byOri = new Map<string, { ori: Ori; state: StateCode; matched: number; minor: number }>();
  for (const b of bookings) {
    if (b.status === "not-booked" || b.identResult?.match !== true) continue;
    const { booking } = b;
    if (filter.state !== undefined && booking.state !== filter.state) continue;
    if (filter.from !== undefined && compareInstants(booking.bookedAt, filter.from) < 0) continue;
    if (filter.to !== undefined && compareInstants(booking.bookedAt, filter.to) >= 0) continue;
    const entry = byOri.get(booking.ori) ?? { ori: booking.ori, state: booking.state, matched: 0, minor: 0 };
    entry.matched++;
    if (mostSevereChargeIsMinor(booking.charges)) entry.minor++;
    byOri.set(booking.ori, entry);
  }
  return [...byOri.values()];
}
