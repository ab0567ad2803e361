// Data migrations: what a migration does to rows written before it. Each
// test writes rows in the older shape, runs the migration's own SQL file
// again (the database was opened at the newest schema, so it already ran
// once, on no rows), and reads the rows back.
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database";
import { appendToStream } from "./event-store";
import { bookings } from "./schema/index";
import { testBackends } from "./testing";

const at = new Date("2026-03-01T14:05:09.127Z");
const migration = (name: string): string => readFileSync(new URL(`../drizzle/${name}.sql`, import.meta.url), "utf8");

describe.each(testBackends())("migrations on $name", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it("0004: a booking row written before it gets messagesSent, counted from its events' messages; a newer row is left as it is", async () => {
    const row = (id: string, snapshot: object) => ({
      id,
      ori: "VA0010000",
      state: "VA",
      fieldOffice: null,
      templateId: "T1",
      status: "car-at-sib",
      bookedAt: at,
      lastAt: at,
      reached: ["LEA", "SIB"],
      version: 3,
      snapshot,
    });
    await appendToStream(database.db, "booking-M1", 0, [
      { type: "SubjectBooked", payload: { type: "SubjectBooked", bookingId: "M1" } },
      { type: "CarSubmitted", payload: { type: "CarSubmitted", bookingId: "M1", message: { tcn: "M1-01" } } },
      { type: "CarForwarded", payload: { type: "CarForwarded", bookingId: "M1", message: { tcn: "M1-02" } } },
    ], at);
    await database.db.insert(bookings).values([row("M1", { status: "at-cjis", lastAt: "2026-03-01T14:05:09.127Z" }), row("M2", { status: "booked", messagesSent: 7 })]);

    await database.db.execute(sql.raw(migration("0004_backfill_messages_sent")));

    const snapshot = async (id: string) => (await database.db.select({ snapshot: bookings.snapshot }).from(bookings).where(eq(bookings.id, id)))[0]?.snapshot;
    expect(await snapshot("M1")).toEqual({ status: "at-cjis", lastAt: "2026-03-01T14:05:09.127Z", messagesSent: 2 });
    expect(await snapshot("M2")).toEqual({ status: "booked", messagesSent: 7 });
  });
});
