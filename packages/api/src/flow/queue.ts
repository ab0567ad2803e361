// Queue rows: bookings in a party's scope waiting at given statuses.
import { maySee, type ActiveBooking, type BookingStatus, type Party } from "@sc/core";
import { bookings, type Executor } from "@sc/db";
import { and, asc, inArray, type SQL } from "drizzle-orm";
import { bookingRecord } from "./access";
import { statusSeenBy } from "./view";

export interface QueueItem {
  readonly bookingId: string;
  readonly ori: string;
  readonly state: string;
  readonly status: string;
  readonly bookedAt: string;
  /** When the booking last moved: the queue is oldest first. */
  readonly waitingSince: string;
}

export async function queueOf(db: Executor, party: Party, statuses: readonly BookingStatus[], scope: SQL | undefined): Promise<(QueueItem & { snapshot: ActiveBooking })[]> {
  const rows = await db
    .select()
    .from(bookings)
    .where(and(scope, inArray(bookings.status, [...statuses])))
    .orderBy(asc(bookings.lastAt), asc(bookings.id))
    .limit(500);
  return rows
    .filter((row) => maySee(party, bookingRecord(row)))
    .map((row) => ({
      bookingId: row.id,
      ori: row.ori,
      state: row.state,
      status: statusSeenBy(party, row.status as BookingStatus),
      bookedAt: row.bookedAt.toISOString(),
      waitingSince: row.lastAt.toISOString(),
      // Written by updateReadModels: the decider's state.
      snapshot: row.snapshot as ActiveBooking,
    }));
}

export function withoutSnapshot<T extends { snapshot: unknown }>(item: T): Omit<T, "snapshot"> {
  const { snapshot: _snapshot, ...rest } = item;
  return rest;
}
