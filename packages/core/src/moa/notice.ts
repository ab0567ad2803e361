// Notices under MOA VIII: termination, temporary suspension, and the
// resumption that ends a suspension. A notice says how it was delivered and
// when it was sent and received; its effect is dated from the receipt.
import { z } from "zod";
import { Text } from "../shared/text";
import { Instant } from "../shared/time";
import { ContactRole } from "../reference/contacts";
import { MoaSide } from "./moa-party";

export const NoticeKind = z.enum(["termination", "suspension", "resumption"]);
export type NoticeKind = z.infer<typeof NoticeKind>;

/**
 * How a notice reached the other party. Email and the catch-all "other
 * written" are written but are neither personal delivery nor certified or
 * registered mail, so they cannot carry a termination (MOA VIII).
 */
export const DeliveryMethod = z.enum([
  "personal-delivery",
  "certified-mail",
  "registered-mail",
  "email",
  "other-written",
  "oral",
]);
export type DeliveryMethod = z.infer<typeof DeliveryMethod>;

export const DELIVERY_LABELS: Readonly<Record<DeliveryMethod, string>> = {
  "personal-delivery": "personal delivery",
  "certified-mail": "certified mail",
  "registered-mail": "registered mail",
  email: "email",
  "other-written": "other written means",
  oral: "oral notice",
};

/** MOA VIII: "A termination notice shall be delivered personally or by certified or registered mail." */
export const TERMINATION_DELIVERY: readonly DeliveryMethod[] = ["personal-delivery", "certified-mail", "registered-mail"];

export function isWritten(method: DeliveryMethod): boolean {
  return method !== "oral";
}

/** MOA VIII: a suspension is allowed "when resource constraints or competing priorities necessitate". */
export const SuspensionGround = z.enum(["resource-constraints", "competing-priorities"]);
export type SuspensionGround = z.infer<typeof SuspensionGround>;

export const GROUND_LABELS: Readonly<Record<SuspensionGround, string>> = {
  "resource-constraints": "resource constraints",
  "competing-priorities": "competing priorities",
};

/** MOA VIII: termination takes effect 30 days after receipt of the notice. */
export const TERMINATION_NOTICE_DAYS = 30;

const noticeFields = {
  id: Text.trim().min(1, "a notice needs an id").max(100, "a notice id has at most 100 characters"),
  to: ContactRole,
  delivery: DeliveryMethod,
  sentAt: Instant,
  receivedAt: Instant,
  remarks: Text.trim().min(1).max(4000, "remarks: at most 4000 characters").optional(),
};

/** A notice as the sending party gives it (the sender is the party issuing the command). */
export const NoticeInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("termination"), ...noticeFields }),
  z.object({
    kind: z.literal("suspension"),
    ...noticeFields,
    ground: SuspensionGround,
    details: Text.trim().min(1).max(4000, "details: at most 4000 characters").optional(),
  }),
  z.object({ kind: z.literal("resumption"), ...noticeFields }),
]);
export type NoticeInput = z.infer<typeof NoticeInput>;

/** A notice as recorded: who sent it, and the name of the POC it reached at the time. */
export const RecordedNotice = NoticeInput.and(
  z.object({ from: MoaSide, recipientName: z.string(), recordedAt: Instant }),
);
export type RecordedNotice = z.infer<typeof RecordedNotice>;
