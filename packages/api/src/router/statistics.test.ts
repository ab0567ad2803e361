import { bookingsSeriesOf, computeStatistics, responseTimeHistogramOf, type ActiveBooking, type ProgramStatisticsFilter } from "@sc/core";
import { bookings } from "@sc/db";
import { testBackends } from "@sc/db/testing";
import { sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../errors";
import { DEMO_SUBJECTS } from "../flow/seed-flow";
import { projectStatisticsColumns } from "../flow/statistics-columns";
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

  /** Every booking's decider state, as core's own functions take them. */
  const snapshots = async (): Promise<ActiveBooking[]> => (await world.database.db.select({ snapshot: bookings.snapshot }).from(bookings)).map((r) => r.snapshot as ActiveBooking);

  it("the figures the database computes equal core's computeStatistics over the same bookings, for every filter", async () => {
    const auditor = await world.as("auditor");
    const all = await snapshots();
    const filters: ProgramStatisticsFilter[] = [{}, { state: "VA" }, { ori: "VA0010000" }, { from }, { state: "NC" }, { to: from }, { state: "TX", from }];
    for (const filter of filters) expect(await auditor.statistics.summary(filter)).toEqual(computeStatistics(all, filter));
    // The seeded history has determined subjects, detainers and response times: the comparison compares something.
    const everything = computeStatistics(all);
    expect(everything.identMatches).toBeGreaterThan(1);
    expect(everything.responseTimeToSib.count).toBeGreaterThan(3);
  });

  it("the series and the response-time distribution equal core's over the same bookings", async () => {
    const auditor = await world.as("auditor");
    const all = await snapshots();
    for (const bucket of ["day", "week"] as const) {
      const series = await auditor.statistics.series({ bucket });
      expect(series).toEqual({ bucket, points: bookingsSeriesOf(all, bucket) });
      expect(series.points.reduce((n, p) => n + p.bookings, 0)).toBe(all.length);
    }
    expect((await auditor.statistics.series({ state: "VA", from })).points).toEqual(bookingsSeriesOf(all, "day", { state: "VA", from }));
    expect(await auditor.statistics.responseTimes({ state: "VA" })).toEqual(responseTimeHistogramOf(all, { state: "VA" }));
    const histogram = await auditor.statistics.responseTimes({ from, state: "VA" });
    expect(histogram.map((b) => [b.label, b.toLea])).toEqual([
      ["under 1 min", 2],
      ["1-5 min", 0],
      ["5-15 min", 1],
      ["15-60 min", 0],
      ["1-4 h", 0],
      ["4-24 h", 0],
      ["24 h or more", 0],
    ]);
  });

  it("the series and distribution keep each party's scope", async () => {
    const lea = await world.as("lea.va");
    expect(await outcomeOf(lea.statistics.series({ ori: "NC0010000" }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await world.as("sib.va")).statistics.responseTimes({ state: "NC" }))).toMatch(/^FORBIDDEN/);
    expect((await lea.statistics.series({ from })).points.reduce((n, p) => n + p.bookings, 0)).toBe(3);
  });

  it("given rows written before the statistics columns existed, when the API projects them at start, then the figures are the same", async () => {
    const auditor = await world.as("auditor");
    const before = await auditor.statistics.summary();
    await world.database.db.execute(sql`update bookings set statistics_projected = false, ident_match = false, ident_searched = false, submission_type = null, response_to_sib_ms = null, subject_level = null, charge_minor = false`);
    expect((await auditor.statistics.summary()).identMatches).toBe(0);
    expect(await projectStatisticsColumns(world.database.db)).toBe((await snapshots()).length);
    expect(await auditor.statistics.summary()).toEqual(before);
    expect(await projectStatisticsColumns(world.database.db)).toBe(0);
  });
});
