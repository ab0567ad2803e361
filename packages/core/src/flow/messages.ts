// Every message of the flow is a stored record (DOMAIN 3.8): a transaction
// control number, a type, sender and receiver, sent and received times, and a
// payload whose shape depends on the type.
//
// Types: the MOA's messages (CAR, CPI, IAQ, IAR, the joint IDR/IAR, the "no
// match IDR") plus the ones the MOA implies but does not name:
// - SRE: CJIS's IAFIS answer to the SIB (ident or non-ident), unchanged by the
//   program (MOA IV.A "There is no change in IAFIS processing").
// - IDENT_SEARCH / IDENT_RESULT: CJIS's search of US-VISIT IDENT and its answer
//   (MOA V.A), so the sequence diagram shows the cross-check.
// - RELAY: the SIB passing the IDR/IAR or no-match IDR on to the LEA (MOA IV.B).
import { z } from "zod";
import { Ori, Party } from "../reference/parties";
import { Instant } from "../shared/time";
import { StatusDeterminationOutcome } from "./determination";
import { BookingId, FbiNumber, NcicCode, Tcn, TemplateId } from "./ids";

export const MessageType = z.enum([
  "CAR",
  "CPI",
  "SRE",
  "IDENT_SEARCH",
  "IDENT_RESULT",
  "IAQ",
  "IAR",
  "IDR_IAR",
  "NO_MATCH_IDR",
  "RELAY",
]);
export type MessageType = z.infer<typeof MessageType>;

/** Readable names for diagrams. */
export const MESSAGE_LABELS: Readonly<Record<MessageType, string>> = {
  CAR: "CAR",
  CPI: "CPI",
  SRE: "SRE",
  IDENT_SEARCH: "IDENT search",
  IDENT_RESULT: "IDENT result",
  IAQ: "IAQ",
  IAR: "IAR",
  IDR_IAR: "IDR/IAR",
  NO_MATCH_IDR: "no match IDR",
  RELAY: "relay",
};

const envelope = {
  tcn: Tcn,
  bookingId: BookingId,
  sender: Party,
  receiver: Party,
  sentAt: Instant,
  receivedAt: Instant,
};

/** The response the SIB relays to the LEA. */
export const RelayedType = z.enum(["IDR_IAR", "NO_MATCH_IDR"]);
export type RelayedType = z.infer<typeof RelayedType>;

export const CarPayload = z.object({
  ori: Ori,
  templateId: TemplateId,
  charges: z.array(NcicCode),
  /** Always true: a CAR carries the prints (MOA IV.A). */
  printsIncluded: z.literal(true),
});
export const CpiPayload = z.object({
  ori: Ori,
  fbiNumber: FbiNumber,
  charges: z.array(NcicCode),
  /** MOA IV.A: a CPI carries the FBI number on file and no prints. */
  printsIncluded: z.literal(false),
});
export const SrePayload = z.object({
  result: z.enum(["ident", "non-ident"]),
  fbiNumber: FbiNumber,
});
export const IdentSearchPayload = z.object({
  templateId: TemplateId,
  /** DOMAIN D6: "file" when CJIS resolved a CPI's FBI number to the prints on file. */
  printsFrom: z.enum(["CAR", "FILE"]),
  fbiNumber: FbiNumber.optional(),
});
export const IdentResultPayload = z.object({
  match: z.boolean(),
  encounterIds: z.array(z.string()),
});
export const IaqPayload = z.object({
  templateId: TemplateId,
  encounterIds: z.array(z.string()).min(1),
  ori: Ori,
  charges: z.array(NcicCode),
});
export const IarPayload = z.object({ outcome: StatusDeterminationOutcome });
export const IdrIarPayload = z.object({
  encounterIds: z.array(z.string()).min(1),
  outcome: StatusDeterminationOutcome,
});
export const NoMatchIdrPayload = z.object({});
export const RelayPayload = z.object({
  relayed: RelayedType,
  relayedTcn: Tcn,
  outcome: StatusDeterminationOutcome.optional(),
});

export const CarMessage = z.object({ ...envelope, type: z.literal("CAR"), payload: CarPayload });
export const CpiMessage = z.object({ ...envelope, type: z.literal("CPI"), payload: CpiPayload });
export const SreMessage = z.object({ ...envelope, type: z.literal("SRE"), payload: SrePayload });
export const IdentSearchMessage = z.object({ ...envelope, type: z.literal("IDENT_SEARCH"), payload: IdentSearchPayload });
export const IdentResultMessage = z.object({ ...envelope, type: z.literal("IDENT_RESULT"), payload: IdentResultPayload });
export const ImmigrationAlienQuery = z.object({ ...envelope, type: z.literal("IAQ"), payload: IaqPayload });
export const ImmigrationAlienResponse = z.object({ ...envelope, type: z.literal("IAR"), payload: IarPayload });
/** MOA IV.B: the joint IDENT Data Response and Immigration Alien Response. */
export const IdentDataResponseWithIar = z.object({ ...envelope, type: z.literal("IDR_IAR"), payload: IdrIarPayload });
/** MOA IV.B: "A 'no match IDR' will be generated when a match is not found in IDENT." */
export const NoMatchIdentDataResponse = z.object({ ...envelope, type: z.literal("NO_MATCH_IDR"), payload: NoMatchIdrPayload });
export const RelayMessage = z.object({ ...envelope, type: z.literal("RELAY"), payload: RelayPayload });

export const Message = z.discriminatedUnion("type", [
  CarMessage,
  CpiMessage,
  SreMessage,
  IdentSearchMessage,
  IdentResultMessage,
  ImmigrationAlienQuery,
  ImmigrationAlienResponse,
  IdentDataResponseWithIar,
  NoMatchIdentDataResponse,
  RelayMessage,
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** A note in a trace: something that happened without a message, and why. */
export const TraceNote = z.object({
  at: Instant,
  text: z.string(),
  /** Where the rule comes from: "MOA IV.B", "DOMAIN D7". */
  rule: z.string().optional(),
});
export type TraceNote = z.infer<typeof TraceNote>;

export const TraceEntry = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("message"), message: Message }),
  z.object({ kind: z.literal("note"), note: TraceNote }),
]);
export type TraceEntry = z.infer<typeof TraceEntry>;

export function entryTime(entry: TraceEntry): Instant {
  return entry.kind === "message" ? entry.message.sentAt : entry.note.at;
}
