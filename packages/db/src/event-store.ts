// Append-only event streams. A command reads a stream, decides, and appends at
// the version it read; unique (stream_id, version) makes a concurrent second
// writer fail instead of both winning (see StreamConflictError).
import { asc, eq, inArray, max, type SQL } from "drizzle-orm";
import type { Executor } from "./database";
import { isUniqueViolation } from "./errors";
import { jsonRowsInsert, writeInOneStatement } from "./raw";
import { events } from "./schema/index";

export interface NewEvent {
  readonly type: string;
  readonly payload: unknown;
}

export interface StoredEvent extends NewEvent {
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly recordedAt: Date;
}

/** Another command appended to the stream first; the caller's transaction must roll back. */
export class StreamConflictError extends Error {
  constructor(readonly streamId: string) {
    super(`stream ${streamId} changed while this command ran; try again`);
    this.name = "StreamConflictError";
  }
}

export async function readStream(db: Executor, streamId: string): Promise<StoredEvent[]> {
  return db.select().from(events).where(eq(events.streamId, streamId)).orderBy(asc(events.version));
}

/** Several streams in one query: each stream's events in version order (absent: none). */
export async function readStreams(db: Executor, streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const byStream = new Map<string, StoredEvent[]>();
  if (streamIds.length === 0) return byStream;
  const rows = await db.select().from(events).where(inArray(events.streamId, [...new Set(streamIds)])).orderBy(asc(events.streamId), asc(events.version));
  for (const row of rows) {
    const list = byStream.get(row.streamId);
    if (list === undefined) byStream.set(row.streamId, [row]);
    else list.push(row);
  }
  return byStream;
}

export async function streamVersion(db: Executor, streamId: string): Promise<number> {
  const [row] = await db
    .select({ version: max(events.version) })
    .from(events)
    .where(eq(events.streamId, streamId));
  return row?.version ?? 0;
}

/** Events to append to one stream after the version the writer read (0 for a new stream). */
export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly NewEvent[];
}

/**
 * Appends to several streams in one statement (a batch of commands). Throws
 * StreamConflictError when another writer got to any of them first; nothing
 * is appended then.
 */
export async function appendToStreams(db: Executor, appends: readonly StreamAppend[], recordedAt: Date): Promise<void> {
  try {
    await writeInOneStatement(db, [eventsInsert(appends, recordedAt)]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new StreamConflictError(appends.length === 1 ? (appends[0]?.streamId ?? "") : `one of ${appends.length} streams`);
    throw error;
  }
}

/** The INSERT appendToStreams runs, for a caller that writes it with others in one statement (a unique violation is then its conflict). */
export function eventsInsert(appends: readonly StreamAppend[], recordedAt: Date): SQL | null {
  const rows = appends.flatMap(({ streamId, expectedVersion, events: list }) =>
    list.map((event, i) => ({ streamId, version: expectedVersion + i + 1, type: event.type, payload: event.payload, recordedAt })),
  );
  return jsonRowsInsert(events, rows);
}

/**
 * Appends `newEvents` after `expectedVersion` (0 for a new stream). Throws
 * StreamConflictError when another writer got there first.
 */
export async function appendToStream(
  db: Executor,
  streamId: string,
  expectedVersion: number,
  newEvents: readonly NewEvent[],
  recordedAt: Date,
): Promise<void> {
  await appendToStreams(db, [{ streamId, expectedVersion, events: newEvents }], recordedAt);
}
