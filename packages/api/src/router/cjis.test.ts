import { iafisPrints, iafisRecords, sibFiles } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf, storedMessageTypes, suspendMoa } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("CJIS and the D7 gate on $name", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openFlowWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("runs IAFIS and the IDENT search by itself while the MOA is in effect, so nothing waits in CJIS's queue", async () => {
    const { booking } = await (await world.as("lea.tx")).bookings.book({ idempotencyKey: "book-tx-d7-0001", templateId: DEMO_SUBJECTS.priorLevel2Match.templateId, charges: ["2399"] });
    const cjis = await world.as("cjis");
    expect((await cjis.cjis.queue()).map((q) => q.bookingId)).not.toContain(booking.bookingId);
    expect(await storedMessageTypes(world, booking.bookingId)).toEqual(["CAR", "CAR", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "IAQ"]);
    expect(await outcomeOf(cjis.cjis.process({ bookingId: booking.bookingId }))).toMatch(/^CONFLICT: bookingId: .* is iaq-sent: no CJIS step waits/);
  });

  it("stops the chain where core refuses an automatic step, says why, and lets CJIS process it once it can", async () => {
    // Given the NC SIB's file names an FBI number IAFIS does not hold (a broken record).
    await world.database.db.insert(sibFiles).values({ state: "NC", templateId: "T-TEST-BROKEN-1", fbiNumber: "999999ZZ9" });
    const lea = await world.as("lea.nc");
    const { booking, stopped } = await lea.bookings.book({ idempotencyKey: "book-nc-stop-0001", templateId: "T-TEST-BROKEN-1", charges: ["2399"] });
    expect(stopped).toMatchObject({ step: "RunIafisSearch", rule: "MOA IV.A", message: expect.stringMatching(/FBI number 999999ZZ9, which IAFIS does not hold/) as unknown });
    const cjis = await world.as("cjis");
    expect((await cjis.cjis.queue()).find((q) => q.bookingId === booking.bookingId)?.step).toBe("RunIafisSearch");
    // When IAFIS holds the record again, CJIS processes the booking and the chain runs on.
    await world.database.db.insert(iafisRecords).values({ fbiNumber: "999999ZZ9", convictions: [], subject: "test subject" });
    await world.database.db.insert(iafisPrints).values({ templateId: "T-TEST-BROKEN-1", fbiNumber: "999999ZZ9" });
    const processed = await cjis.cjis.process({ bookingId: booking.bookingId });
    expect(processed.stopped).toBeNull();
    expect(processed.booking.status).toBe("relayed");
    expect(await storedMessageTypes(world, booking.bookingId)).toEqual(["CAR", "CPI", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "NO_MATCH_IDR", "RELAY"]);
    expect(await outcomeOf((await world.as("sib.nc")).sib.forward({ bookingId: booking.bookingId }))).toMatch(/^CONFLICT: MOA IV\.A: cannot forward to CJIS/);
  });

  it("when the state's MOA is suspended, the booking still reaches IAFIS but no IDENT search happens, and the trace says why (DOMAIN D7)", async () => {
    world.clock.advanceMinutes(10);
    await suspendMoa(world, "TX");
    world.clock.advanceMinutes(1);
    const lea = await world.as("lea.tx");
    const { booking } = await lea.bookings.book({ idempotencyKey: "book-tx-d7-0002", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    expect(await storedMessageTypes(world, booking.bookingId)).toEqual(["CAR", "CAR", "SRE"]);
    expect(booking.status).toBe("withheld");
    const note = booking.trace.at(-1);
    expect(note).toMatchObject({ kind: "note", note: { rule: "DOMAIN D7" } });
    expect(note?.kind === "note" ? note.note.text : "").toMatch(/^no IDENT SEARCH: MOA for TX is suspended since .* no IDENT search, IAQ, IAR or IDR \(DOMAIN D7\)$/);
    // No IAQ reached LESC, so LESC neither queues nor sees it.
    const lesc = await world.as("lesc");
    expect((await lesc.lesc.queue()).map((q) => q.bookingId)).not.toContain(booking.bookingId);
    expect(await outcomeOf(lesc.bookings.get({ bookingId: booking.bookingId }))).toMatch(/^NOT_FOUND/);
  });

  it("keeps other states running: a VA booking of the same subject is searched in IDENT", async () => {
    const { booking } = await (await world.as("lea.va")).bookings.book({ idempotencyKey: "book-va-d7-0003", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    expect(await storedMessageTypes(world, booking.bookingId)).toContain("IDENT_SEARCH");
  });
});
