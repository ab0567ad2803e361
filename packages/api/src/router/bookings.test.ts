import { auditLog, bookings, events, iafisPrints } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("bookings on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  const bookingCount = async (ori: string): Promise<number> => {
    const [row] = await world.database.db.select({ n: count() }).from(bookings).where(eq(bookings.ori, ori));
    return row?.n ?? 0;
  };

  it("books a subject with no IDENT match: CAR to the SIB, IAFIS non-ident, no match IDR, relayed to the LEA in one command", async () => {
    const lea = await world.as("lea.va");
    const { booking, stopped } = await lea.bookings.book({ idempotencyKey: "book-va-0001", templateId: DEMO_SUBJECTS.unknownEverywhere.templateId, charges: ["2399"] });
    expect(stopped).toBeNull();
    expect(booking.status).toBe("relayed");
    expect(booking.ori).toBe("VA0010000");
    expect(booking.bookedAt).toBe(world.clock.now().toISOString());
    // The LEA sees the messages it sent or that were relayed to it (core maySee), nothing between.
    expect(booking.trace.flatMap((e) => (e.kind === "message" ? [e.message.type] : []))).toEqual(["CAR", "RELAY"]);
    expect(await storedMessageTypes(world, booking.bookingId)).toEqual(["CAR", "CAR", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "NO_MATCH_IDR", "RELAY"]);
    expect(booking.responseTimes).toEqual({ toSibMs: 0, toLeaMs: 0 });
  });

  it("returns the first answer to a retry with the same key and creates nothing", async () => {
    const lea = await world.as("lea.va");
    const request = { idempotencyKey: "book-va-0002", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299", "5499"] };
    const first = await lea.bookings.book(request);
    const before = await bookingCount("VA0010000");
    const [eventsBefore] = await world.database.db.select({ n: count() }).from(events);
    world.clock.advanceMinutes(1);
    const again = await lea.bookings.book({ charges: ["2299", "5499"], templateId: request.templateId, idempotencyKey: request.idempotencyKey });
    expect(again).toEqual(first);
    expect(await bookingCount("VA0010000")).toBe(before);
    const [eventsAfter] = await world.database.db.select({ n: count() }).from(events);
    expect(eventsAfter?.n).toBe(eventsBefore?.n);
  });

  it("refuses the same key with a different payload and books nothing", async () => {
    const lea = await world.as("lea.va");
    const before = await bookingCount("VA0010000");
    const outcome = await outcomeOf(lea.bookings.book({ idempotencyKey: "book-va-0002", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2299"] }));
    expect(outcome).toMatch(/^CONFLICT: idempotencyKey/);
    expect(await bookingCount("VA0010000")).toBe(before);
  });

  it("never lets an LEA read another agency's booking: NOT_FOUND, absent from its list, audited as denied", async () => {
    const va = await world.as("lea.va");
    const { booking } = await va.bookings.book({ idempotencyKey: "book-va-0003", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2399"] });
    const nc = await world.as("lea.nc");
    expect(await outcomeOf(nc.bookings.get({ bookingId: booking.bookingId }))).toMatch(/^NOT_FOUND/);
    expect((await nc.bookings.list()).items.map((b) => b.bookingId)).not.toContain(booking.bookingId);
    expect((await nc.bookings.list()).items.every((b) => b.ori === "NC0010000")).toBe(true);
    const denied = await world.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, booking.bookingId), eq(auditLog.outcome, "denied")));
    expect(denied.map((a) => [a.actor, a.action])).toEqual([["lea.nc", "bookings.get"]]);
    // The booking LEA reads it, and that read is audited.
    expect((await va.bookings.get({ bookingId: booking.bookingId })).bookingId).toBe(booking.bookingId);
    const reads = await world.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, booking.bookingId), eq(auditLog.action, "bookings.get"), eq(auditLog.outcome, "success")));
    expect(reads.map((a) => a.actor)).toEqual(["lea.va"]);
  });

  it("lists by party: the SIB its state, the field office its area, CJIS what reached it, auditors everything", async () => {
    const sibVa = await world.as("sib.va");
    expect(new Set((await sibVa.bookings.list()).items.map((b) => b.state))).toEqual(new Set(["VA"]));
    const dro = await world.as("dro.was");
    expect((await dro.bookings.list()).items.every((b) => b.fieldOffice === "WAS")).toBe(true);
    const auditor = await world.as("auditor");
    const all = (await auditor.bookings.list({ limit: 500 })).items;
    expect(new Set(all.map((b) => b.state))).toEqual(new Set(["VA", "NC", "TX"]));
    const cjis = await world.as("cjis");
    expect((await cjis.bookings.list({ limit: 500 })).items.length).toBe(all.length);
    const lesc = await world.as("lesc");
    const lescSees = (await lesc.bookings.list({ limit: 500 })).items;
    expect(lescSees.length).toBeGreaterThan(0);
    expect(lescSees.length).toBeLessThan(all.length); // only bookings whose IAQ reached LESC
  });

  it("books the same new prints twice at once: one non-ident creates the IAFIS record, the other idents it", async () => {
    const [va, va2] = [await world.as("lea.va"), await world.as("lea.va")];
    const [a, b] = await Promise.all([
      va.bookings.book({ idempotencyKey: "book-race-0001", templateId: "T-TEST-RACE-1", charges: ["2399"] }),
      va2.bookings.book({ idempotencyKey: "book-race-0002", templateId: "T-TEST-RACE-1", charges: ["2399"] }),
    ]);
    const sib = await world.as("sib.va");
    const results = await Promise.all([a, b].map(async (r) => (await sib.bookings.get({ bookingId: r.booking.bookingId })).sre));
    expect(results.map((r) => r?.result).sort()).toEqual(["ident", "non-ident"]);
    expect(results[0]?.fbiNumber).toBe(results[1]?.fbiNumber);
    expect(await world.database.db.select().from(iafisPrints).where(eq(iafisPrints.templateId, "T-TEST-RACE-1"))).toHaveLength(1);
  });

  it("refuses a booking with a malformed charge, naming the field", async () => {
    const lea = await world.as("lea.va");
    const error = await lea.bookings.book({ idempotencyKey: "book-va-0004", templateId: "T-X", charges: ["12a"] }).then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof TRPCError)) throw new Error("expected a refusal");
    expect(fieldErrorsOf(error)).toEqual([{ path: "charges.0", message: "an NCIC offense code is exactly four digits" }]);
  });

  it("lists a party's bookings a page at a time, filtered by the status as that party sees it, each row saying what came of its steps", async () => {
    const lea = await world.as("lea.va");
    const names = (await lea.bookings.subjects()).map((subject) => subject.name);
    expect(names).toContain(DEMO_SUBJECTS.noRecordMatch.name);
    for (let i = 0; i < 3; i++) {
      world.clock.advanceMs(1000);
      await lea.bookings.book({ idempotencyKey: `page-va-${i}`, templateId: DEMO_SUBJECTS.unknownEverywhere.templateId, charges: ["2399"] });
    }
    const first = await lea.bookings.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await lea.bookings.list({ limit: 2, cursor: first.nextCursor });
    const ids = [...first.items, ...second.items].map((b) => b.bookingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Date.parse(second.items[0]?.bookedAt ?? "")).toBeLessThanOrEqual(Date.parse(first.items[1]?.bookedAt ?? ""));
    // The LEA learns what was relayed to it, never the CAR/CPI choice between the SIB and CJIS.
    const relayed = first.items[0];
    expect(relayed?.relayed?.type).toBe("NO_MATCH_IDR");
    expect(relayed?.submission).toBeNull();
    expect(await lea.bookings.statuses()).toContain("awaiting-response");
    expect((await lea.bookings.list({ status: "relayed" })).items.every((b) => b.status === "relayed")).toBe(true);
    const sib = await world.as("sib.va");
    expect((await sib.bookings.list({ limit: 5 })).items.find((b) => b.bookingId === relayed?.bookingId)?.submission).toBe("CAR");
  });
});
