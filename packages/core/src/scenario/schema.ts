// The scenario format: a world (states and SIBs, LEAs, field offices, points
// of contact, MOAs, synthetic subjects with their IAFIS and IDENT records and
// LESC's eventual determination) and a timeline of actions by parties. The
// pure runner turns it into traces, MOA states and statistics.
// Objects are strict, so a misspelt key is reported rather than ignored.
import { z } from "zod";
import { Text } from "../shared/text";
import { StatusDeterminationOutcome } from "../flow/determination";
import { Conviction, SentenceDays } from "../flow/iafis";
import { IdentEncounterKind } from "../flow/ident";
import { BookingId, FbiNumber, NcicCode, TemplateId } from "../flow/ids";
import { MessageType } from "../flow/messages";
import { InteroperabilityWithheld } from "../flow/events";
import { IcePriorityCategory } from "../flow/priority";
import { BookingStatus } from "../flow/state";
import { MoaSide } from "../moa/moa-party";
import { ContactRole, PointOfContact } from "../reference/contacts";
import { FieldOffice } from "../reference/field-offices";
import { LawEnforcementAgency } from "../reference/agencies";
import { Ori, Party, StateCode } from "../reference/parties";
import { UsState } from "../reference/states";
import { Instant } from "../shared/time";
import { DeliveryMethod, SuspensionGround } from "../moa/notice";
import { ConsentForm } from "../moa/commands";
import { StatisticsScope } from "../moa/statistics-release";

/** The ids a scenario gives its subjects, MOAs, notices and the rest. */
export const ScenarioId = Text.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, "an id is 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
const Id = ScenarioId;
const Seconds = z.number().nonnegative("a delay is zero or more seconds");

/** Delays in seconds between the steps the runner drives itself (DOMAIN 3.8: every message has send and receive times). */
export const ScenarioTiming = z.strictObject({
  /** Booking to the LEA sending its CAR. */
  leaSubmitsCarAfter: Seconds.default(120),
  /** Every electronic message's transmission time. */
  transmission: Seconds.default(2),
  /** CAR received at the SIB to the SIB forwarding it. */
  sibForwardsAfter: Seconds.default(30),
  /** CAR or CPI received at CJIS to the IAFIS answer (SRE). */
  iafisAnswersAfter: Seconds.default(600),
  /** IDENT search received to IDENT's answer. */
  identAnswersAfter: Seconds.default(45),
  /** IAQ received at LESC to its determination (only for subjects with `lescDetermination`). */
  lescDeterminesAfter: Seconds.default(1800),
  /** Response received at the SIB to its relay. */
  sibRelaysAfter: Seconds.default(30),
});
export type ScenarioTiming = z.infer<typeof ScenarioTiming>;

export const ScenarioSubject = z.strictObject({
  id: Id,
  /** The synthetic fingerprint template the subject's prints carry. */
  templateId: TemplateId,
  /** The subject's IAFIS criminal history, if IAFIS holds one. */
  iafis: z.strictObject({ fbiNumber: FbiNumber, convictions: z.array(Conviction).default([]) }).optional(),
  /** The subject's IDENT encounters; none means IDENT finds no match. */
  ident: z.array(z.strictObject({ encounterId: Text.min(1).max(64), encounteredAt: Instant, kind: IdentEncounterKind })).default([]),
  /** What LESC will determine when an IAQ arrives; absent: the timeline records it (`determineStatus`). */
  lescDetermination: StatusDeterminationOutcome.optional(),
  /** NFF states whose SIB already has this subject on file (a prior booking there): later bookings go as a CPI (MOA IV.A). */
  onFileIn: z.array(StateCode).default([]),
  description: Text.optional(),
});
export type ScenarioSubject = z.infer<typeof ScenarioSubject>;

