// The synthetic workload, pure: how many bookings each state gets, and every
// fact of booking k of a state (when, which agency, which subject, the
// charges, and the later answers: IAFIS and LESC times, LESC's outcome, a
// detainer, the adjudication and the end of local custody), each drawn from
// (seed, state, k). Nothing is held: a booking is made when it is consumed,
// so memory stays flat however many there are.
import type { Conviction, IdentEncounterKind, StatusDeterminationOutcome } from "@sc/core";
import type { Duration, LevelKey, Profile, ProfileState } from "./profile";
import { normal, pick, unit } from "./random";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface RunParameters {
  readonly bookings: number;
  readonly days: number;
  readonly seed: number;
  /** Only these states (all of the profile's when absent). */
  readonly states?: readonly string[];
}

export interface Plan {
  readonly profile: Profile;
  readonly parameters: RunParameters;
  /** Bookings per state, in the profile's order of states; a state with none is left out. */
  readonly counts: ReadonlyMap<string, number>;
}

/** Splits N over the chosen states by volume (largest remainder, ties by the profile's order). */
export function planRun(profile: Profile, parameters: RunParameters): Plan {
  const chosen = parameters.states === undefined ? profile.states : profile.states.filter((s) => parameters.states?.includes(s.code));
  const unknown = (parameters.states ?? []).filter((code) => !profile.states.some((s) => s.code === code));
  if (unknown.length > 0) throw new RangeError(`--states: ${unknown.join(", ")} not in the profile's states`);
  const total = chosen.reduce((sum, s) => sum + s.volume, 0);
  const exact = chosen.map((s) => (parameters.bookings * s.volume) / total);
  const counts = exact.map(Math.floor);
  let left = parameters.bookings - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const map = new Map<string, number>();
  chosen.forEach((s, i) => {
    const n = counts[i] ?? 0;
    if (n > 0) map.set(s.code, n);
  });
  return { profile, parameters, counts: map };
}

/** States split over K workers, largest first to the least loaded (deterministic). */
export function shardStates(plan: Plan, workers: number): string[][] {
  const shards = Array.from({ length: workers }, () => ({ states: [] as string[], load: 0 }));
  const bySize = [...plan.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [state, n] of bySize) {
    const target = shards.reduce((min, s) => (s.load < min.load ? s : min));
    target.states.push(state);
    target.load += n;
  }
  return shards.map((s) => s.states).filter((s) => s.length > 0);
}

/** A subject the world holds before their first booking: prints, maybe an IAFIS record, maybe an IDENT encounter. */
export interface SimSubject {
  readonly templateId: string;
  readonly record: { readonly fbiNumber: string; readonly convictions: readonly Conviction[] } | null;
  readonly encounter: { readonly encounterId: string; readonly kind: IdentEncounterKind } | null;
}

export interface SimBooking {
  readonly state: string;
  readonly index: number;
  readonly bookingId: string;
  readonly ori: string;
  readonly templateId: string;
  readonly bookedAtMs: number;
  readonly charges: readonly string[];
  /** Present on the subject's first booking: what the world knows of them beforehand. */
  readonly newSubject: SimSubject | null;
  /** The id the flow's new-FBI-number generator reads (hex: unique per state and index). */
  readonly idHex: string;
  readonly iafisMinutes: number;
  readonly lescMinutes: number;
  readonly outcome: StatusDeterminationOutcome;
  /** Whether ICE lodges a detainer, should LESC find the subject removable. */
  readonly detainer: boolean;
  readonly releasedBeforeAdjudication: boolean;
  readonly convicted: boolean;
  readonly adjudicationMinutes: number;
  readonly sentenceMinutes: number;
}

// Charges and prior convictions by level: NCIC codes whose Appendix A level is that level.
const CHARGE_CODES: Readonly<Record<"1" | "2" | "3", readonly string[]>> = {
  "1": ["1313", "1201", "1101", "0901"], // aggravated assault, robbery, sexual assault, homicide
  "2": ["2299", "2399", "5499", "2699", "3562"], // burglary, larceny, traffic, fraud, drugs (sentence decides, D2)
  "3": ["4101", "3901", "4899", "5501"], // liquor, gambling, obstructing the police, health and safety
};
const PRIOR: Readonly<Record<Exclude<LevelKey, "none">, { code: string; sentenceDays: number }>> = {
  "1": { code: "1201", sentenceDays: 1460 },
  "2": { code: "2399", sentenceDays: 90 },
  "3": { code: "4101", sentenceDays: 10 },
};
const ENCOUNTER_KINDS: readonly IdentEncounterKind[] = ["visa-application", "port-of-entry", "immigration-benefit", "prior-enforcement"];

