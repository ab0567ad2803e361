// Identifiers the flow carries. All synthetic: a fingerprint is an opaque
// template id (DOMAIN: biometric matching is modelled, not performed).
import { z } from "zod";

/** A synthetic fingerprint template id; two prints match when their ids are equal. */
export const TemplateId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "a template id is 1-64 letters, digits, '.', '_' or '-'");
export type TemplateId = z.infer<typeof TemplateId>;

/** A synthetic FBI number (UCN): 1-9 capital letters or digits. */
export const FbiNumber = z.string().regex(/^[A-Z0-9]{1,9}$/, "an FBI number is 1-9 capital letters or digits");
export type FbiNumber = z.infer<typeof FbiNumber>;

/** Transaction control number: unique per message. */
export const Tcn = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, "a TCN is 1-64 letters, digits, '.', '_', ':' or '-'");
export type Tcn = z.infer<typeof Tcn>;

/** "-01".."-99", made once: the runner numbers every message it sends. */
const TCN_SUFFIXES: readonly string[] = Array.from({ length: 100 }, (_, n) => `-${String(n).padStart(2, "0")}`);

/**
 * DOMAIN 3.8: a message's TCN is its booking's id and the message's number
 * within the booking, from 1 ("B1-01" is the first message B1 sends). Refused
 * and withheld steps send nothing, so they use no number.
 */
export function tcnOf(bookingId: string, messageNumber: number): Tcn {
  return bookingId + (TCN_SUFFIXES[messageNumber] ?? `-${String(messageNumber).padStart(2, "0")}`);
}

export const BookingId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, "a booking id is 1-64 letters, digits, '.', '_', ':' or '-'");
export type BookingId = z.infer<typeof BookingId>;

/** An NCIC offense code: exactly four digits (DOMAIN D4). */
export const NcicCode = z.string().regex(/^\d{4}$/, "an NCIC offense code is exactly four digits");
export type NcicCode = z.infer<typeof NcicCode>;
