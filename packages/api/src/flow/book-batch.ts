// Bookings commit in groups (issue 4's throughput; the "group commit" of
// databases). While one batch of bookings is being written, the bookings that
// arrive wait; when it is written, all of them (up to MAX_BATCH) go in the
// next batch together: one read of the environment (IAFIS and IDENT records,
// SIB files, the D7 gate), the directory's version and the answers stored
// under their idempotency keys, for all of them in one statement, then every
// write of the batch in one statement. A booking alone still commits at once
// (no timer, no added wait), and under load a batch carries many bookings, so
// the database answers two statements per batch instead of about fifteen per
// booking.
//
// Each booking is decided in memory in arrival order, with the environment
// learning what earlier bookings of the batch created (a non-ident's IAFIS
// record, an NFF file entry), so the outcome is what one-by-one commits would
// give. A booking core refuses is answered with its refusal and writes
// nothing. If the batch's write fails (a lost race with another process, a
// constraint), nothing of it is kept and every booking of it is run again
// alone through runCommand, which retries conflicts; so a batch never
// answers a booking it did not store.
import { initialBookingState, type ActiveBooking, type FlowCommand, type FlowEvent } from "@sc/core";
import { auditLog, boundArray, idempotencyKeys, jsonRowsInsert, writeInOneStatement, type Db } from "@sc/db";
import { TRPCError } from "@trpc/server";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditRow } from "../audit";
import { answerToStoredKey, requestHash, runCommand } from "../command";
import type { InnerContext } from "../context";
import type { SignedInUser } from "../trpc";
import { requirePermission } from "./access";
import { cachedDirectory, directoryVersionColumn, readDirectory, readFlowEnvironment, type LoadedEnvironment } from "./environment";
import type { BookInput } from "./inputs";
import { readModelWrites, type BookingChange } from "./read-models";
import { advanceFlow, flowSubject, runFlow, type FlowAdvance, type FlowRun } from "./run";
import { flowEventsInsert } from "./streams";
import { bookingView, type BookingView } from "./view";

export const BOOK_ACTION = "bookings.book";
/** Bookings per batch at most: enough to amortise a commit, small enough to keep one batch short. */
export const MAX_BATCH = 64;

export interface BookAnswer {
  readonly booking: BookingView;
  /** An automatic step core refused: the chain stopped there. */
  readonly stopped: FlowRun["stopped"];
}

type BookingContext = InnerContext & { user: SignedInUser };
type Lea = Extract<SignedInUser["party"], { kind: "LEA" }>;

interface Pending {
  readonly ctx: BookingContext;
  readonly lea: Lea;
  readonly input: z.infer<typeof BookInput>;
  readonly hash: string;
  readonly resolve: (answer: BookAnswer) => void;
  readonly reject: (error: unknown) => void;
}

const request = (input: z.infer<typeof BookInput>) => ({ templateId: input.templateId, charges: input.charges });

function bookCommand(bookingId: string, lea: Lea, input: z.infer<typeof BookInput>, now: string): FlowCommand {
  return { type: "BookSubject", bookingId, now, by: lea, ori: lea.ori, templateId: input.templateId, charges: input.charges };
}

/** What the LEA is answered: its view of the booking (the field office from the directory) and where the chain stopped. */
function bookAnswer(lea: Lea, state: ActiveBooking, history: readonly FlowEvent[], directory: LoadedEnvironment["directory"], stopped: FlowRun["stopped"]): BookAnswer {
  return { booking: bookingView(lea, state, history, directory.fieldOfficeFor(state.booking.state)?.id ?? null), stopped };
}

/** One booking in its own transaction: the fallback when its batch could not commit. */
function bookAlone(p: Pending): Promise<BookAnswer> {
  return runCommand(p.ctx, {
    action: BOOK_ACTION,
    idempotencyKey: p.input.idempotencyKey,
    request: request(p.input),
    execute: async (tx) => {
      const bookingId = p.ctx.newId();
      const run = await runFlow(p.ctx, tx, bookingId, (_state, now) => bookCommand(bookingId, p.lea, p.input, now));
      return { result: bookAnswer(p.lea, run.state, run.history, run.env.directory, run.stopped), object: { type: "booking", id: bookingId } };
    },
  });
}

