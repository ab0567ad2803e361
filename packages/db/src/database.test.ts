import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "./database";
import { isRefusedChange } from "./errors";
import { appendToStream, eventsInsert, readStream, readStreams, StreamConflictError, streamVersion } from "./event-store";
import { jsonRowsInsert, onConflictUpdate, writeInOneStatement } from "./raw";
import { auditLog, bookings, events } from "./schema/index";
import { testBackends } from "./testing";

const at = new Date("2026-03-01T14:05:09.127Z");

describe.each(testBackends())("storage on $name", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it("answers a ping", async () => {
    expect(await database.ping()).toBe(true);
  });

  it("appends events in version order and reads them back", async () => {
    await appendToStream(database.db, "booking-1", 0, [
      { type: "BookingRecorded", payload: { ori: "VA0010000" } },
      { type: "CarSubmitted", payload: { tcn: "T1" } },
    ], at);
    expect(await streamVersion(database.db, "booking-1")).toBe(2);
    const read = await readStream(database.db, "booking-1");
    expect(read.map((e) => e.version)).toEqual([1, 2]);
    expect(read.map((e) => e.type)).toEqual(["BookingRecorded", "CarSubmitted"]);
    expect(read[0]?.payload).toEqual({ ori: "VA0010000" });
    expect(read[0]?.recordedAt.toISOString()).toBe(at.toISOString());
  });

  it("reads several streams in one query, each in version order, and none for an absent stream", async () => {
    await appendToStream(database.db, "many-b", 0, [{ type: "B1", payload: {} }, { type: "B2", payload: {} }], at);
    await appendToStream(database.db, "many-a", 0, [{ type: "A1", payload: {} }], at);
    const read = await readStreams(database.db, ["many-b", "many-a", "many-none", "many-a"]);
    expect([...read.keys()].sort()).toEqual(["many-a", "many-b"]);
    expect(read.get("many-b")?.map((e) => `${e.type}@${e.version}`)).toEqual(["B1@1", "B2@2"]);
    expect(read.get("many-a")?.map((e) => e.type)).toEqual(["A1"]);
    expect(await readStreams(database.db, [])).toEqual(new Map());
  });

  it("inserts many rows as one JSON parameter: text with quotes, nested JSON, dates, nulls, and an upsert", async () => {
    const row = (id: string, status: string) => ({
      id,
      ori: "VA0010000",
      state: "VA",
      fieldOffice: null,
      templateId: `T-"quoted" \\ ${id}`,
      status,
      bookedAt: at,
      lastAt: new Date(at.getTime() + 1500),
      reached: ["LEA", "SIB"],
      version: 1,
      snapshot: { trace: [{ note: 'say "hi"', n: [1, 2, { deep: null }] }] },
      // Statistics columns: a bigint read back as a number, booleans, a text null.
      statisticsProjected: true,
      submissionType: "CAR",
      responseToSibMs: 5_000_000_000,
      chargeMinor: true,
    });
    // The statistics columns a row leaves out keep their defaults.
    const unset = { identSearched: false, identMatch: false, programWithheld: false, iaqSent: false, determination: null, subjectLevel: null, heldAtSib: false, detainer: false, iceCustody: false, removalProceedings: false, responseToLeaMs: null };
    await writeInOneStatement(database.db, [jsonRowsInsert(bookings, [row("json-1", "booked"), row("json-2", "booked")])]);
    await writeInOneStatement(database.db, [jsonRowsInsert(bookings, [row("json-2", "relayed"), row("json-3", "booked")], onConflictUpdate(bookings, ["id"]))]);
    const stored = await database.db.select().from(bookings).where(sql`${bookings.id} like 'json-%'`).orderBy(bookings.id);
    expect(stored.map((b) => `${b.id}:${b.status}`)).toEqual(["json-1:booked", "json-2:relayed", "json-3:booked"]);
    expect(stored[0]).toEqual({ ...row("json-1", "booked"), ...unset });
    await expect(writeInOneStatement(database.db, [jsonRowsInsert(bookings, [row("json-1", "booked")])])).rejects.toThrow();
  });

  it("writes several tables in one statement, all of them or none", async () => {
    const booking = (id: string) => ({
      id,
      ori: "VA0010000",
      state: "VA",
      fieldOffice: null,
      templateId: "T-one",
      status: "booked",
      bookedAt: at,
      lastAt: at,
      reached: ["LEA"],
      version: 1,
      snapshot: {},
    });
    const stream = (id: string) => eventsInsert([{ streamId: id, expectedVersion: 0, events: [{ type: "A", payload: { n: 1 } }, { type: "B", payload: {} }] }], at);
    // Given three writes to two tables and an empty one, when they go as one statement, then all are kept.
    await writeInOneStatement(database.db, [stream("one-1"), jsonRowsInsert(bookings, [booking("one-1")]), jsonRowsInsert(bookings, []), stream("one-2")]);
    expect((await readStream(database.db, "one-1")).map((e) => `${e.version}:${e.type}`)).toEqual(["1:A", "2:B"]);
    expect((await readStream(database.db, "one-2")).length).toBe(2);
    expect(await database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.id, "one-1"))).toEqual([{ id: "one-1" }]);
    // When the last write breaks a unique key, then the earlier ones are not kept either.
    await expect(writeInOneStatement(database.db, [stream("one-3"), jsonRowsInsert(bookings, [booking("one-3")]), stream("one-1")])).rejects.toThrow();
    expect(await readStream(database.db, "one-3")).toEqual([]);
    expect(await database.db.select().from(bookings).where(eq(bookings.id, "one-3"))).toEqual([]);
  });

  it("refuses a second writer at the same version (unique stream, version)", async () => {
    await appendToStream(database.db, "booking-2", 0, [{ type: "A", payload: {} }], at);
    await expect(appendToStream(database.db, "booking-2", 0, [{ type: "B", payload: {} }], at)).rejects.toBeInstanceOf(
      StreamConflictError,
    );
    expect((await readStream(database.db, "booking-2")).map((e) => e.type)).toEqual(["A"]);
  });

  it("lets only one of two concurrent transactions on one stream win", async () => {
    const attempt = (type: string) =>
      database.db.transaction(async (tx) => {
        const version = await streamVersion(tx, "booking-3");
        await appendToStream(tx, "booking-3", version, [{ type, payload: {} }], at);
      });
    const results = await Promise.allSettled([attempt("X"), attempt("Y")]);
    const stream = await readStream(database.db, "booking-3");
    // PGlite serialises transactions, so both may succeed one after the other (versions 1, 2);
    // PostgreSQL runs them at once and the unique constraint refuses one. Never two at version 1.
    expect(stream.map((e) => e.version)).toEqual(stream.map((_, i) => i + 1));
    expect(stream.length).toBe(results.filter((r) => r.status === "fulfilled").length);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the audit log and the event store", async () => {
    await database.db.insert(auditLog).values({ at, actor: "t", action: "test", outcome: "success", source: "test" });
    const refused = async (run: () => Promise<unknown>) => {
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isRefusedChange(error)).toBe(true);
    };
    await refused(() => database.db.update(auditLog).set({ outcome: "failure" }));
    await refused(() => database.db.delete(auditLog));
    await refused(() => database.db.execute(sql`truncate audit_log`));
    await refused(() => database.db.update(events).set({ type: "Z" }).where(eq(events.streamId, "booking-1")));
    await refused(() => database.db.delete(events));
    const rows = await database.db.select().from(auditLog);
    expect(rows.length).toBe(1);
    // Stored to the hundredth of a second.
    expect(rows[0]?.at.toISOString()).toBe("2026-03-01T14:05:09.130Z");
  });
});

describe("embedded data directory", () => {
  it("keeps data across a close and a reopen, and migrating again is harmless", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-db-"));
    try {
      const first = await createDb({ kind: "pglite", dataDir: dir });
      await appendToStream(first.db, "s", 0, [{ type: "Kept", payload: { n: 1 } }], at);
      await first.close();
      const second = await createDb({ kind: "pglite", dataDir: dir });
      expect((await readStream(second.db, "s")).map((e) => e.type)).toEqual(["Kept"]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a malformed configuration with a message naming the field", async () => {
    await expect(createDb({ kind: "postgres", url: "" })).rejects.toThrow(/url/);
  });
});