export const ScenarioMoa = z.strictObject({
  state: StateCode,
  moaId: Id.optional(),
  /** Signatures recorded at their times; MOA VI: in effect once both sides have signed. */
  signatures: z
    .array(z.strictObject({ side: MoaSide, at: Instant, signatory: Text.trim().min(1), title: Text.trim().min(1) }))
    .default([]),
});
export type ScenarioMoa = z.infer<typeof ScenarioMoa>;

export const ScenarioWorld = z.strictObject({
  states: z.array(UsState).min(1, "a world has at least one state"),
  agencies: z.array(LawEnforcementAgency),
  fieldOffices: z.array(FieldOffice).default([]),
  contacts: z.array(PointOfContact).default([]),
  moas: z.array(ScenarioMoa).default([]),
  subjects: z.array(ScenarioSubject).default([]),
});
export type ScenarioWorld = z.infer<typeof ScenarioWorld>;

const at = { at: Instant, by: Party.optional() };
const onBooking = { ...at, bookingId: BookingId };
/** An action on a state's MOA by one side (`by` defaults to that side: the SC Program Office or the state's SIB). */
const onMoa = { ...at, state: StateCode, side: MoaSide };
const written = Text.trim().min(1);

export const TimelineAction = z.discriminatedUnion("type", [
  /** An LEA books a subject (MOA IV.A); the runner drives the flow from there. */
  z.strictObject({ ...at, type: z.literal("book"), bookingId: BookingId, ori: Ori, subject: Id, charges: z.array(NcicCode).min(1, "a booking has at least one charge") }),
  /** LESC's determination for a booking whose subject has no `lescDetermination` (MOA V.B); `by` shows who tried. */
  z.strictObject({ ...onBooking, type: z.literal("determineStatus"), outcome: StatusDeterminationOutcome }),
  z.strictObject({
    ...onBooking,
    type: z.literal("adjudicateCharges"),
    convictions: z.array(z.strictObject({ ncicCode: NcicCode, sentenceDays: SentenceDays.optional() })),
  }),
  z.strictObject({ ...onBooking, type: z.literal("endLocalCustody"), reason: z.enum(["sentence-completed", "released"]) }),
  z.strictObject({ ...onBooking, type: z.literal("lodgeDetainer") }),
  z.strictObject({ ...onBooking, type: z.literal("takeIntoCustody") }),
  z.strictObject({ ...onBooking, type: z.literal("instituteRemovalProceedings") }),
  /** MOA VI. */
  z.strictObject({ ...at, type: z.literal("signMoa"), state: StateCode, side: MoaSide, signatory: Text.trim().min(1), title: Text.trim().min(1) }),
  /** MOA VIII: termination, suspension or resumption, recorded at `at` (received at `receivedAt`, default `at`). */
  z.strictObject({
    ...at,
    type: z.literal("giveNotice"),
    state: StateCode,
    side: MoaSide,
    notice: z.strictObject({
      kind: z.enum(["termination", "suspension", "resumption"]),
      id: Id,
      delivery: DeliveryMethod,
      to: ContactRole.optional(),
      sentAt: Instant.optional(),
      receivedAt: Instant.optional(),
      ground: SuspensionGround.optional(),
      details: Text.trim().min(1).optional(),
      remarks: Text.trim().min(1).optional(),
    }),
  }),
  /** MOA VIII: ICE suspends one LEA for profiling, with a written reason. */
  // An empty reason is not a malformed file: the run records MOA VIII's refusal of it.
  z.strictObject({ ...at, type: z.literal("suspendLea"), ori: Ori, reason: Text }),
  z.strictObject({ ...at, type: z.literal("reinstateLea"), ori: Ori, note: Text.trim().min(1) }),
  /** MOA VIII: modified by mutual written consent: one side proposes, the other consents (in writing) or declines. */
  z.strictObject({ ...onMoa, type: z.literal("proposeModification"), modificationId: Id, text: written }),
  z.strictObject({ ...onMoa, type: z.literal("consentToModification"), modificationId: Id, form: ConsentForm }),
  z.strictObject({ ...onMoa, type: z.literal("declineModification"), modificationId: Id, reason: written }),
  /** MOA VII: disputes go to the program offices first, then to agency level. */
  z.strictObject({ ...onMoa, type: z.literal("submitDispute"), disputeId: Id, areasOfDisagreement: written }),
  z.strictObject({ ...onMoa, type: z.literal("resolveDisputeAtProgramOffice"), disputeId: Id, resolution: written }),
  z.strictObject({ ...onMoa, type: z.literal("raiseDisputeToAgencyLevel"), disputeId: Id, reason: written }),
  z.strictObject({ ...onMoa, type: z.literal("resolveDisputeAtAgencyLevel"), disputeId: Id, resolution: written }),
  /** DOMAIN D11: the other party's written agreement to a recorded resolution. */
  z.strictObject({ ...onMoa, type: z.literal("agreeToDisputeResolution"), disputeId: Id }),
  /** MOA X: a copy of the MOA to the media only once both sides have signed; the SIB informs law-enforcement organisations. */
  z.strictObject({ ...onMoa, type: z.literal("provideMoaCopyToMedia"), releaseId: Id, outlet: written }),
  z.strictObject({ ...onMoa, type: z.literal("communicateMoaToLawEnforcementOrganisation"), releaseId: Id, organisation: written }),
  /** MOA X: statistics are released only once ICE Public Affairs approves; `by` is required (who asks, who approves). */
  z.strictObject({ at: Instant, by: Party, type: z.literal("requestStatisticsRelease"), requestId: Id, title: written, scope: StatisticsScope, figures: written }),
  z.strictObject({ at: Instant, by: Party, type: z.literal("approveStatisticsRelease"), requestId: Id, note: written.optional() }),
  z.strictObject({ at: Instant, by: Party, type: z.literal("refuseStatisticsRelease"), requestId: Id, reason: written }),
  z.strictObject({ at: Instant, by: Party, type: z.literal("publishStatisticsRelease"), requestId: Id, channel: written }),
]);
export type TimelineAction = z.infer<typeof TimelineAction>;
export type TimelineActionType = TimelineAction["type"];


