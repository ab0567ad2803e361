// Facts recorded about one state's MOA, in the past tense. `evolve` folds
// them into a MoaState; replaying the same events rebuilds the same state.
import { z } from "zod";
import { Instant } from "../shared/time";
import { MoaSide } from "./moa-party";
import { RecordedNotice } from "./notice";
import { PointOfContact } from "../reference/contacts";

const at = { at: Instant };

/** MOA VII: the two levels a dispute is resolved at. */
export const DisputeLevel = z.enum(["program-office", "agency"]);
export type DisputeLevel = z.infer<typeof DisputeLevel>;

export const MoaEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("MoaSigned"), ...at, side: MoaSide, signatory: z.string(), title: z.string() }),
  /** Recorded with the second signature: MOA VI, effective upon signing by both parties. */
  z.object({ type: z.literal("MoaTookEffect"), ...at }),
  z.object({ type: z.literal("ModificationProposed"), ...at, modificationId: z.string(), side: MoaSide, text: z.string() }),
  z.object({ type: z.literal("ModificationConsented"), ...at, modificationId: z.string(), side: MoaSide }),
  /** Recorded with the second written consent (MOA VIII). */
  z.object({ type: z.literal("ModificationTookEffect"), ...at, modificationId: z.string() }),
  z.object({ type: z.literal("ModificationDeclined"), ...at, modificationId: z.string(), side: MoaSide, reason: z.string() }),
  z.object({ type: z.literal("TerminationNoticeReceived"), ...at, notice: RecordedNotice, effectiveAt: Instant }),
  z.object({ type: z.literal("SuspensionNoticeReceived"), ...at, notice: RecordedNotice }),
  z.object({ type: z.literal("ResumptionNoticeReceived"), ...at, notice: RecordedNotice, suspensionNoticeId: z.string() }),
  z.object({ type: z.literal("PointOfContactSet"), ...at, poc: PointOfContact, side: MoaSide }),
  z.object({ type: z.literal("DisputeSubmitted"), ...at, disputeId: z.string(), side: MoaSide, areasOfDisagreement: z.string() }),
  z.object({ type: z.literal("DisputeResolvedAtProgramOffice"), ...at, disputeId: z.string(), side: MoaSide, resolution: z.string() }),
  z.object({ type: z.literal("DisputeRaisedToAgencyLevel"), ...at, disputeId: z.string(), side: MoaSide, reason: z.string() }),
  z.object({ type: z.literal("DisputeResolvedAtAgencyLevel"), ...at, disputeId: z.string(), side: MoaSide, resolution: z.string() }),
  // DOMAIN D11: one party's written resolution, and the other party's written agreement to it
  // (followed by DisputeResolvedAt..., which names the side that wrote the resolution).
  z.object({ type: z.literal("DisputeResolutionRecorded"), ...at, disputeId: z.string(), level: DisputeLevel, side: MoaSide, resolution: z.string() }),
  z.object({ type: z.literal("DisputeResolutionAgreed"), ...at, disputeId: z.string(), level: DisputeLevel, side: MoaSide }),
  z.object({ type: z.literal("MoaCopyProvidedToMedia"), ...at, releaseId: z.string(), byLabel: z.string(), outlet: z.string() }),
  z.object({ type: z.literal("MoaCommunicatedToLawEnforcementOrganisation"), ...at, releaseId: z.string(), organisation: z.string() }),
]);
export type MoaEvent = z.infer<typeof MoaEvent>;
export type MoaEventType = MoaEvent["type"];
