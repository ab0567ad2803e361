// Read models kept beside the events, in the same transaction: the booking row
// (status, times, parties reached, snapshot), its messages, the ICE case, a
// new IAFIS record on a non-ident, and the NFF SIB's file (MOA IV.A).
import { partyLabel, type ActiveBooking, type FlowEvent, type IcePriorityCategory, type Message, type PartyKind, type ReferenceDirectory } from "@sc/core";
import { bookings, flowMessages, iafisPrints, iafisRecords, iceCases, isUniqueViolation, sibFiles, StreamConflictError, type Executor } from "@sc/db";
import { sql } from "drizzle-orm";

/** Queue order of ICE cases (MOA V.C first, then III.B.iii discretion). */
export const CATEGORY_RANK: Readonly<Record<IcePriorityCategory, number>> = {
  "level-1-priority": 0,
  "field-office-discretion": 1,
  "pending-investigation": 2,
  "not-subject-to-removal": 3,
};

export function messagesOf(state: ActiveBooking): Message[] {
  return state.trace.flatMap((entry) => (entry.kind === "message" ? [entry.message] : []));
}

/** The kinds of party the booking's messages reached, as core's maySee reads them. */
export function reachedKinds(state: ActiveBooking): PartyKind[] {
  const kinds = new Set<PartyKind>(["LEA", "SIB"]);
  for (const m of messagesOf(state)) {
    kinds.add(m.sender.kind);
    kinds.add(m.receiver.kind);
  }
  return [...kinds];
}

const date = (instant: string): Date => new Date(instant);
const dateOrNull = (value: { at: string } | null): Date | null => (value === null ? null : date(value.at));

export async function updateReadModels(
  db: Executor,
  directory: ReferenceDirectory,
  before: ActiveBooking | null,
  after: ActiveBooking,
  newEvents: readonly FlowEvent[],
  version: number,
): Promise<void> {
  const b = after.booking;
  const fieldOffice = directory.fieldOfficeFor(b.state)?.id ?? null;
  const row = {
    id: b.bookingId,
    ori: b.ori,
    state: b.state,
    fieldOffice,
    templateId: b.templateId,
    status: after.status,
    bookedAt: date(b.bookedAt),
    lastAt: date(after.lastAt),
    reached: reachedKinds(after),
    version,
    snapshot: after,
  };
  await db.insert(bookings).values(row).onConflictDoUpdate({ target: bookings.id, set: { ...row, id: undefined } });

  const old = before === null ? 0 : messagesOf(before).length;
  const fresh = messagesOf(after).slice(old);
  if (fresh.length > 0) {
    await db.insert(flowMessages).values(
      fresh.map((m, i) => ({
        tcn: m.tcn,
        bookingId: b.bookingId,
        seq: old + i + 1,
        type: m.type,
        sender: partyLabel(m.sender),
        senderKind: m.sender.kind,
        receiver: partyLabel(m.receiver),
        receiverKind: m.receiver.kind,
        sentAt: date(m.sentAt),
        receivedAt: date(m.receivedAt),
        message: m,
      })),
    );
  }

  for (const event of newEvents) {
    if (event.type !== "SreReturned") continue;
    if (event.createdRecord !== undefined) {
      // MOA IV.A: a non-ident creates a new FBI number and record in IAFIS.
      const record = event.createdRecord;
      try {
        await db.insert(iafisRecords).values({ fbiNumber: record.fbiNumber, convictions: record.convictions, subject: null });
        await db.insert(iafisPrints).values(record.templateIds.map((templateId) => ({ templateId, fbiNumber: record.fbiNumber })));
      } catch (error) {
        // Another booking of the same prints created the record first: runCommand retries
        // this command from the start, and IAFIS then idents the prints.
        if (isUniqueViolation(error)) throw new StreamConflictError(`iafis-${b.templateId}`);
        throw error;
      }
    }
    // MOA IV.A: an NFF SIB keeps the subject on its own file; later bookings there go as a CPI.
    if (directory.state(b.state)?.sib.nff === true) {
      await db
        .insert(sibFiles)
        .values({ state: b.state, templateId: b.templateId, fbiNumber: event.message.payload.fbiNumber })
        .onConflictDoUpdate({ target: [sibFiles.state, sibFiles.templateId], set: { fbiNumber: sql`excluded.fbi_number` } });
    }
  }

  if (after.priority !== null && after.determination !== null) {
    const ice = {
      bookingId: b.bookingId,
      fieldOffice: after.priority.fieldOffice ?? fieldOffice,
      state: b.state,
      ori: b.ori,
      outcome: after.determination.outcome,
      category: after.priority.category,
      rank: CATEGORY_RANK[after.priority.category],
      convictionLevel: after.priority.convictionLevel,
      chargeLevel: after.priority.chargeLevel,
      determinedAt: date(after.determination.sentAt),
      detainerAt: dateOrNull(after.ice.detainer),
      localCustodyEndedAt: dateOrNull(after.ice.localCustodyEnded),
      custodyAt: dateOrNull(after.ice.custody),
      removalProceedingsAt: dateOrNull(after.ice.removalProceedings),
    };
    await db.insert(iceCases).values(ice).onConflictDoUpdate({ target: iceCases.bookingId, set: { ...ice, bookingId: undefined } });
  }
}