const MoaStatusName = z.enum(["unsigned", "in-effect", "suspended", "termination-pending", "terminated"]);
const LeaStandingStatus = z.enum(["in-program", "suspended"]);
const Milliseconds = z.number().nonnegative().nullable();

export const BookingExpectation = z.strictObject({
  status: BookingStatus.optional(),
  /** The trace's message types, in order. */
  messages: z.array(MessageType).optional(),
  submission: z.enum(["CAR", "CPI"]).optional(),
  /** Text the withheld-step reason contains (DOMAIN D7). */
  withheldBecause: Text.optional(),
  /** DOMAIN D7: the step at which the booking was withheld, and the instant; each compared where given. */
  withheld: z.strictObject({ step: InteroperabilityWithheld.shape.step.optional(), at: Instant.optional() }).optional(),
  /** Text a trace note contains. */
  noteContains: z.array(Text).optional(),
  priority: IcePriorityCategory.optional(),
  /** Every ICE priority assessed, in order (MOA V: at the determination, and again once the charges are adjudicated). */
  priorityHistory: z.array(IcePriorityCategory).optional(),
  /** DOMAIN 3.8: booking to the response at the SIB, and at the LEA, in ms (null: it never arrived); each compared where given. */
  responseTimes: z.strictObject({ toSibMs: Milliseconds.optional(), toLeaMs: Milliseconds.optional() }).optional(),
  detainer: z.boolean().optional(),
  custody: z.boolean().optional(),
  removalProceedings: z.boolean().optional(),
});
export type BookingExpectation = z.infer<typeof BookingExpectation>;

