// A simulation profile: the world (states, their SIBs, agencies, field
// offices) and the workload's figures (match rate, level mix, LESC outcomes,
// sentences, answer times), plus a timeline of what-if events. Every figure
// carries where it comes from in `sources` (a published figure, or
// "assumption"). A profile may extend another file and override its fields.
import { FieldOfficeId, Instant, Ori, StateCode, StatusDeterminationOutcome } from "@sc/core";
import { z } from "zod";

const Share = z.number().min(0, "a share is between 0 and 1").max(1, "a share is between 0 and 1");

/** A share of each kind; they need not sum to 1 (they are weights), but at least one is above 0. */
const Weights = <K extends string>(keys: readonly [K, ...K[]]) =>
  z
    .record(z.enum(keys), z.number().min(0, "a weight is 0 or more"))
    .refine((w) => Object.values(w).some((v) => typeof v === "number" && v > 0), { message: "at least one weight is above 0" });

/** A duration drawn from a log-normal distribution: its median and the spread of its logarithm. */
export const Duration = z.strictObject({
  medianMinutes: z.number().positive("a median duration is above 0 minutes"),
  /** The standard deviation of ln(duration): 0 makes every draw the median. */
  sigma: z.number().min(0).max(3),
});
export type Duration = z.infer<typeof Duration>;

export const ProfileState = z.strictObject({
  code: StateCode,
  name: z.string().min(1),
  /** Relative booking volume (a weight: the default uses the state's 2010 population in thousands). */
  volume: z.number().positive("a state's volume is above 0"),
  /** MOA IV.A: an NFF state sends a CPI, not prints, for a subject it has on file. */
  nff: z.boolean(),
  /** MOA IV.B: whether the SIB can relay responses to its LEAs. */
  relayCapable: z.boolean(),
  fieldOffice: FieldOfficeId,
});
export type ProfileState = z.infer<typeof ProfileState>;

const day = z.number().int().min(0, "a timeline day is 0 or later");

/** What-if events, on a day of the run (0 is the first day), each in the MOA's terms. */
export const TimelineEvent = z.discriminatedUnion("kind", [
  /** MOA VIII: temporary suspension, effective on receipt, by either party. */
  z.strictObject({ kind: z.literal("moa-suspended"), day, state: StateCode, by: z.enum(["SIB", "ICE"]) }),
  /** MOA VIII: the suspending party resumes. */
  z.strictObject({ kind: z.literal("moa-resumed"), day, state: StateCode, by: z.enum(["SIB", "ICE"]) }),
  /** MOA VIII: written notice of termination, effective 30 days after receipt. */
  z.strictObject({ kind: z.literal("termination-notice"), day, state: StateCode, by: z.enum(["SIB", "ICE"]) }),
  /** MOA VIII (profiling): ICE suspends one LEA. */
  z.strictObject({ kind: z.literal("lea-suspended"), day, ori: Ori, reason: z.string().min(1) }),
  /** MOA IV.B: the SIB loses its technical capability to relay responses. */
  z.strictObject({ kind: z.literal("relay-lost"), day, state: StateCode }),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const LEVELS = ["1", "2", "3", "none"] as const;
export type LevelKey = (typeof LEVELS)[number];

export const Profile = z
  .strictObject({
    name: z.string().min(1),
    /** The first instant of day 0 (UTC). */
    start: Instant,
    states: z.array(ProfileState).min(1, "a profile has at least one state"),
    fieldOffices: z.array(z.strictObject({ id: FieldOfficeId, name: z.string().min(1) })).min(1),
    /** Agencies (ORIs XX0010000, XX0020000, ...) per state. */
    agenciesPerState: z.number().int().min(1).max(999),
    /** A booking is of a subject booked before in the same state (a re-arrest). */
    rearrestRate: Share,
    /** A new subject has an IDENT encounter, so their searches match. */
    identMatchRate: Share,
    /** A new subject without an IDENT encounter has an IAFIS record. */
    priorRecordRate: Share,
    /** The level of a matched subject's prior convictions ("none": no record). */
    levelMix: Weights(LEVELS),
    /** The level of a booking's charge. */
    chargeLevelMix: Weights(["1", "2", "3"] as const),
    lescOutcomes: Weights(StatusDeterminationOutcome.options as [StatusDeterminationOutcome, ...StatusDeterminationOutcome[]]),
    /** Detainers as a share of IDENT matches (lodged on removable subjects only). */
    detainerRate: Share,
    /** Released from local custody (e.g. on bail) before the charges are adjudicated. */
    releasedBeforeAdjudication: Share,
    /** The charges end in a conviction (else they are dismissed). */
    convictionRate: Share,
    timeToAdjudication: Duration,
    sentence: Duration,
    iafisAnswer: Duration,
    lescAnswer: Duration,
    timeline: z.array(TimelineEvent),
    /** Where each figure comes from: a published figure's source, or "assumption". */
    sources: z.record(z.string(), z.string().min(1)),
  })
  .superRefine((p, ctx) => {
    const codes = new Set<string>();
    p.states.forEach((s, i) => {
      if (codes.has(s.code)) ctx.addIssue({ code: "custom", path: ["states", i, "code"], message: `state ${s.code} is listed twice` });
      codes.add(s.code);
      if (!p.fieldOffices.some((o) => o.id === s.fieldOffice)) {
        ctx.addIssue({ code: "custom", path: ["states", i, "fieldOffice"], message: `field office ${s.fieldOffice} is not in fieldOffices` });
      }
    });
    p.timeline.forEach((e, i) => {
      const state = "state" in e ? e.state : e.ori.slice(0, 2);
      if (!codes.has(state)) ctx.addIssue({ code: "custom", path: ["timeline", i], message: `state ${state} is not in the profile's states` });
    });
  });
export type Profile = z.infer<typeof Profile>;

/** A profile file: a whole profile, or `extends` (a file path relative to this one, or "default") with the fields it changes. */
export const ProfileFile = z.looseObject({ extends: z.string().min(1).optional() });
