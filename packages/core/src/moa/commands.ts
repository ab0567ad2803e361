// Commands to one state's MOA. Each carries the acting party (`by`), the time
// it is recorded (`now`) and any ids it creates: the core reads no clock.
import { z } from "zod";
import { Text } from "../shared/text";
import { Party } from "../reference/parties";
import { Instant } from "../shared/time";
import { NoticeInput } from "./notice";
import { PointOfContact } from "../reference/contacts";

const text = (what: string) => Text.trim().min(1, `${what} must not be empty`);
const base = { now: Instant, by: Party };

export const ConsentForm = z.enum(["written", "oral"]);
export type ConsentForm = z.infer<typeof ConsentForm>;

export const MoaCommand = z.discriminatedUnion("type", [
  // MOA VI: effective upon signing by both parties.
  z.object({ type: z.literal("SignMoa"), ...base, signatory: text("the signatory's name"), title: text("the signatory's title") }),
  // MOA VIII: modified by mutual written consent.
  z.object({ type: z.literal("ProposeModification"), ...base, modificationId: text("a modification id"), text: text("the modification's text") }),
  z.object({ type: z.literal("ConsentToModification"), ...base, modificationId: text("a modification id"), form: ConsentForm }),
  z.object({ type: z.literal("DeclineModification"), ...base, modificationId: text("a modification id"), reason: text("the reason for declining") }),
  // MOA VIII: termination, suspension and resumption notices.
  z.object({ type: z.literal("GiveNotice"), ...base, notice: NoticeInput }),
  // Appendices C and D: each side keeps its own points of contact.
  z.object({ type: z.literal("SetPointOfContact"), ...base, poc: PointOfContact }),
  // MOA VII: disputes go to the program office level first, then to agency level.
  z.object({ type: z.literal("SubmitDispute"), ...base, disputeId: text("a dispute id"), areasOfDisagreement: text("the areas of disagreement (in writing)") }),
  z.object({ type: z.literal("ResolveDisputeAtProgramOffice"), ...base, disputeId: text("a dispute id"), resolution: text("the resolution") }),
  z.object({ type: z.literal("RaiseDisputeToAgencyLevel"), ...base, disputeId: text("a dispute id"), reason: text("why the program office level could not resolve it") }),
  z.object({ type: z.literal("ResolveDisputeAtAgencyLevel"), ...base, disputeId: text("a dispute id"), resolution: text("the resolution") }),
  // DOMAIN D11: a resolution one party recorded counts once the other party agrees to it in writing.
  z.object({ type: z.literal("AgreeToDisputeResolution"), ...base, disputeId: text("a dispute id") }),
  // MOA X: release of information about the MOA itself.
  z.object({ type: z.literal("ProvideMoaCopyToMedia"), ...base, releaseId: text("a release id"), outlet: text("the media outlet") }),
  z.object({ type: z.literal("CommunicateMoaToLawEnforcementOrganisation"), ...base, releaseId: text("a release id"), organisation: text("the organisation") }),
]);
export type MoaCommand = z.infer<typeof MoaCommand>;
export type MoaCommandType = MoaCommand["type"];