function ordinal(profile: Profile, state: string): number {
  const i = profile.states.findIndex((s) => s.code === state);
  if (i < 0) throw new RangeError(`state ${state} is not in the profile`);
  return i;
}

/** Eight hex digits unique per (state, index): 6 bits of state, 26 of index (67 million bookings a state). */
function hex8(stateOrdinal: number, index: number): string {
  return (stateOrdinal * 2 ** 26 + index).toString(16).toUpperCase().padStart(8, "0");
}

function draw(d: Duration, z: number): number {
  return d.medianMinutes * Math.exp(d.sigma * z);
}

/** The booking whose subject booking k is: k itself for a new subject, else an earlier booking's subject (a re-arrest). */
export function subjectRoot(seed: number, profile: Profile, state: string, k: number): number {
  let i = k;
  while (i > 0 && unit(seed, state, i, "rearrest") < profile.rearrestRate) i = Math.floor(unit(seed, state, i, "earlier") * i);
  return i;
}

function newSubject(seed: number, profile: Profile, s: ProfileState, ord: number, root: number): SimSubject {
  const templateId = `T-${s.code}-${root}`;
  const matched = unit(seed, s.code, root, "ident") < profile.identMatchRate;
  const encounter = matched ? { encounterId: `E-${s.code}-${root}`, kind: ENCOUNTER_KINDS[Math.floor(unit(seed, s.code, root, "kind") * 4)] ?? "visa-application" } : null;
  const hasRecord = matched || unit(seed, s.code, root, "record") < profile.priorRecordRate;
  const level = pick(profile.levelMix, unit(seed, s.code, root, "level"));
  const record =
    !hasRecord || (matched && level === "none")
      ? null
      : {
          fbiNumber: `P${hex8(ord, root)}`,
          convictions:
            level === "none" ? [] : [{ ncicCode: PRIOR[level].code, date: new Date(Date.parse(profile.start) - 730 * DAY_MS).toISOString(), sentenceDays: PRIOR[level].sentenceDays }],
        };
  return { templateId, record, encounter };
}

/** Booking k of a state, drawn from (seed, state, k) alone. */
export function simBooking(plan: Plan, state: string, k: number): SimBooking {
  const { profile } = plan;
  const seed = plan.parameters.seed;
  const ord = ordinal(profile, state);
  const s = profile.states[ord] as ProfileState;
  const n = plan.counts.get(state) ?? 0;
  const u = (salt: string) => unit(seed, state, k, salt);
  const z = (salt: string) => normal(seed, state, k, salt);
  const root = subjectRoot(seed, profile, state, k);
  const agency = 1 + Math.floor(u("agency") * profile.agenciesPerState);
  const chargeLevel = pick(profile.chargeLevelMix, u("charge-level"));
  const codes = CHARGE_CODES[chargeLevel];
  const removable = profile.lescOutcomes.removable ?? 0;
  const weightSum = Object.values(profile.lescOutcomes).reduce((a: number, b) => a + (b ?? 0), 0);
  const removableShare = weightSum > 0 ? removable / weightSum : 0;
  return {
    state,
    index: k,
    bookingId: `SIM-${state}-${k}`,
    ori: `${state}${String(agency).padStart(3, "0")}0000`,
    templateId: `T-${state}-${root}`,
    // Spread over the days in index order, each in its own slot, so a state's bookings come in index order.
    bookedAtMs: Date.parse(profile.start) + Math.floor((plan.parameters.days * DAY_MS * (k + u("slot"))) / n),
    charges: [codes[Math.floor(u("charge") * codes.length)] ?? "2399"],
    newSubject: root === k ? newSubject(seed, profile, s, ord, root) : null,
    idHex: hex8(ord, k),
    iafisMinutes: draw(profile.iafisAnswer, z("iafis")),
    lescMinutes: draw(profile.lescAnswer, z("lesc")),
    outcome: pick(profile.lescOutcomes, u("outcome")),
    // Detainers are a share of matches, lodged on removable subjects: the share among those.
    detainer: removableShare > 0 && u("detainer") < Math.min(1, profile.detainerRate / removableShare),
    releasedBeforeAdjudication: u("released") < profile.releasedBeforeAdjudication,
    convicted: u("convicted") < profile.convictionRate,
    adjudicationMinutes: draw(profile.timeToAdjudication, z("adjudication")),
    sentenceMinutes: draw(profile.sentence, z("sentence")),
  };
}

/** The bookings of a state from index `from` on, made as they are consumed. */
export function* stateBookings(plan: Plan, state: string, from: number): Generator<SimBooking> {
  const n = plan.counts.get(state) ?? 0;
  for (let k = from; k < n; k++) yield simBooking(plan, state, k);
}

export const minutes = (m: number): number => Math.max(1, Math.round(m * MINUTE_MS));
