// The flow's events, in the past tense. Each carries everything `evolve`
// needs, so replaying them rebuilds a booking without any lookups.
import { z } from "zod";
import { FieldOfficeId, Ori, StateCode } from "../reference/parties";
import { Instant } from "../shared/time";
import { StatusDeterminationOutcome } from "./determination";
import { BookingId, NcicCode, TemplateId } from "./ids";
import { Conviction, IafisRecord } from "./iafis";
import {
  CarMessage,
  CpiMessage,
  IdentDataResponseWithIar,
  IdentResultMessage,
  IdentSearchMessage,
  ImmigrationAlienQuery,
  ImmigrationAlienResponse,
  NoMatchIdentDataResponse,
  RelayMessage,
  SreMessage,
} from "./messages";
import { IcePriority } from "./priority";

const base = { bookingId: BookingId, at: Instant };

export const SubjectBooked = z.object({
  ...base,
  type: z.literal("SubjectBooked"),
  ori: Ori,
  state: StateCode,
  templateId: TemplateId,
  charges: z.array(NcicCode),
});
export const CarSubmitted = z.object({ ...base, type: z.literal("CarSubmitted"), message: CarMessage });
export const CarForwarded = z.object({ ...base, type: z.literal("CarForwarded"), message: CarMessage });
/** MOA IV.A: NFF state, later booking: the FBI number on file, no prints. */
export const CpiSent = z.object({ ...base, type: z.literal("CpiSent"), message: CpiMessage });
/** MOA IV.A: IAFIS answered as usual; `createdRecord` is set on a non-ident (a new FBI number). */
export const SreReturned = z.object({
  ...base,
  type: z.literal("SreReturned"),
  message: SreMessage,
  createdRecord: IafisRecord.optional(),
});
export const IdentSearchRequested = z.object({
  ...base,
  type: z.literal("IdentSearchRequested"),
  message: IdentSearchMessage,
});
export const IdentSearchAnswered = z.object({
  ...base,
  type: z.literal("IdentSearchAnswered"),
  message: IdentResultMessage,
});
export const NoMatchIdrSent = z.object({ ...base, type: z.literal("NoMatchIdrSent"), message: NoMatchIdentDataResponse });
export const IaqSent = z.object({ ...base, type: z.literal("IaqSent"), message: ImmigrationAlienQuery });
export const StatusDeterminationRecorded = z.object({
  ...base,
  type: z.literal("StatusDeterminationRecorded"),
  outcome: StatusDeterminationOutcome,
  message: ImmigrationAlienResponse,
});
export const IdrIarSent = z.object({ ...base, type: z.literal("IdrIarSent"), message: IdentDataResponseWithIar });
export const ResponseRelayed = z.object({
  ...base,
  type: z.literal("ResponseRelayed"),
  message: RelayMessage,
  /** MOA IV.B: a held response passed on by other means than the SIB's relay (telephone, fax, in person). */
  byHand: z.literal(true).optional(),
});
/** MOA IV.B: the SIB has no relay capability; the response stops there. */
export const ResponseHeldAtSib = z.object({
  ...base,
  type: z.literal("ResponseHeldAtSib"),
  state: StateCode,
  reason: z.string(),
});
/** DOMAIN D7: the program is not in effect; the step named did not happen. */
export const InteroperabilityWithheld = z.object({
  ...base,
  type: z.literal("InteroperabilityWithheld"),
  step: z.enum(["IDENT_SEARCH", "IDENT_RESULT", "IAQ", "IAR", "IDR_IAR", "NO_MATCH_IDR"]),
  reason: z.string(),
});
export const IcePriorityAssigned = z.object({ ...base, type: z.literal("IcePriorityAssigned"), priority: IcePriority });
export const DetainerLodged = z.object({
  ...base,
  type: z.literal("DetainerLodged"),
  fieldOffice: FieldOfficeId,
  /** MOA III.B.iii: true when the case is Level 2/3 and the office used its discretion. */
  discretionary: z.boolean(),
});
export const ChargesAdjudicated = z.object({
  ...base,
  type: z.literal("ChargesAdjudicated"),
  convictions: z.array(Conviction),
});
export const LocalCustodyEnded = z.object({
  ...base,
  type: z.literal("LocalCustodyEnded"),
  reason: z.enum(["sentence-completed", "released"]),
});
export const TakenIntoIceCustody = z.object({
  ...base,
  type: z.literal("TakenIntoIceCustody"),
  fieldOffice: FieldOfficeId,
  discretionary: z.boolean(),
});
export const RemovalProceedingsInstituted = z.object({
  ...base,
  type: z.literal("RemovalProceedingsInstituted"),
  fieldOffice: FieldOfficeId,
});

export const FlowEvent = z.discriminatedUnion("type", [
  SubjectBooked,
  CarSubmitted,
  CarForwarded,
  CpiSent,
  SreReturned,
  IdentSearchRequested,
  IdentSearchAnswered,
  NoMatchIdrSent,
  IaqSent,
  StatusDeterminationRecorded,
  IdrIarSent,
  ResponseRelayed,
  ResponseHeldAtSib,
  InteroperabilityWithheld,
  IcePriorityAssigned,
  DetainerLodged,
  ChargesAdjudicated,
  LocalCustodyEnded,
  TakenIntoIceCustody,
  RemovalProceedingsInstituted,
]);
export type FlowEvent = z.infer<typeof FlowEvent>;
export type FlowEventType = FlowEvent["type"];
export type FlowEventOf<T extends FlowEventType> = Extract<FlowEvent, { type: T }>;

