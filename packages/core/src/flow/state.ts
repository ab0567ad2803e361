// One booking's state: the stream of one subject's booking through the flow.
// `status` is where the IDENT leg stands (MOA IV, V); the IAFIS answer (`sre`)
// runs beside it, and the ICE follow-up (`ice`) after the determination.
import { z } from "zod";
import type { Ori, StateCode } from "../reference/parties";
import type { Instant } from "../shared/time";
import type { StatusDeterminationOutcome } from "./determination";
import { tcnOf, type BookingId, type FbiNumber, type NcicCode, type Tcn, type TemplateId } from "./ids";
import type { Conviction } from "./iafis";
import type { RelayedType } from "./messages";
import type { IcePriority } from "./priority";

export const BookingStatus = z.enum([
  "booked",
  "car-at-sib",
  "at-cjis",
  "ident-search-sent",
  "ident-answered",
  "iaq-sent",
  "determined",
  "response-at-sib",
  "relayed",
  "held-at-sib",
  "withheld",
]);
export type BookingStatus = z.infer<typeof BookingStatus>;

export interface Booking {
  readonly bookingId: BookingId;
  readonly ori: Ori;
  readonly state: StateCode;
  readonly templateId: TemplateId;
  readonly charges: readonly NcicCode[];
  readonly bookedAt: Instant;
}

/** A message that has been sent: enough to know when the receiver may act. */
export interface Sent {
  readonly tcn: Tcn;
  readonly sentAt: Instant;
  readonly receivedAt: Instant;
}

export interface IceFollowUp {
  readonly detainer: { readonly at: Instant; readonly fieldOffice: string; readonly discretionary: boolean } | null;
  readonly adjudication: { readonly at: Instant; readonly convictions: readonly Conviction[] } | null;
  readonly localCustodyEnded: { readonly at: Instant; readonly reason: "sentence-completed" | "released" } | null;
  readonly custody: { readonly at: Instant; readonly fieldOffice: string; readonly discretionary: boolean } | null;
  readonly removalProceedings: { readonly at: Instant; readonly fieldOffice: string } | null;
}

export interface ActiveBooking {
  readonly status: BookingStatus;
  readonly booking: Booking;
  /**
   * How many messages the booking has sent: the next one's TCN number is one
   * more. The messages themselves, and the notes, are the events' trace
   * (`traceOf`, DOMAIN 3.8).
   */
  readonly messagesSent: number;
  /** The latest time in the trace; no later action may come before it. */
  readonly lastAt: Instant;
  readonly car: Sent | null;
  readonly submission: (Sent & { readonly type: "CAR" | "CPI"; readonly fbiNumber: FbiNumber | null }) | null;
  readonly sre: (Sent & { readonly result: "ident" | "non-ident"; readonly fbiNumber: FbiNumber }) | null;
  readonly identSearch: (Sent & { readonly templateId: TemplateId; readonly printsFrom: "CAR" | "FILE" }) | null;
  readonly identResult: (Sent & { readonly match: boolean; readonly encounterIds: readonly string[] }) | null;
  readonly iaq: Sent | null;
  readonly determination: (Sent & { readonly outcome: StatusDeterminationOutcome }) | null;
  /** The IDR/IAR or no-match IDR at the SIB: at most one per booking. */
  readonly response: (Sent & { readonly type: RelayedType }) | null;
  readonly relay: Sent | null;
  readonly heldAtSib: { readonly at: Instant; readonly reason: string } | null;
  readonly withheld: { readonly at: Instant; readonly step: string; readonly reason: string } | null;
  readonly priority: IcePriority | null;
  readonly ice: IceFollowUp;
}

export type BookingState = { readonly status: "not-booked" } | ActiveBooking;

export function initialBookingState(): BookingState {
  return { status: "not-booked" };
}

export function isActive(state: BookingState): state is ActiveBooking {
  return state.status !== "not-booked";
}

/** The TCN of the next message the booking sends (DOMAIN 3.8): "B1-01" for its first. */
export function nextTcn(state: BookingState, bookingId: BookingId): Tcn {
  return tcnOf(bookingId, (state.status === "not-booked" ? 0 : state.messagesSent) + 1);
}
