// DOMAIN 3.8 (MOA V.D "24/7"): response times per booking, from the booking
// to the IDR/IAR (or no match IDR) at the SIB, and to the relay at the LEA.
import { toMillis } from "../shared/time";
import type { BookingState } from "./state";

export interface ResponseTimes {
  /** Milliseconds from booking to the response's receipt at the SIB; null if none arrived. */
  readonly toSibMs: number | null;
  /** Milliseconds from booking to the relay's receipt at the LEA; null if none. */
  readonly toLeaMs: number | null;
}

export function responseTimes(state: BookingState): ResponseTimes {
  if (state.status === "not-booked") return { toSibMs: null, toLeaMs: null };
  const booked = toMillis(state.booking.bookedAt);
  return {
    toSibMs: state.response === null ? null : toMillis(state.response.receivedAt) - booked,
    toLeaMs: state.relay === null ? null : toMillis(state.relay.receivedAt) - booked,
  };
}
