// MOA IV.A: an NFF state's SIB sends prints to IAFIS only at the subject's
// initial arrest and keeps the subject on its own file; later bookings there
// go as a CPI with the FBI number. What goes on the file, and when, is said
// here once, for the runner's world, the API's read models and its batches.
import type { ReferenceDirectory } from "../reference/directory";
import type { StateCode } from "../reference/parties";
import type { FlowEvent } from "./events";
import type { FbiNumber, TemplateId } from "./ids";
import type { Booking } from "./state";

export interface SibFileEntry {
  readonly state: StateCode;
  readonly templateId: TemplateId;
  readonly fbiNumber: FbiNumber;
}

/** Where a SIB's file keeps a subject: one key per state and prints, for the maps that hold a file in memory. */
export function sibFileKey(state: StateCode, templateId: TemplateId): string {
  return `${state}|${templateId}`;
}

/** The entry the booking's state's SIB files after `event`: an IAFIS answer (SRE) in an NFF state; otherwise none. */
export function sibFileEntryAfter(event: FlowEvent, booking: Booking, directory: Pick<ReferenceDirectory, "state">): SibFileEntry | null {
  if (event.type !== "SreReturned" || directory.state(booking.state)?.sib.nff !== true) return null;
  return { state: booking.state, templateId: booking.templateId, fbiNumber: event.message.payload.fbiNumber };
}
