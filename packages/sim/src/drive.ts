// Drives simulated bookings through the API's own durable path, a batch at a
// time, as the booking batches of packages/api do: one read of the
// environment (IAFIS and IDENT records, SIB files, the D7 gate) for the
// batch, core's deciders through the API's advanceFlow for every command of
// every booking (the LEA's booking and the machine steps after it, LESC's
// determination, ICE's detainer, the LEA's adjudication and end of local
// custody, ICE's custody and removal proceedings), then the batch's events,
// read models and the state's progress in one statement: all of it is kept
// or none is, so after a kill the progress row says where to go on.
import { advanceFlow, FlowRefused, flowEventsInsert, readFlowEnvironment, readModelWrites, type BookingChange, type FlowSubject, type LoadedEnvironment } from "@sc/api";
import { expectedStep, initialBookingState, isActive, nextTcn, type ActiveBooking, type FlowCommand, type FlowEvent, type ReferenceDirectory } from "@sc/core";
import { iafisPrints, iafisRecords, identEncounters, jsonRowsInsert, onConflictUpdate, simulationProgress, writeInOneStatement, type Db } from "@sc/db";
import { sql } from "drizzle-orm";
import { minutes, stateBookings, type Plan, type SimBooking } from "./workload";
import { directoryAt } from "./world";

export const DEFAULT_BATCH = 500;

const iso = (ms: number): string => new Date(ms).toISOString();
const DAY = 1440;

/** The world's facts about the batch's new subjects, before their first booking is read (idempotent: a resumed batch writes them again). */
function worldWrites(batch: readonly SimBooking[]) {
  const fresh = batch.flatMap((b) => (b.newSubject === null ? [] : [b.newSubject]));
  const nothing = sql`on conflict do nothing`;
  const records = fresh.flatMap((s) => (s.record === null ? [] : [{ ...s.record, templateId: s.templateId }]));
  return [
    jsonRowsInsert(iafisRecords, records.map((r) => ({ fbiNumber: r.fbiNumber, convictions: r.convictions, subject: null })), nothing),
    jsonRowsInsert(iafisPrints, records.map((r) => ({ templateId: r.templateId, fbiNumber: r.fbiNumber })), nothing),
    jsonRowsInsert(
      identEncounters,
      fresh.flatMap((s) => (s.encounter === null ? [] : [{ encounterId: s.encounter.encounterId, templateId: s.templateId, encounteredAt: new Date(Date.parse("2005-01-01T00:00:00.000Z")), kind: s.encounter.kind }])),
      nothing,
    ),
  ];
}

