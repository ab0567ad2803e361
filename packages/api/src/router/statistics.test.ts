import { testBackends } from "@sc/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { openFlowWorld, outcomeOf } from "../flow/test-world";
import type { World } from "../test/world";

describe.each(testBackends())("statistics on $name", (backend) => {
  let world: World;
  let from = "";
  beforeAll(async () => {
    world = await openFlowWorld(backend);
    from = world.clock.now().toISOString();
    // Given, in VA from `from` on: two no-match bookings relayed at once, and one match LESC answers 10 minutes later.
    const lea = await world.as("lea.va");
    await lea.bookings.book({ idempotencyKey: "stats-0001", templateId: DEMO_SUBJECTS.unknownEverywhere.templateId, charges: ["2399"] });
    await lea.bookings.book({ idempotencyKey: "stats-0002", templateId: DEMO_SUBJECTS.recordNoMatch.templateId, charges: ["2399"] });
    const { booking } = await lea.bookings.book({ idempotencyKey: "stats-0003", templateId: DEMO_SUBJECTS.priorLevel1Match.templateId, charges: ["1313"] });
    world.clock.advanceMinutes(10);
    await (await world.as("lesc")).lesc.determine({ bookingId: booking.bookingId, outcome: "removable" });
  });
  afterAll(async () => {
    await world.close();
  });

  it("counts a period for a state with core's projection: bookings, matches, IAQs, outcomes, response-time median and p95", async () => {
    const stats = await (await world.as("program")).statistics.summary({ from, state: "VA" });
    expect(stats).toMatchObject({
      bookings: 3,
      cars: 3,
      cpis: 0,
      identSearches: 3,
      identMatches: 1,
      iaqs: 1,
      relayedToLea: 3,
      determinations: { removable: 1 },
      subjectsByLevel: { "1": 1 },
    });
    expect(stats.matchRate).toBeCloseTo(1 / 3);
    expect(stats.responseTimeToLea).toEqual({ count: 3, medianMs: 0, p95Ms: 10 * 60_000 });
  });

  it("scopes each party by core's ReadStatistics grant: an LEA its agency, a SIB its state, nobody else's", async () => {
    const lea = await world.as("lea.va");
    expect((await lea.statistics.summary({ from })).filter.ori).toBe("VA0010000");
    expect(await outcomeOf(lea.statistics.summary({ from, ori: "NC0010000" }))).toMatch(/^FORBIDDEN: ReadStatistics: .*own agency only/);
    const sib = await world.as("sib.va");
    expect((await sib.statistics.summary({ from })).bookings).toBe(3);
    expect(await outcomeOf(sib.statistics.summary({ state: "NC" }))).toMatch(/^FORBIDDEN/);
    const dro = await world.as("dro.was");
    expect((await dro.statistics.summary({ from })).bookings).toBe(3);
    expect(await outcomeOf(dro.statistics.summary({ state: "TX" }))).toMatch(/^FORBIDDEN/);
  });

  it("includes the seeded history when no period is given (all states, for the auditor)", async () => {
    const stats = await (await world.as("auditor")).statistics.summary();
    expect(stats.bookings).toBeGreaterThan(3);
    expect(stats.heldAtSib + stats.relayedToLea).toBeLessThanOrEqual(stats.bookings);
  });

  it("refuses a period that ends before it starts, naming the field, instead of counting nothing", async () => {
    const auditor = await world.as("auditor");
    const refused = await auditor.statistics.summary({ from: "2026-03-09T00:00:00Z", to: "2026-03-01T00:00:00Z" }).then(
      () => null,
      (error: unknown) => (error instanceof TRPCError ? error : null),
    );
    expect(refused?.code).toBe("BAD_REQUEST");
    expect(refused === null ? null : fieldErrorsOf(refused)).toEqual([{ path: "to", message: "the period ends before it starts: to is before from" }]);
    expect((await auditor.statistics.summary({ from: "2026-03-01T00:00:00Z", to: "2026-03-01T00:00:00Z" })).bookings).toBe(0);
  });
});