/** One MOA at the end of the run: its status alone (a string), or its status and the state of its modifications, disputes and releases. */
export const MoaExpectation = z.union([
  MoaStatusName,
  z.strictObject({
    status: MoaStatusName.optional(),
    /** MOA VIII: each modification's status, by id. */
    modifications: z.record(z.string(), z.enum(["proposed", "in-effect", "declined"])).optional(),
    /** MOA VII: each dispute's level and outcome, by id. */
    disputes: z.record(z.string(), z.enum(["submitted-to-program-office", "resolved-at-program-office", "raised-to-agency-level", "resolved-at-agency-level"])).optional(),
    /** MOA X: the ids of the releases of the MOA itself (copies to the media, communications to organisations), exactly and in order. */
    releases: z.array(z.string()).optional(),
  }),
]);
export type MoaExpectation = z.infer<typeof MoaExpectation>;

/** A refusal some refusal of the run must match: each field given is compared; `citing` takes the section and its subsections. */
export const RefusalMatcher = z.strictObject({
  rule: z.string().optional(),
  /** "MOA V": a refusal whose rule cites MOA V or one of its subsections (V.A ... V.D), e.g. "MOA V, V.C". */
  citing: z.string().trim().min(1).optional(),
  source: z.string().optional(),
  action: z.string().optional(),
  bookingId: z.string().optional(),
  /** Text the refusal's message contains. */
  contains: z.string().optional(),
});
export type RefusalMatcher = z.infer<typeof RefusalMatcher>;

/** A problem an invalid scenario must have: at its path, with a message containing `contains` when given. */
export const ExpectedProblem = z.strictObject({ path: z.string(), contains: z.string().optional() });
export type ExpectedProblem = z.infer<typeof ExpectedProblem>;

export const ScenarioExpectation = z.strictObject({
  /**
   * The scenario is expected to be invalid, with at least these problems; it
   * does not run, so no other expectation may stand beside this one.
   */
  invalid: z.array(ExpectedProblem).min(1, "an expected-invalid scenario names at least one problem it expects").optional(),
  bookings: z.record(z.string(), BookingExpectation).optional(),
  /** The MOA per state at the end of the run (moaStatusAt): its status, or an object with its modifications, disputes and releases. */
  moas: z.record(z.string(), MoaExpectation).optional(),
  /** An MOA's status at a chosen instant (moaStatusAt, read off the run's recorded facts). */
  moasAt: z.array(z.strictObject({ state: StateCode, at: Instant, status: MoaStatusName })).optional(),
  /** MOA VIII: each LEA's standing at the end of the run, by ORI (an LEA ICE never suspended is in the program). */
  leas: z.record(z.string(), LeaStandingStatus).optional(),
  /** An LEA's standing at a chosen instant. */
  leasAt: z.array(z.strictObject({ ori: Ori, at: Instant, status: LeaStandingStatus })).optional(),
  /** Statistics over the whole run, compared as JSON: { "identMatches": 1 }. */
  statistics: z.record(z.string(), z.unknown()).optional(),
  /** The status of each statistics release at the end of the run, by request id. */
  releases: z.record(z.string(), z.enum(["requested", "approved", "refused", "published"])).optional(),
  /** The refusals, in order, by rule (and the source of the action, when given). */
  refusals: z.array(z.strictObject({ rule: Text, source: Text.optional() })).optional(),
  /** At least these refusals, in any order, each matched by a different refusal of the run. */
  refusalsInclude: z.array(RefusalMatcher).min(1, "refusalsInclude names at least one refusal").optional(),
});
export type ScenarioExpectation = z.infer<typeof ScenarioExpectation>;

export const Scenario = z.strictObject({
  name: Text.trim().min(1),
  description: Text.optional(),
  timing: ScenarioTiming.default(ScenarioTiming.parse({})),
  world: ScenarioWorld,
  timeline: z.array(TimelineAction),
  /** What the example is meant to show; `checkExpectations` (and the examples' test) checks it. */
  expect: ScenarioExpectation.optional(),
});
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
