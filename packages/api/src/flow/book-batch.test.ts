import { auditLog, bookings, events, iafisRecords, idempotencyKeys } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { and, count, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInnerContext } from "../context";
import { createCaller } from "../root";
import { DIRECTORY_DOCUMENT } from "../router/directory";
import type { World } from "../test/world";
import { bookingBatchStats } from "./book-batch";
import { DEMO_SUBJECTS } from "./seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes } from "./test-world";

describe.each(testBackends())("bookings committed in batches on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  const countOf = async (table: typeof bookings | typeof idempotencyKeys, where: ReturnType<typeof eq>) => {
    const [row] = await world.database.db.select({ n: count() }).from(table).where(where);
    return row?.n ?? 0;
  };

  it("given many bookings at once, when they commit, then fewer transactions than bookings carry them, and each is stored, audited and keyed once", async () => {
    const lea = await world.as("lea.va");
    const before = bookingBatchStats(world.database.db);
    // A template IAFIS has never seen: the first booking is a non-ident that creates its record (MOA IV.A), the rest ident.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => lea.bookings.book({ idempotencyKey: `batch-many-${i}`, templateId: "T-BATCH-NEW-1", charges: ["2399"] })),
    );
    const after = bookingBatchStats(world.database.db);
    expect(after.bookings - before.bookings).toBe(12);
    expect(after.batches - before.batches).toBeLessThan(12);
    expect(after.fallbacks).toBe(before.fallbacks);

    const ids = answers.map((a) => a.booking.bookingId);
    expect(new Set(ids).size).toBe(12);
    expect(answers.every((a) => a.booking.status === "relayed" && a.stopped === null)).toBe(true);
    expect(await countOf(bookings, eq(bookings.templateId, "T-BATCH-NEW-1"))).toBe(12);
    expect(await countOf(idempotencyKeys, like(idempotencyKeys.key, "batch-many-%"))).toBe(12);
    const [audited] = await world.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, "bookings.book"), eq(auditLog.outcome, "success"), eq(auditLog.objectType, "booking")));
    expect(audited?.n).toBeGreaterThanOrEqual(12);
    // One record created for the new prints, as one-by-one commits would: the first booking's non-ident.
    const sres = await Promise.all(ids.map((id) => world.database.db.select().from(events).where(and(eq(events.streamId, `booking-${id}`), eq(events.type, "SreReturned")))));
    const results = sres.map(([row]) => (row?.payload as { message: { payload: { result: string } } }).message.payload.result);
    expect(results.filter((r) => r === "non-ident")).toHaveLength(1);
    expect(results[0]).toBe("non-ident");
    const [records] = await world.database.db.select({ n: count() }).from(iafisRecords);
    expect(records?.n).toBeGreaterThan(0);
    // The booking row keeps the decider's state, which has no trace: the messages live in the events only, and the state counts them.
    const [row] = await world.database.db.select({ snapshot: bookings.snapshot, status: bookings.status }).from(bookings).where(eq(bookings.id, ids[0] ?? ""));
    expect(row?.status).toBe("relayed");
    expect(row?.snapshot).toMatchObject({ status: "relayed", booking: { bookingId: ids[0] }, messagesSent: 7 });
    expect(row?.snapshot).not.toHaveProperty("trace");
    expect(await storedMessageTypes(world, ids[0] ?? "")).toEqual(["CAR", "CAR", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "NO_MATCH_IDR", "RELAY"]);
  });

  it("MOA IV.A in a batch: in an NFF state the second booking of new prints goes as a CPI, because the first put them on the SIB's file", async () => {
    const lea = await world.as("lea.nc");
    const [first, second] = await Promise.all([
      lea.bookings.book({ idempotencyKey: "batch-nff-1", templateId: "T-BATCH-NFF-1", charges: ["2399"] }),
      lea.bookings.book({ idempotencyKey: "batch-nff-2", templateId: "T-BATCH-NFF-1", charges: ["2399"] }),
      lea.bookings.book({ idempotencyKey: "batch-nff-3", templateId: "T-BATCH-NFF-2", charges: ["2399"] }),
    ]);
    expect((await storedMessageTypes(world, first?.booking.bookingId ?? ""))[1]).toBe("CAR");
    expect((await storedMessageTypes(world, second?.booking.bookingId ?? ""))[1]).toBe("CPI");
  });

  it("given the same key twice in one burst, then one booking is made and both get its answer; with a different payload the second is refused", async () => {
    const lea = await world.as("lea.va");
    const request = { idempotencyKey: "batch-same-1", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] };
    const before = bookingBatchStats(world.database.db);
    const [a, b] = await Promise.all([lea.bookings.book(request), lea.bookings.book(request)]);
    expect(b).toEqual(a);
    // The second found the first's answer in its batch's read, without falling back to one by one.
    expect(bookingBatchStats(world.database.db).fallbacks).toBe(before.fallbacks);
    expect(await countOf(idempotencyKeys, eq(idempotencyKeys.key, "batch-same-1"))).toBe(1);

    const outcomes = await Promise.all([
      outcomeOf(lea.bookings.book({ ...request, idempotencyKey: "batch-same-2" })),
      outcomeOf(lea.bookings.book({ ...request, idempotencyKey: "batch-same-2", charges: ["1201"] })),
    ]);
    expect(outcomes[0]).toBe("OK");
    expect(outcomes[1]).toMatch(/^CONFLICT: idempotencyKey/);
  });

  it("given a batch whose commit fails, then nothing of it is kept and each booking is run again alone: the bad one is refused, the others booked", async () => {
    const lea = await world.as("lea.va");
    const existing = (await lea.bookings.book({ idempotencyKey: "batch-fail-0", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] })).booking.bookingId;
    const [eventsBefore] = await world.database.db.select({ n: count() }).from(events).where(eq(events.streamId, `booking-${existing}`));
    const token = await world.signIn("lea.va");
    // A caller whose id generator repeats an existing booking's id: its events collide with that stream.
    const colliding = createCaller(createInnerContext({ db: world.database.db, clock: world.clock, token, source: "test", newId: () => existing }));
    const before = bookingBatchStats(world.database.db);
    const outcomes = await Promise.all([
      outcomeOf(lea.bookings.book({ idempotencyKey: "batch-fail-1", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] })),
      outcomeOf(lea.bookings.book({ idempotencyKey: "batch-fail-2", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] })),
      outcomeOf(colliding.bookings.book({ idempotencyKey: "batch-fail-3", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] })),
      outcomeOf(lea.bookings.book({ idempotencyKey: "batch-fail-4", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] })),
    ]);
    expect(bookingBatchStats(world.database.db).fallbacks).toBeGreaterThan(before.fallbacks);
    expect(outcomes[0]).toBe("OK");
    expect(outcomes[1]).toBe("OK");
    expect(outcomes[2]).toMatch(/already exists/);
    expect(outcomes[3]).toBe("OK");
    const [eventsAfter] = await world.database.db.select({ n: count() }).from(events).where(eq(events.streamId, `booking-${existing}`));
    expect(eventsAfter?.n).toBe(eventsBefore?.n);
    expect(await countOf(idempotencyKeys, like(idempotencyKeys.key, "batch-fail-%"))).toBe(4); // 0, 1, 2 and 4
    expect(await countOf(idempotencyKeys, eq(idempotencyKeys.key, "batch-fail-3"))).toBe(0);
  });

  it("given the directory changed after the batches cached it (another process's edit), then the next batch decides with the new one (MOA IV.B: a SIB without relay capability holds the response)", async () => {
    const lea = await world.as("lea.va");
    const book = (key: string) => lea.bookings.book({ idempotencyKey: key, templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] });
    expect((await book("batch-dir-1")).booking.status).toBe("relayed");
    const setRelay = (capable: boolean) =>
      world.database.db.execute(
        sql`update reference_data set document = jsonb_set(document, '{states}', (select jsonb_agg(case when s->>'code' = 'VA' then jsonb_set(s, '{sib,relayCapable}', ${capable ? sql`'true'` : sql`'false'`}::jsonb) else s end) from jsonb_array_elements(document->'states') s)) where name = ${DIRECTORY_DOCUMENT}`,
      );
    await setRelay(false);
    try {
      const [held] = await Promise.all([book("batch-dir-2"), book("batch-dir-3")]);
      // Not relayed: the response waits at the SIB (the LEA sees it as awaiting its response).
      expect(held.booking.status).toBe("awaiting-response");
      const [row] = await world.database.db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, held.booking.bookingId));
      expect(row?.status).toBe("response-at-sib");
    } finally {
      await setRelay(true);
    }
    expect((await book("batch-dir-4")).booking.status).toBe("relayed");
  });
});
