// The flow's commands, in the imperative, one per party's action (DOMAIN 3).
// Time and ids come in with the command: `now` is when the party acts (and
// sends), `receivedAt` when its message reaches the receiver, `tcn` the new
// message's transaction control number.
import { z } from "zod";
import { Ori, Party } from "../reference/parties";
import { Instant } from "../shared/time";
import { StatusDeterminationOutcome } from "./determination";
import { BookingId, FbiNumber, NcicCode, Tcn, TemplateId } from "./ids";
import { Conviction } from "./iafis";

const base = { bookingId: BookingId, now: Instant, by: Party };
const sending = { ...base, tcn: Tcn, receivedAt: Instant };

export const BookSubject = z.object({
  ...base,
  type: z.literal("BookSubject"),
  ori: Ori,
  templateId: TemplateId,
  charges: z.array(NcicCode).min(1, "a booking has at least one charge"),
});
/** MOA IV.A: the LEA's CAR to the SIB of the state where the subject is booked. */
export const SubmitCar = z.object({ ...sending, type: z.literal("SubmitCar") });
/** MOA IV.A: the SIB sends the prints (CAR) or, in an NFF state for a later booking, a CPI. */
export const ForwardToCjis = z.object({ ...sending, type: z.literal("ForwardToCjis") });
/** MOA IV.A: IAFIS processing, unchanged. `newFbiNumber` is used on a non-ident. */
export const RunIafisSearch = z.object({ ...sending, type: z.literal("RunIafisSearch"), newFbiNumber: FbiNumber });
/** MOA V.A: the cross-check against IDENT (DOMAIN D6 for a CPI; D7 gate). */
export const SearchIdent = z.object({ ...sending, type: z.literal("SearchIdent") });
export const AnswerIdentSearch = z.object({ ...sending, type: z.literal("AnswerIdentSearch") });
/** MOA IV.B: no match in IDENT. */
export const SendNoMatchIdr = z.object({ ...sending, type: z.literal("SendNoMatchIdr") });
/** MOA V.B: a match in IDENT. */
export const SendIaq = z.object({ ...sending, type: z.literal("SendIaq") });
/** MOA V.B, III: LESC only. */
export const RecordStatusDetermination = z.object({
  ...sending,
  type: z.literal("RecordStatusDetermination"),
  outcome: StatusDeterminationOutcome,
});
/** MOA IV.B: the joint IDR and IAR to the SIB. */
export const SendIdrIar = z.object({ ...sending, type: z.literal("SendIdrIar") });
/** MOA IV.B: the SIB relays the response to the LEA unless it has no capability. */
export const RelayResponse = z.object({ ...sending, type: z.literal("RelayResponse") });
/** MOA V, III.B.iii: a detainer, by the field office covering the booking's state. */
export const LodgeDetainer = z.object({ ...base, type: z.literal("LodgeDetainer") });
/** An input from the booking LEA: the current charges adjudicated (empty convictions: dismissed or acquitted). */
export const RecordAdjudication = z.object({
  ...base,
  type: z.literal("RecordAdjudication"),
  convictions: z.array(Conviction),
});
/** An input from the booking LEA: sentence completed, or released from local custody. */
export const RecordLocalCustodyEnded = z.object({
  ...base,
  type: z.literal("RecordLocalCustodyEnded"),
  reason: z.enum(["sentence-completed", "released"]),
});
/** MOA V.C: ICE takes the subject into custody. */
export const TakeIntoCustody = z.object({ ...base, type: z.literal("TakeIntoCustody") });
/** MOA V.C: ICE institutes removal proceedings, as necessary. */
export const InstituteRemovalProceedings = z.object({ ...base, type: z.literal("InstituteRemovalProceedings") });

export const FlowCommand = z.discriminatedUnion("type", [
  BookSubject,
  SubmitCar,
  ForwardToCjis,
  RunIafisSearch,
  SearchIdent,
  AnswerIdentSearch,
  SendNoMatchIdr,
  SendIaq,
  RecordStatusDetermination,
  SendIdrIar,
  RelayResponse,
  LodgeDetainer,
  RecordAdjudication,
  RecordLocalCustodyEnded,
  TakeIntoCustody,
  InstituteRemovalProceedings,
]);
export type FlowCommand = z.infer<typeof FlowCommand>;
export type FlowCommandType = FlowCommand["type"];
export type FlowCommandOf<T extends FlowCommandType> = Extract<FlowCommand, { type: T }>;