/** One booking's commands, decided in turn on the state each leaves; a step core refuses (D10's custody, say) is not taken. */
function simulateBooking(b: SimBooking, env: LoadedEnvironment, directoryOf: (ms: number) => ReferenceDirectory): BookingChange {
  const ctx = { newId: () => b.idHex };
  const events: FlowEvent[] = [];
  let state: ActiveBooking | undefined;
  const run = (first: FlowCommand, atMs: number, stepAt?: (type: FlowCommand["type"], previous: string) => string): boolean => {
    try {
      const advance = advanceFlow(ctx, state ?? initialBookingState(), first, { ...env, directory: directoryOf(atMs) }, iso(atMs), stepAt);
      state = advance.state;
      events.push(...advance.events);
      return true;
    } catch (error) {
      if (error instanceof FlowRefused && state !== undefined) return false;
      throw error;
    }
  };
  const lea = { kind: "LEA", ori: b.ori } as const;
  // MOA IV.B: a response the machine steps leave at a SIB without relay capability; the SIB records that it holds it.
  const sibHolds = (atMs: number) => {
    const s = state;
    if (s === undefined || !isActive(s) || s.status !== "response-at-sib") return;
    run({ type: "RelayResponse", bookingId: b.bookingId, now: iso(atMs), by: { kind: "SIB", state: b.state }, tcn: nextTcn(s, b.bookingId), receivedAt: iso(atMs) }, atMs);
  };
  const iafisAnswer = (type: FlowCommand["type"], previous: string) => (type === "RunIafisSearch" ? iso(Date.parse(previous) + minutes(b.iafisMinutes)) : previous);
  run({ type: "BookSubject", bookingId: b.bookingId, now: iso(b.bookedAtMs), by: lea, ori: b.ori, templateId: b.templateId, charges: [...b.charges] }, b.bookedAtMs, iafisAnswer);
  const booked = state as ActiveBooking | undefined;
  if (booked === undefined || !isActive(booked)) throw new Error(`booking ${b.bookingId} was not made`);
  let cursor = Date.parse(booked.lastAt);
  sibHolds(cursor);
  const next = (offsetMinutes: number): number => (cursor += minutes(offsetMinutes));
  // MOA V.B: LESC answers the IAQ.
  if (expectedStep(booked)?.type === "RecordStatusDetermination") {
    const t = next(b.lescMinutes);
    run({ type: "RecordStatusDetermination", bookingId: b.bookingId, now: iso(t), by: { kind: "LESC" }, tcn: nextTcn(booked, b.bookingId), receivedAt: iso(t), outcome: b.outcome }, t);
    sibHolds(t);
  }
  const determined = state as ActiveBooking;
  const office = directoryOf(cursor).fieldOfficeFor(b.state)?.id;
  if (determined.determination !== null && determined.priority !== null && office !== undefined) {
    const ice = { kind: "ICE-FIELD-OFFICE", office } as const;
    const id = b.bookingId;
    const detainer = b.detainer && b.outcome === "removable" && run({ type: "LodgeDetainer", bookingId: id, now: iso(next(60)), by: ice }, cursor);
    if (b.releasedBeforeAdjudication) run({ type: "RecordLocalCustodyEnded", bookingId: id, now: iso(next(DAY)), by: lea, reason: "released" }, cursor);
    const sentenceDays = Math.max(1, Math.round(b.sentenceMinutes / DAY));
    const convictions = b.convicted ? b.charges.map((ncicCode) => ({ ncicCode, date: iso(cursor), sentenceDays })) : [];
    const adjudicatedAt = next(b.adjudicationMinutes);
    run({ type: "RecordAdjudication", bookingId: id, now: iso(adjudicatedAt), by: lea, convictions: convictions.map((c) => ({ ...c, date: iso(adjudicatedAt) })) }, adjudicatedAt);
    if (!b.releasedBeforeAdjudication) {
      const reason = b.convicted ? "sentence-completed" : "released";
      run({ type: "RecordLocalCustodyEnded", bookingId: id, now: iso(next(b.convicted ? b.sentenceMinutes : 60)), by: lea, reason }, cursor);
    }
    // MOA V.C: ICE takes custody once core allows it (D10), then institutes removal proceedings.
    if (detainer && run({ type: "TakeIntoCustody", bookingId: id, now: iso(next(60)), by: ice }, cursor)) {
      run({ type: "InstituteRemovalProceedings", bookingId: id, now: iso(next(DAY)), by: ice }, cursor);
    }
  }
  const after = state as ActiveBooking;
  return { after, events, history: events };
}

/** Commits one batch of one state's bookings, and that state's progress, in one statement. */
export async function commitBatch(db: Db, plan: Plan, key: string, batch: readonly SimBooking[], directoryOf: (ms: number) => ReferenceDirectory): Promise<void> {
  const last = batch.at(-1);
  if (last === undefined) return;
  await writeInOneStatement(db, worldWrites(batch));
  const directory = directoryOf(Date.parse(plan.profile.start));
  const subjects: FlowSubject[] = batch.map((b) => ({ state: b.state, ori: b.ori, templateId: b.templateId, fbiNumbers: [] }));
  const { env } = await readFlowEnvironment(db, directory, subjects, {});
  const changes = batch.map((b) => simulateBooking(b, env, directoryOf));
  await writeInOneStatement(db, [
    flowEventsInsert(changes.map((c) => ({ bookingId: c.after.booking.bookingId, expectedVersion: 0, events: c.events })), new Date(last.bookedAtMs)),
    ...readModelWrites(directory, changes),
    jsonRowsInsert(simulationProgress, [{ runKey: key, state: last.state, nextIndex: last.index + 1 }], onConflictUpdate(simulationProgress, ["runKey", "state"])),
  ]);
}

export interface DriveOptions {
  readonly batchSize: number;
  /** Called after each committed batch with the number of bookings it held. */
  readonly onBatch?: (bookings: number) => void;
}

/** Runs the given states' bookings from where the database says each stopped. */
export async function driveStates(db: Db, plan: Plan, key: string, states: readonly string[], progress: ReadonlyMap<string, number>, options: DriveOptions): Promise<void> {
  const directoryOf = directoryAt(plan.profile);
  for (const state of states) {
    let batch: SimBooking[] = [];
    for (const b of stateBookings(plan, state, progress.get(state) ?? 0)) {
      batch.push(b);
      if (batch.length < options.batchSize) continue;
      await commitBatch(db, plan, key, batch, directoryOf);
      options.onBatch?.(batch.length);
      batch = [];
    }
    if (batch.length > 0) {
      await commitBatch(db, plan, key, batch, directoryOf);
      options.onBatch?.(batch.length);
    }
  }
}
