// Where the flow's facts live in the event store: one stream per booking, one
// per state's MOA, one per LEA's standing (MOA VIII suspension). The MOA and
// LEA streams are read here for DOMAIN D7; whoever records MOA commands
// appends to the same streams (see appendMoaCommand in program-gate.ts).
import { FlowEvent, initialBookingState, evolveOwnedBooking, type BookingState, type FlowEventOf, type FlowEventType, type Ori, type StateCode } from "@sc/core";
import { appendToStreams, events, eventsInsert, readStream, type Executor, type StreamAppend } from "@sc/db";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";

export const bookingStreamId = (bookingId: string): string => `booking-${bookingId}`;
export const moaStreamId = (state: StateCode): string => `moa-${state}`;
export const leaStandingStreamId = (ori: Ori): string => `lea-standing-${ori}`;

export interface LoadedBooking {
  readonly state: BookingState;
  readonly events: readonly FlowEvent[];
  /** The stream's version: the next append expects it. */
  readonly version: number;
}

/** Reads and replays one booking's stream; stored payloads are parsed with core's schema. */
export async function loadBooking(db: Executor, bookingId: string): Promise<LoadedBooking> {
  const stored = await readStream(db, bookingStreamId(bookingId));
  const events = stored.map((e) => FlowEvent.parse(e.payload));
  return { state: events.reduce(evolveOwnedBooking, initialBookingState()), events, version: stored.at(-1)?.version ?? 0 };
}

/**
 * The last event of one type in each of some bookings' streams, by booking id
 * (what a queue shows of a message, e.g. the IAQ LESC answers): the events
 * hold every message; the bookings table keeps no trace.
 */
export async function lastEventsOfType<T extends FlowEventType>(db: Executor, bookingIds: readonly string[], type: T): Promise<Map<string, FlowEventOf<T>>> {
  const found = new Map<string, FlowEventOf<T>>();
  if (bookingIds.length === 0) return found;
  const rows = await db
    .select({ payload: events.payload })
    .from(events)
    .where(and(inArray(events.streamId, bookingIds.map(bookingStreamId)), eq(events.type, type)))
    .orderBy(asc(events.position));
  for (const row of rows) {
    const event = FlowEvent.parse(row.payload);
    if (event.type === type) found.set(event.bookingId, event as FlowEventOf<T>);
  }
  return found;
}

/** One booking's new events, after the version its command read. */
export interface FlowAppend {
  readonly bookingId: string;
  readonly expectedVersion: number;
  readonly events: readonly FlowEvent[];
}

const streamAppends = (appends: readonly FlowAppend[]): StreamAppend[] =>
  appends.map((a) => ({ streamId: bookingStreamId(a.bookingId), expectedVersion: a.expectedVersion, events: a.events.map((event) => ({ type: event.type, payload: event })) }));

/** Appends flow events of one or more bookings in one statement (StreamConflictError when another command won). */
export async function appendFlowEvents(db: Executor, appends: readonly FlowAppend[], at: Date): Promise<void> {
  await appendToStreams(db, streamAppends(appends), at);
}

/** The same append as a write for writeInOneStatement (a unique violation is then the conflict). */
export function flowEventsInsert(appends: readonly FlowAppend[], at: Date): SQL | null {
  return eventsInsert(streamAppends(appends), at);
}
