// Queue rows: bookings in a party's scope waiting at given statuses.
import { maySee, type ActiveBooking, type BookingStatus, type Party } from "@sc/core";
import { bookings, type Executor } from "@sc/db";
import { and, asc, inArray, sql, type SQL } from "drizzle-orm";
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

/** A page of a queue: at most `limit` items, after the item `after` names (waitingSince|bookingId). */
export interface QueuePage {
  readonly limit: number;
  readonly after?: string | undefined;
}

export async function queueOf(
  db: Executor,
  party: Party,
  statuses: readonly BookingStatus[],
  scope: SQL | undefined,
  page: QueuePage = { limit: 500 },
): Promise<(QueueItem & { snapshot: ActiveBooking })[]> {
  const [afterAt, ...afterId] = page.after?.split("|") ?? [];
  // The order and the cursor are those of the index bookings_status_last_at (status, last_at, id).
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        scope,
        inArray(bookings.status, [...statuses]),
        afterAt === undefined ? undefined : sql`(${bookings.lastAt}, ${bookings.id}) > (${new Date(afterAt)}, ${afterId.join("|")})`,
      ),
    )
    .orderBy(asc(bookings.lastAt), asc(bookings.id))
    .limit(page.limit);
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
