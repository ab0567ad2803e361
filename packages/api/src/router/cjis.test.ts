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
    expect(note?.kind === "note" ? note.note.text : "").toMatch(/^no IDENT SEARCH: MOA for TX is suspended since .* no IDENT search \(DOMAIN D7\)$/);
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
