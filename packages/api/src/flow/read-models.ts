// Read models kept beside the events, in the same transaction: the booking row
// (status, times, parties reached, and the decider's state), the ICE case, a
// new IAFIS record on a non-ident, and the NFF SIB's file (MOA IV.A).
// The messages themselves live in the events only: the state has no trace
// (bookings.get reads it off the events, lesc.queue reads the IAQ there): two
// more copies of every message (a trace in this row and a flow_messages table
// nobody read) were about half of a booking's write.
import { messagesOf, priorityRank, sibFileEntryAfter, sibFileKey, type ActiveBooking, type SibFileEntry, type FlowEvent, type PartyKind, type ReferenceDirectory } from "@sc/core";
import { bookings, iafisPrints, iafisRecords, iceCases, isUniqueViolation, jsonRowsInsert, onConflictUpdate, sibFiles, StreamConflictError, writeInOneStatement, type Executor } from "@sc/db";
import type { SQL } from "drizzle-orm";
import { statisticsColumns } from "./statistics-columns";

/** The kinds of party the booking's messages reached, as core's maySee reads them. */
export function reachedKinds(history: readonly FlowEvent[]): PartyKind[] {
  const kinds = new Set<PartyKind>(["LEA", "SIB"]);
  for (const m of messagesOf(history)) {
    kinds.add(m.sender.kind);
    kinds.add(m.receiver.kind);
  }
  return [...kinds];
}

const date = (instant: string): Date => new Date(instant);
const dateOrNull = (value: { at: string } | null): Date | null => (value === null ? null : date(value.at));

/** One booking's change by a command: its state after, and its events (the stream's version is their count). */
export interface BookingChange {
  readonly after: ActiveBooking;
  /** The command's own events, the end of `history`. */
  readonly events: readonly FlowEvent[];
  /** Every event of the booking, first to last, the new ones included. */
  readonly history: readonly FlowEvent[];
}

function bookingRow(directory: ReferenceDirectory, change: BookingChange) {
  const { after, history } = change;
  const b = after.booking;
  return {
    id: b.bookingId,
    ori: b.ori,
    state: b.state,
    fieldOffice: directory.fieldOfficeFor(b.state)?.id ?? null,
    templateId: b.templateId,
    status: after.status,
    bookedAt: date(b.bookedAt),
    lastAt: date(after.lastAt),
    reached: reachedKinds(history),
    version: history.length,
    snapshot: after,
    ...statisticsColumns(after),
  };
}

function iceCaseRow(directory: ReferenceDirectory, { after }: BookingChange) {
  if (after.priority === null || after.determination === null) return [];
  const b = after.booking;
  return [
    {
      bookingId: b.bookingId,
      fieldOffice: after.priority.fieldOffice ?? directory.fieldOfficeFor(b.state)?.id ?? null,
      state: b.state,
      ori: b.ori,
      outcome: after.determination.outcome,
      category: after.priority.category,
      rank: priorityRank(after.priority.category),
      convictionLevel: after.priority.convictionLevel,
      chargeLevel: after.priority.chargeLevel,
      determinedAt: date(after.determination.sentAt),
      detainerAt: dateOrNull(after.ice.detainer),
      localCustodyEndedAt: dateOrNull(after.ice.localCustodyEnded),
      custodyAt: dateOrNull(after.ice.custody),
      removalProceedingsAt: dateOrNull(after.ice.removalProceedings),
    },
  ];
}

/**
 * The writes that keep the read models of one or more bookings' changes: one
 * INSERT per table however many bookings (pure: nothing is sent yet), for a
 * caller to run with its other writes in one statement.
 */
export function readModelWrites(directory: ReferenceDirectory, changes: readonly BookingChange[]): (SQL | null)[] {
  if (changes.length === 0) return [];
  // MOA IV.A: a non-ident creates a new FBI number and record in IAFIS; an NFF SIB keeps the subject on its own file.
  const created = changes.flatMap((c) => c.events.flatMap((e) => (e.type === "SreReturned" && e.createdRecord !== undefined ? [e.createdRecord] : [])));
  const files = new Map<string, SibFileEntry>(); // one row per file entry: the last one stands
  for (const { after, events } of changes) {
    for (const e of events) {
      const filed = sibFileEntryAfter(e, after.booking, directory);
      if (filed !== null) files.set(sibFileKey(filed.state, filed.templateId), filed);
    }
  }
  return [
    jsonRowsInsert(bookings, changes.map((c) => bookingRow(directory, c)), onConflictUpdate(bookings, ["id"])),
    jsonRowsInsert(iafisRecords, created.map((r) => ({ fbiNumber: r.fbiNumber, convictions: r.convictions, subject: null }))),
    jsonRowsInsert(iafisPrints, created.flatMap((r) => r.templateIds.map((templateId) => ({ templateId, fbiNumber: r.fbiNumber })))),
    jsonRowsInsert(sibFiles, [...files.values()], onConflictUpdate(sibFiles, ["state", "templateId"])),
    jsonRowsInsert(iceCases, changes.flatMap((c) => iceCaseRow(directory, c)), onConflictUpdate(iceCases, ["bookingId"])),
  ];
}

/**
 * Writes the read models of one or more bookings' changes in one statement.
 * A unique violation can only be a new IAFIS record whose prints another
 * booking recorded first (the other tables are keyed by booking or upserted):
 * it is a StreamConflictError, so runCommand retries the command from the
 * start, and IAFIS then idents the prints.
 */
export async function updateReadModels(db: Executor, directory: ReferenceDirectory, changes: readonly BookingChange[]): Promise<void> {
  try {
    await writeInOneStatement(db, readModelWrites(directory, changes));
  } catch (error) {
    if (isUniqueViolation(error)) throw new StreamConflictError(`iafis-${changes[0]?.after.booking.templateId ?? ""}`);
    throw error;
  }
}
