import { describe, expect, it } from "vitest";
import type { FlowCommand } from "../flow/commands";
import { at, fixtureEnv, given, happyPath } from "../flow/fixtures";
import { isActive, type BookingState } from "../flow/state";
import { median, nearestRank } from "./percentile";
import { computeStatistics, periodEndsBeforeItStarts } from "./statistics";

function booking(id: string, ori: "VA0010000" | "WY0010000" | "NC0920000", templateId: string, kind: "match" | "noMatch", outcome: "removable" | "united-states-citizen" = "removable"): BookingState {
  const p = happyPath({ bookingId: id, ori, templateId, outcome, newFbiNumber: `N${id}` });
  const rest: FlowCommand[] = kind === "match" ? p.match : p.noMatch;
  return given(fixtureEnv(), [...p.book, ...p.toIdent, ...rest]).state;
}

describe("percentiles (DOMAIN 5)", () => {
  it("median of an odd and an even count; nearest-rank 95th percentile", () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(hundred, 0.95)).toBe(95);
    expect(nearestRank([7], 0.95)).toBe(7);
    expect(nearestRank([], 0.95)).toBeNull();
  });
});

describe("statistics projection (DOMAIN 5)", () => {
  const all = [
    booking("B1", "VA0010000", "T-PRIOR-L1", "match"),
    booking("B2", "VA0010000", "T-NEW", "noMatch"),
    booking("B3", "WY0010000", "T-PRIOR-L2", "match", "united-states-citizen"),
    booking("B4", "NC0920000", "T-NC-KNOWN", "match"),
  ];

  it("counts bookings, CARs and CPIs, matches and match rate, IAQs, determinations, levels and relays", () => {
    const s = computeStatistics(all);
    expect(s).toMatchObject({
      bookings: 4,
      cars: 3,
      cpis: 1,
      identSearches: 4,
      identMatches: 3,
      matchRate: 0.75,
      iaqs: 3,
      responsesAtSib: 4,
      relayedToLea: 3,
      heldAtSib: 1,
      subjectsByLevel: { "1": 1, "2": 1, "3": 0, none: 1 },
    });
    expect(s.determinations).toMatchObject({ removable: 2, "united-states-citizen": 1 });
    expect(s.responseTimeToSib).toEqual({ count: 4, medianMs: 16_000, p95Ms: 16_000 });
    expect(s.responseTimeToLea.count).toBe(3);
  });

  it("a period ends before it starts only when both ends are given and to comes before from", () => {
    expect(periodEndsBeforeItStarts({ from: at(1), to: at(0) })).toBe(true);
    expect(periodEndsBeforeItStarts({ from: at(0), to: at(0) })).toBe(false);
    expect(periodEndsBeforeItStarts({ from: at(1) })).toBe(false);
    expect(periodEndsBeforeItStarts({ to: at(0) })).toBe(false);
  });

  it("filters by state, agency and period", () => {
    expect(computeStatistics(all, { state: "WY" }).bookings).toBe(1);
    expect(computeStatistics(all, { ori: "VA0010000" }).bookings).toBe(2);
    expect(computeStatistics(all, { from: at(1) }).bookings).toBe(0);
    expect(computeStatistics(all, { from: at(0), to: at(1) }).bookings).toBe(4);
    expect(computeStatistics(all, { state: "TX" })).toMatchObject({ bookings: 0, matchRate: null, responseTimeToSib: { count: 0, medianMs: null, p95Ms: null } });
  });

  it("given the states read back from JSON (as the API's read model stores them), then the statistics are the states' own", () => {
    const stored = all.filter(isActive).map((s): BookingState => JSON.parse(JSON.stringify(s)) as BookingState);
    expect(stored).toHaveLength(4);
    expect(computeStatistics(stored)).toEqual(computeStatistics(all));
  });
});

describe("subjects by level: a pending drug sentence (DOMAIN D2, section 5)", () => {
  it("D2: given a subject convicted of a drug offense not yet sentenced, when the statistics count subjects by level, then it is in the pending-sentence bucket, not in none", () => {
    const env = fixtureEnv();
    const p = happyPath({ bookingId: "B9", templateId: "T-NO-RECORD-MATCH", charges: ["3530"], outcome: "removable" });
    const adjudicate: FlowCommand = { type: "RecordAdjudication", bookingId: "B9", now: at(40), by: { kind: "LEA", ori: "VA0010000" }, convictions: [{ ncicCode: "3530", date: at(40) }] };
    const pending = given(env, [...p.book, ...p.toIdent, ...p.match, adjudicate]).state;
    const s = computeStatistics([pending, booking("B1", "VA0010000", "T-PRIOR-L1", "match")]);
    expect(s.subjectsByLevel).toEqual({ "1": 1, "2": 0, "3": 0, "pending-sentence": 1, none: 0 });
  });
});