type Settled = { readonly pending: Pending; readonly answer: BookAnswer } | { readonly pending: Pending; readonly error: unknown };

/** What the batch's read finds stored under its keys: a booking already made (or a different request). */
const StoredKeys = z.array(z.object({ userId: z.string(), key: z.string(), requestHash: z.string(), response: z.unknown() }));

/**
 * The answers stored under some users' keys, as a column of the batch's read
 * (exported for the test that it goes through the primary key): every pair of
 * the users and keys given, the exact pairs matched in commitBatch.
 */
export function storedKeysColumn(userIds: readonly string[], keys: readonly string[]): SQL {
  const users = [...new Set(userIds)];
  return sql`(select coalesce(json_agg(json_build_object('userId', k.user_id, 'key', k.key, 'requestHash', k.request_hash, 'response', k.response)), '[]')
    from ${idempotencyKeys} k where k.user_id = any(${boundArray(users, "uuid")}) and k.key = any(${boundArray([...new Set(keys)])}))`;
}

/**
 * The batch's one read: the environment of its bookings, the directory's
 * version and the answers already stored under its keys, in one statement.
 * The directory is the one built for this database; if its row has changed
 * since (another process edited it), it is read again and so is the
 * environment, since the bookings' states come from it.
 */
async function readBatch(db: Db, commands: readonly { p: Pending; first: FlowCommand }[]) {
  let known = cachedDirectory(db) ?? (await readDirectory(db, db));
  const also = { directoryVersion: directoryVersionColumn, stored: storedKeysColumn(commands.map((c) => c.p.ctx.user.userId), commands.map((c) => c.p.input.idempotencyKey)) };
  for (let attempt = 1; ; attempt++) {
    const directory = known.directory;
    const subjects = commands.flatMap(({ first }) => flowSubject(directory, initialBookingState(), first) ?? []);
    const read = await readFlowEnvironment(db, directory, subjects, also);
    // A second change between two reads a moment apart: the second directory is as current as one-by-one commits would read.
    if (read.also.directoryVersion === known.version || attempt === 2) return { directory, env: read.env, stored: StoredKeys.parse(read.also.stored) };
    known = await readDirectory(db, db);
  }
}

/**
 * Everything one batch does: one read (the environment, the directory's
 * version, the stored keys), then every write of the batch in one statement,
 * which is atomic by itself, so no transaction is opened: each round trip to
 * the database cost milliseconds on a busy machine (and on PGlite each
 * statement costs about a millisecond of planning and protocol), and a batch
 * made sixteen of them. What another process commits between the read and
 * the write is caught by the unique keys (a stream's version, an idempotency
 * key, a print's IAFIS record): the write then fails whole, and the batch
 * falls back to one by one. Answers are given only after the write.
 */
async function commitBatch(db: Db, batch: readonly Pending[]): Promise<Settled[]> {
  const clock = batch[0]?.ctx.clock; // one database, one server clock
  if (clock === undefined) return [];
  const settled: Settled[] = [];
  const audits: (typeof auditLog.$inferInsert)[] = [];
  const commands = batch.map((p) => ({ p, first: bookCommand(p.ctx.newId(), p.lea, p.input, p.ctx.clock.now().toISOString()) }));
  const { directory, env, stored } = await readBatch(db, commands);
  const fresh: typeof commands = [];
  for (const command of commands) {
    const p = command.p;
    const first = stored.find((s) => s.userId === p.ctx.user.userId && s.key === p.input.idempotencyKey);
    if (first === undefined) {
      fresh.push(command);
      continue;
    }
    try {
      const replay = answerToStoredKey(first, { action: BOOK_ACTION, hash: p.hash, idempotencyKey: p.input.idempotencyKey, actor: p.ctx.user });
      audits.push(auditRow(p.ctx, replay.audit));
      settled.push({ pending: p, answer: replay.response as BookAnswer });
    } catch (error) {
      settled.push({ pending: p, error }); // the key was used for a different request
    }
  }
  const writes: (SQL | null)[] = [];
  if (fresh.length > 0) {
    const changes: BookingChange[] = [];
    const keys: (typeof idempotencyKeys.$inferInsert)[] = [];
    for (const { p, first } of fresh) {
      let advance: FlowAdvance;
      try {
        advance = advanceFlow(p.ctx, initialBookingState(), first, env, first.now);
      } catch (error) {
        settled.push({ pending: p, error }); // core refused the booking: nothing written for it
        continue;
      }
      const { state, events, stopped } = advance;
      const answer = bookAnswer(p.lea, state, events, directory, stopped);
      changes.push({ after: state, events, history: events });
      const now = p.ctx.clock.now();
      keys.push({ userId: p.ctx.user.userId, key: p.input.idempotencyKey, action: BOOK_ACTION, requestHash: p.hash, response: answer, createdAt: now });
      audits.push(auditRow(p.ctx, { actor: p.ctx.user, action: BOOK_ACTION, object: { type: "booking", id: first.bookingId }, outcome: "success" }));
      settled.push({ pending: p, answer });
    }
    writes.push(
      flowEventsInsert(changes.map((c) => ({ bookingId: c.after.booking.bookingId, expectedVersion: 0, events: c.events })), clock.now()),
      ...readModelWrites(directory, changes),
      jsonRowsInsert(idempotencyKeys, keys),
    );
  }
  writes.push(jsonRowsInsert(auditLog, audits));
  await writeInOneStatement(db, writes);
  return settled;
}

