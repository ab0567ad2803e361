// Issue 15: time values bounded to what the format can write back (years
// 0001-9999); a timing of 1e20 seconds is a problem, not an error in the run.
import { describe, expect, it } from "vitest";
import { runScenario } from "./runner";
import { MAX_DELAY_SECONDS } from "./time-bounds";
import { validateScenario } from "./validate";

const good = {
  name: "t",
  world: {
    states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
    agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
    moas: [{ state: "VA", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
    contacts: [{ role: "SIB", state: "VA", name: "POC" }],
    subjects: [{ id: "S1", templateId: "T1", ident: [{ encounterId: "E1", encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" }], lescDetermination: "removable" }],
  },
  timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["2399"] }],
};

function problems(raw: unknown): string[] {
  const v = validateScenario(raw);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("time bounded to years 0001-9999 (issue 15)", () => {
  it("given a timing of 1e20 seconds, when validated, then it is one problem at that delay, showing the value and the limit", () => {
    expect(problems({ ...good, timing: { transmission: 1e20 } })).toEqual([
      `timing.transmission: 100000000000000000000 seconds is longer than any run can hold: a scenario's times stay within years 0001-9999, so a delay is at most ${MAX_DELAY_SECONDS} seconds`,
    ]);
    expect(runScenario({ ...good, timing: { transmission: 1e20 } }).ok).toBe(false);
  });

  it("given delays that are each in range but carry the run past 9999, then the problem is at timing and names the last action", () => {
    const list = problems({ ...good, timing: { lescDeterminesAfter: 200_000_000_000, sibRelaysAfter: 200_000_000_000 } });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^timing: the run would go past 9999-12-31T23:59:59\.999Z, the last instant the format can write: timeline\[0\]\.at \(2026-03-01T10:00:00Z\) plus the parties' delays/);
  });

  it("given a booking late in 9999, then the problem is at that action's time", () => {
    const late = { ...good, timeline: [{ ...good.timeline[0], at: "9999-12-31T23:50:00Z" }] };
    expect(problems(late)).toEqual([expect.stringMatching(/^timeline\[0\]\.at: the run would go past 9999-12-31T23:59:59\.999Z/)]);
  });

  it("given a termination notice 10 days before the end of 9999, then its 30 days are counted", () => {
    const notice = { at: "9999-12-21T00:00:00Z", type: "giveNotice", state: "VA", side: "ICE", notice: { kind: "termination", id: "N1", delivery: "certified-mail" } };
    expect(problems({ ...good, timeline: [...good.timeline, notice] })[0]).toContain("a termination's 30 days");
  });

  it("given year 0000, then the instant is refused with its value", () => {
    expect(problems({ ...good, timeline: [{ ...good.timeline[0], at: "0000-03-01T10:00:00Z" }] })).toEqual(['timeline[0].at: an instant is in the years 0001-9999; got "0000-03-01T10:00:00Z"']);
  });

  it("given the largest delays the bound admits, when run, then the run ends within 9999 without an error", () => {
    const timing = { leaSubmitsCarAfter: 1e9, transmission: 1e8, sibForwardsAfter: 1e9, iafisAnswersAfter: 1e9, identAnswersAfter: 1e9, lescDeterminesAfter: 1e9, sibRelaysAfter: 1e9 };
    const r = runScenario({ ...good, timing });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.result.endedAt < "9999-12-31T23:59:59.999Z").toBe(true);
  });
});
