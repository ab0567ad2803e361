import { describe, expect, it } from "vitest";
import { fixtureEnv, given, happyPath } from "../flow/fixtures";
import type { FlowCommand } from "../flow/commands";
import { bookingsSeriesOf, periodStart, responseTimeBucketOf, responseTimeHistogramOf } from "./charts";

describe("chart series (DOMAIN section 5)", () => {
  it("periods are UTC days, or ISO weeks named by their Monday", () => {
    expect(periodStart("2026-12-02T23:59:59.999Z", "day")).toBe("2026-12-02");
    expect(periodStart("2026-12-02T10:00:00.000Z", "week")).toBe("2026-11-30"); // a Wednesday -> its Monday
    expect(periodStart("2026-11-30T00:00:00.000Z", "week")).toBe("2026-11-30");
    expect(periodStart("2026-12-06T23:00:00.000Z", "week")).toBe("2026-11-30"); // Sunday ends the week
  });

  it("a response time falls in the bucket whose lower edge it reaches", () => {
    expect([0, 59_999, 60_000, 299_999, 300_000, 3_600_000, 86_400_000, 9e9].map(responseTimeBucketOf)).toEqual([0, 0, 1, 1, 2, 4, 6, 6]);
  });

  it("given bookings on two days a day apart, then the day series lists the empty day between with zeros", () => {
    const env = fixtureEnv();
    const bookingOn = (id: string, day: number, kind: "match" | "noMatch") => {
      const p = happyPath({ bookingId: id, templateId: kind === "match" ? "T-PRIOR-L2" : "T-NEW", newFbiNumber: `N${id}` });
      const shift = (c: FlowCommand): FlowCommand => JSON.parse(JSON.stringify(c).replace(/2026-03-01T/g, `2026-03-0${day}T`)) as FlowCommand;
      return given(env, [...p.book, ...p.toIdent, ...(kind === "match" ? p.match : p.noMatch)].map(shift)).state;
    };
    const all = [bookingOn("B1", 1, "match"), bookingOn("B2", 1, "noMatch"), bookingOn("B3", 3, "match")];
    expect(bookingsSeriesOf(all, "day")).toEqual([
      { period: "2026-03-01", bookings: 2, cars: 2, cpis: 0, identSearches: 2, identMatches: 1, matchRate: 0.5 },
      { period: "2026-03-02", bookings: 0, cars: 0, cpis: 0, identSearches: 0, identMatches: 0, matchRate: null },
      { period: "2026-03-03", bookings: 1, cars: 1, cpis: 0, identSearches: 1, identMatches: 1, matchRate: 1 },
    ]);
    expect(bookingsSeriesOf(all, "week").map((p) => [p.period, p.bookings])).toEqual([
      ["2026-02-23", 2],
      ["2026-03-02", 1],
    ]);
    const histogram = responseTimeHistogramOf(all);
    expect(histogram[0]).toMatchObject({ label: "under 1 min", toSib: 3, toLea: 3 });
    expect(histogram.reduce((n, b) => n + b.toSib, 0)).toBe(3);
  });
});