/** The bookings waiting for the next commit of one database. */
class BookingQueue {
  private waiting: Pending[] = [];
  private running = false;
  readonly stats = { batches: 0, bookings: 0, fallbacks: 0 };

  constructor(private readonly db: Db) {}

  submit(p: Pending): void {
    this.waiting.push(p);
    if (this.running) return;
    this.running = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const taken = this.waiting.splice(0, MAX_BATCH);
        // The same user's same key twice in one batch: the later ones wait for the
        // next batch, where they find the first one's answer (or its conflict).
        const seen = new Set<string>();
        const batch: Pending[] = [];
        const later: Pending[] = [];
        for (const p of taken) {
          const key = `${p.ctx.user.userId}\n${p.input.idempotencyKey}`;
          (seen.has(key) ? later : batch).push(p);
          seen.add(key);
        }
        this.waiting.unshift(...later);
        await this.run(batch);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(batch: readonly Pending[]): Promise<void> {
    let settled: Settled[];
    try {
      settled = await commitBatch(this.db, batch);
    } catch {
      // Nothing of the batch was kept: each booking goes again alone, and answers for itself.
      this.stats.fallbacks++;
      for (const p of batch) await bookAlone(p).then(p.resolve, p.reject);
      return;
    }
    this.stats.batches++;
    this.stats.bookings += batch.length;
    for (const s of settled) {
      if ("answer" in s) {
        s.pending.ctx.auditState.written = true;
        s.pending.resolve(s.answer);
      } else s.pending.reject(s.error);
    }
  }
}

const queues = new WeakMap<Db, BookingQueue>();

/** How a database's bookings committed so far: batches, bookings in them, batches that fell back to one by one. */
export function bookingBatchStats(db: Db): { readonly batches: number; readonly bookings: number; readonly fallbacks: number } {
  return { ...(queues.get(db)?.stats ?? { batches: 0, bookings: 0, fallbacks: 0 }) };
}

/**
 * MOA IV.A: an LEA books a subject in its own agency; the CAR goes to the SIB
 * and the machine steps run (automation.ts). Idempotent by key; commits in the
 * next batch of its database.
 */
export function bookSubject(ctx: BookingContext, input: z.infer<typeof BookInput>): Promise<BookAnswer> {
  const party = ctx.user.party;
  if (party.kind !== "LEA") throw new TRPCError({ code: "FORBIDDEN", message: "only an LEA books a subject" });
  requirePermission(party, "BookSubject", { ori: party.ori });
  let queue = queues.get(ctx.db);
  if (queue === undefined) {
    queue = new BookingQueue(ctx.db);
    queues.set(ctx.db, queue);
  }
  const target = queue;
  return new Promise<BookAnswer>((resolve, reject) => {
    target.submit({ ctx, lea: party, input, hash: requestHash(BOOK_ACTION, request(input)), resolve, reject });
  });
}
