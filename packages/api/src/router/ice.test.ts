import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("ICE's queue and actions on $name", (backend) => {
  let world: World;
  let level1 = "";
  let level2 = "";
  let lpr = "";
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    const lea = await world.as("lea.va");
    const lesc = await world.as("lesc");
    // Given three VA subjects LESC determined: a prior Level 1 conviction, a Level 2 one, and a permanent resident.
    level2 = (await lea.bookings.book({ idempotencyKey: "ice-0002", templateId: DEMO_SUBJECTS.priorLevel2Match.templateId, charges: ["2399"] })).booking.bookingId;
    level1 = (await lea.bookings.book({ idempotencyKey: "ice-0001", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["2399"] })).booking.bookingId;
    lpr = (await lea.bookings.book({ idempotencyKey: "ice-0003", templateId: DEMO_SUBJECTS.noRecordMatch.templateId, charges: ["2399"] })).booking.bookingId;
    world.clock.advanceMinutes(20);
    await lesc.lesc.determine({ bookingId: level2, outcome: "removable" });
    await lesc.lesc.determine({ bookingId: level1, outcome: "removable" });
    await lesc.lesc.determine({ bookingId: lpr, outcome: "lawful-permanent-resident" });
  });
  afterAll(async () => {
    await world.close();
  });

  it("orders the field office's queue by core's priority: Level 1 first, then discretion; not-removable only on request", async () => {
    const dro = await world.as("dro.was");
    const ids = (await dro.ice.queue()).map((c) => c.bookingId);
    expect(ids.indexOf(level1)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(level1)).toBeLessThan(ids.indexOf(level2));
    expect(ids).not.toContain(lpr);
    const all = await dro.ice.queue({ includeAll: true, limit: 500 });
    expect(all.find((c) => c.bookingId === lpr)?.category).toBe("not-subject-to-removal");
  });

  it("lodges a detainer on a priority case; the LEA then sees it, and a second one is refused", async () => {
    world.clock.advanceMinutes(5);
    const dro = await world.as("dro.was");
    const view = await dro.ice.lodgeDetainer({ bookingId: level1 });
    expect(view.ice.detainer).toMatchObject({ fieldOffice: "WAS", discretionary: false });
    const lea = await (await world.as("lea.va")).bookings.get({ bookingId: level1 });
    expect(lea.ice.detainer?.fieldOffice).toBe("WAS");
    expect(await outcomeOf(dro.ice.lodgeDetainer({ bookingId: level1 }))).toMatch(/^CONFLICT: MOA V: a detainer is already lodged/);
    expect(await outcomeOf(dro.ice.lodgeDetainer({ bookingId: lpr }))).toMatch(/^CONFLICT: MOA V\.C: .*not-subject-to-removal/);
  });

  // DOMAIN D10 changed this test: custody needs the charges adjudicated AND local custody ended (MOA V, V.C).
  it("takes custody only once the charges are adjudicated and local custody ended (the LEA's inputs), then institutes removal proceedings (MOA V, V.C)", async () => {
    const dro = await world.as("dro.was");
    expect(await outcomeOf(dro.ice.takeIntoCustody({ bookingId: level1 }))).toMatch(/^CONFLICT: MOA V, V\.C: .*still in local custody/);
    world.clock.advanceMinutes(60);
    const lea = await world.as("lea.va");
    await lea.bookings.recordLocalCustodyEnded({ bookingId: level1, reason: "released" });
    const early = await world.as("dro.was");
    // Released (on bail, say) before the charges are adjudicated: not yet (D10).
    expect(await outcomeOf(early.ice.takeIntoCustody({ bookingId: level1 }))).toMatch(/^CONFLICT: MOA V, V\.C: .*not been adjudicated yet/);
    await (await world.as("lea.va")).bookings.recordAdjudication({ bookingId: level1, convictions: [{ ncicCode: "2399", sentenceDays: 60 }] });
    const again = await world.as("dro.was"); // the earlier session locked while idle (AC-11)
    const custody = await again.ice.takeIntoCustody({ bookingId: level1 });
    expect(custody.ice.custody?.fieldOffice).toBe("WAS");
    const removal = await again.ice.instituteRemovalProceedings({ bookingId: level1 });
    expect(removal.ice.removalProceedings?.fieldOffice).toBe("WAS");
    const row = (await again.ice.queue()).find((c) => c.bookingId === level1);
    expect(row?.custodyAt).not.toBeNull();
    expect(row?.removalProceedingsAt).not.toBeNull();
  });

  it("keeps a field office to its own area and ICE actions to field offices", async () => {
    const { booking } = await (await world.as("lea.tx")).bookings.book({ idempotencyKey: "ice-tx-0001", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    await (await world.as("lesc")).lesc.determine({ bookingId: booking.bookingId, outcome: "removable" });
    const was = await world.as("dro.was");
    expect((await was.ice.queue({ includeAll: true, limit: 500 })).map((c) => c.bookingId)).not.toContain(booking.bookingId);
    expect(await outcomeOf(was.ice.lodgeDetainer({ bookingId: booking.bookingId }))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf((await world.as("sib.va")).ice.lodgeDetainer({ bookingId: level2 }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await world.as("program")).ice.lodgeDetainer({ bookingId: level2 }))).toMatch(/^FORBIDDEN/);
  });
});
