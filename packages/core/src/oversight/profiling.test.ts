import { describe, expect, it } from "vitest";
import type { FlowCommand } from "../flow/commands";
import { at, fixtureEnv, given, happyPath } from "../flow/fixtures";
import type { BookingState } from "../flow/state";
import { agencyMatchCountsOf, assessProfilingOversight, mostSevereChargeIsMinor, ProfilingOversightOptions, type AgencyMatchCounts } from "./profiling";

const defaults = ProfilingOversightOptions.parse({});

describe("a booking's most severe charge is Level 3 or a traffic offense (MOA VIII oversight)", () => {
  it.each([
    [["5499"], true, "the traffic catch-all (Traffic Offenses, Level 2)"],
    [["5404"], true, "driving under the influence of alcohol (Traffic Offenses)"],
    [["3901"], true, "gambling (Level 3)"],
    [["4901"], true, "an offense Appendix A does not list (D3: Level 3)"],
    [["5499", "3901"], true, "traffic beside Level 3"],
    [["5401"], false, "hit and run is Appendix A's own Level 1 entry"],
    [["5499", "2399"], false, "a larceny (Level 2, not traffic) is graver"],
    [["5499", "0901"], false, "a homicide (Level 1)"],
    [["3562"], false, "a drug charge pending sentence may be Level 1 (D2)"],
    [["9999"], false, "UNKNOWN names no offense (D8): nothing says what it was for"],
    [["9998", "5499"], true, "NONE is left out, the traffic charge decides"],
    [[], false, "no charge"],
  ])("%j -> %s (%s)", (charges, minor) => {
    expect(mostSevereChargeIsMinor(charges)).toBe(minor);
  });
});

describe("the profiling oversight: an LEA's share of minor matched bookings beside its state's", () => {
  const counts: AgencyMatchCounts[] = [
    { ori: "VA0010000", state: "VA", matched: 10, minor: 9 },
    { ori: "VA0020000", state: "VA", matched: 10, minor: 1 },
    { ori: "VA0030000", state: "VA", matched: 10, minor: 2 },
    { ori: "NC0920000", state: "NC", matched: 3, minor: 3 },
  ];

  it("given one LEA mostly traffic and its neighbours not, then it alone is flagged, first, with the figures in words", () => {
    const result = assessProfilingOversight(counts, defaults);
    expect(result.options).toEqual({ marginPoints: 20, minimumMatched: 10 });
    const [first, ...rest] = result.agencies;
    expect(first).toMatchObject({ ori: "VA0010000", share: 0.9, stateMatched: 30, stateMinor: 12, stateShare: 0.4, pointsAboveState: 50, flagged: true });
    expect(first?.reason).toBe("90.0% of its matched bookings were for Level 3 or traffic offenses, 50.0 points above VA's 40.0% (margin 20 points)");
    expect(rest.filter((a) => a.flagged)).toEqual([]);
    expect(result.notice).toMatch(/suspends no one/);
  });

  it("given too few matched bookings, then an LEA at 100% is not flagged and the reason says why", () => {
    const nc = assessProfilingOversight(counts, defaults).agencies.find((a) => a.ori === "NC0920000");
    expect(nc).toMatchObject({ flagged: false, share: 1, stateShare: 1 });
    expect(nc?.reason).toBe("3 matched bookings, fewer than the 10 needed before flagging");
  });

  it("the margin is a bound: exactly the margin is not past it; a smaller margin flags more", () => {
    const exact = assessProfilingOversight(
      [
        { ori: "VA0010000", state: "VA", matched: 10, minor: 5 },
        { ori: "VA0020000", state: "VA", matched: 10, minor: 1 },
      ],
      { marginPoints: 20, minimumMatched: 10 },
    );
    expect(exact.agencies.map((a) => [a.ori, a.pointsAboveState, a.flagged])).toEqual([
      ["VA0010000", 20, false],
      ["VA0020000", -20, false],
    ]);
    expect(assessProfilingOversight(counts, { marginPoints: 20, minimumMatched: 3 }).agencies.filter((a) => a.flagged).map((a) => a.ori)).toEqual(["VA0010000"]);
    expect(assessProfilingOversight(counts, { marginPoints: 0, minimumMatched: 1 }).agencies.filter((a) => a.flagged).map((a) => a.ori)).toEqual(["VA0010000"]);
  });

  it("refuses a margin outside 0-100 and a minimum below 1, saying which", () => {
    expect(ProfilingOversightOptions.safeParse({ marginPoints: 120 }).error?.issues[0]?.message).toBe("the margin is 0 to 100 percentage points");
    expect(ProfilingOversightOptions.safeParse({ minimumMatched: 0 }).error?.issues[0]?.message).toBe("the minimum is at least 1 matched booking");
  });

  it("counts over bookings in memory: only IDENT matches, by the booking's charges, in the period and state", () => {
    const env = fixtureEnv();
    const booking = (id: string, ori: "VA0010000" | "VA0020000", templateId: string, charges: string[]): BookingState => {
      const p = happyPath({ bookingId: id, ori, templateId, charges, newFbiNumber: `N${id}` });
      const rest: FlowCommand[] = templateId === "T-NEW" ? p.noMatch : p.match;
      return given(env, [...p.book, ...p.toIdent, ...rest]).state;
    };
    const all = [
      booking("B1", "VA0010000", "T-PRIOR-L1", ["5499"]),
      booking("B2", "VA0010000", "T-PRIOR-L2", ["2399"]),
      booking("B3", "VA0010000", "T-NEW", ["5499"]), // no match: not counted
      booking("B4", "VA0020000", "T-NO-RECORD-MATCH", ["3901"]),
    ];
    expect(agencyMatchCountsOf(all).sort((a, b) => a.ori.localeCompare(b.ori))).toEqual([
      { ori: "VA0010000", state: "VA", matched: 2, minor: 1 },
      { ori: "VA0020000", state: "VA", matched: 1, minor: 1 },
    ]);
    expect(agencyMatchCountsOf(all, { state: "NC" })).toEqual([]);
    expect(agencyMatchCountsOf(all, { from: at(1) })).toEqual([]);
  });
});
