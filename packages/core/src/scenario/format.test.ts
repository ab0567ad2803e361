import { describe, expect, it } from "vitest";
import { formatDuration, formatScenarioResult, formatTime } from "./format";
import { runScenario } from "./runner";

const scenario = {
  name: "format",
  world: {
    states: [{ code: "WY", name: "Wyoming", sib: { name: "WY SIB", nff: false, relayCapable: false } }],
    agencies: [{ ori: "WY0010000", name: "a", state: "WY" }],
    fieldOffices: [{ id: "DEN", name: "Denver", states: ["WY"] }],
    moas: [{ state: "WY", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
    subjects: [{ id: "S1", templateId: "T1" }],
  },
  timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "WY0010000", subject: "S1", charges: ["2399"] }],
};

describe("text output of a scenario", () => {
  it("formats times and durations for people", () => {
    expect(formatTime("2026-03-01T10:00:00.000Z")).toBe("2026-03-01 10:00:00");
    expect(formatTime("2026-03-01T10:00:00.250Z")).toBe("2026-03-01 10:00:00.250");
    expect(formatDuration(2_123_000)).toBe("35m23s");
    expect(formatDuration(3_723_000)).toBe("1h02m03s");
    expect(formatDuration(9_000)).toBe("9s");
    expect(formatDuration(null)).toBe("-");
  });

  it("MOA IV.B: prints each message as an arrow between parties, and why a response stops at the SIB", () => {
    const r = runScenario(scenario);
    if (!r.ok) throw new Error("valid");
    const text = formatScenarioResult(r.result);
    expect(text).toMatch(/LEA WY0010000 +-> SIB WY +CAR +tcn B1-01 +recv 2026-03-01 10:02:02/);
    expect(text).toMatch(/FBI CJIS +-> SIB WY +no match IDR/);
    expect(text).toContain("[MOA IV.B] held at SIB WY: SIB WY (WY SIB) has no technical capability");
    expect(text).toContain("MOA WY: in-effect since 2026-01-02 00:00:00");
    expect(text).toContain("held at SIB 1");
  });
});
