// Inputs of the MOA, dispute and release procedures: core's schemas for every
// domain value (StateCode, Ori, NoticeInput, PointOfContact, StatisticsScope),
// strict objects so a stray field is named and refused. Ids of what a command
// creates (notice, modification, dispute, release) are the server's, so the
// client sends an idempotency key instead.
import { ConsentForm, NoticeInput, Ori, PointOfContact, StateCode, StatisticsScope, Text, writtenText } from "@sc/core";
import { z } from "zod";
import { IdempotencyKey } from "../command";

const written = (what: string) => Text.trim().min(1, `${what} must be given in writing (it is empty)`).max(4000, `${what}: at most 4000 characters`);
const text = (what: string) => writtenText(what, 400);
const RecordId = Text.trim().min(1, "an id must not be empty").max(100, "an id has at most 100 characters");

export const StateRef = z.strictObject({ state: StateCode });

/** A calendar day (UTC), for "what held on that day": read as the day ends, 23:59:59.999 UTC. */
const Day = z.iso.date("a day is written YYYY-MM-DD, and must be a day of the calendar");
export const StatusOnInput = z.strictObject({ state: StateCode, day: Day });

export const SignInput = z.strictObject({ state: StateCode, signatory: text("the signatory's name"), title: text("the signatory's title") });

/** A notice as the sender gives it (MOA VIII), without its id: the server names it. */
const [termination, suspension, resumption] = NoticeInput.options;
export const NoticeRequest = z.discriminatedUnion("kind", [
  z.strictObject(termination.omit({ id: true }).shape),
  z.strictObject(suspension.omit({ id: true }).shape),
  z.strictObject(resumption.omit({ id: true }).shape),
]);
export type NoticeRequest = z.infer<typeof NoticeRequest>;

export const GiveNoticeInput = z.strictObject({ idempotencyKey: IdempotencyKey, state: StateCode, notice: NoticeRequest });

export const ProposeModificationInput = z.strictObject({ idempotencyKey: IdempotencyKey, state: StateCode, text: written("the modification's text") });
export const ConsentToModificationInput = z.strictObject({ state: StateCode, modificationId: RecordId, form: ConsentForm });
export const DeclineModificationInput = z.strictObject({ state: StateCode, modificationId: RecordId, reason: written("the reason for declining") });

export const SetPointOfContactInput = z.strictObject({ state: StateCode, poc: PointOfContact });

export const SuspendLeaInput = z.strictObject({ idempotencyKey: IdempotencyKey, ori: Ori, reason: written("the reason for suspending an LEA") });
export const ReinstateLeaInput = z.strictObject({ ori: Ori, note: written("the reason for reinstating an LEA") });

// MOA VII.
export const SubmitDisputeInput = z.strictObject({ idempotencyKey: IdempotencyKey, state: StateCode, areasOfDisagreement: written("the areas of disagreement") });
export const DisputeRef = z.strictObject({ state: StateCode, disputeId: RecordId });
export const ResolveDisputeInput = z.strictObject({ state: StateCode, disputeId: RecordId, resolution: written("the resolution") });
export const AgreeToDisputeResolutionInput = DisputeRef;
export const RaiseDisputeInput = z.strictObject({ state: StateCode, disputeId: RecordId, reason: written("why the program office level could not resolve it") });
export const ListDisputesInput = z.strictObject({ state: StateCode.optional() }).default({});

// MOA X.
export const RequestReleaseInput = z.strictObject({
  idempotencyKey: IdempotencyKey,
  title: text("the release's title"),
  scope: StatisticsScope,
  figures: written("the figures to release"),
});
export const ReleaseRef = z.strictObject({ requestId: RecordId });
export const ApproveReleaseInput = z.strictObject({ requestId: RecordId, note: written("the note").optional() });
export const RefuseReleaseInput = z.strictObject({ requestId: RecordId, reason: written("the reason for refusing") });
export const PublishReleaseInput = z.strictObject({ requestId: RecordId, channel: text("where it is published") });
export const MediaCopyInput = z.strictObject({ idempotencyKey: IdempotencyKey, state: StateCode, outlet: text("the media outlet") });
export const LeOrganisationInput = z.strictObject({ idempotencyKey: IdempotencyKey, state: StateCode, organisation: text("the organisation") });
