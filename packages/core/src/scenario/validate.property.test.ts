// Issue 15: any JSON value fed to the scenario validator yields a scenario or
// problems, never an exception; and a scenario it accepts runs without one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExpectations } from "./expectations";
import { formatScenarioResult } from "./format";
import { scenarioResultJson } from "./json";
import { runValidScenario } from "./runner";
import { validateScenario } from "./validate";

const base = {
  name: "t",
  timing: { transmission: 2 },
  world: {
    states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: true, relayCapable: true } }],
    agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
    fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
    contacts: [{ role: "SIB", state: "VA", name: "POC" }, { role: "ICE-DRO", name: "DRO" }],
    moas: [{ state: "VA", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
    subjects: [
      {
        id: "S1",
        templateId: "T1",
        iafis: { fbiNumber: "F1", convictions: [{ ncicCode: "3530", date: "2019-01-01T00:00:00Z" }] },
        ident: [{ encounterId: "E1", encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" }],
        lescDetermination: "removable",
      },
    ],
  },
  timeline: [
    { at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["2099"] },
    { at: "2026-03-02T10:00:00Z", type: "adjudicateCharges", bookingId: "B1", convictions: [{ ncicCode: "3530", sentenceDays: 365 }] },
    { at: "2026-03-03T10:00:00Z", type: "endLocalCustody", bookingId: "B1", reason: "released" },
    { at: "2026-03-04T10:00:00Z", type: "takeIntoCustody", bookingId: "B1" },
    { at: "2026-03-05T10:00:00Z", type: "giveNotice", state: "VA", side: "SIB", notice: { kind: "termination", id: "N1", delivery: "certified-mail" } },
  ],
  expect: { bookings: { B1: { status: "relayed" } }, refusalsInclude: [{ citing: "MOA V" }] },
};

/** Every path into a JSON value, so a mutation can land anywhere. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const ALL_PATHS = paths(base).filter((p) => p.length > 0);

function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  if (value !== null && typeof value === "object") return { ...(value as Record<string, unknown>), [head]: replaced((value as Record<string, unknown>)[head], rest, by) };
  return value;
}

/** Validate, and run, check and print what is accepted: what `sc scenario --check` does. */
function validateAndRun(raw: unknown): void {
  const v = validateScenario(raw);
  if (!v.ok) {
    expect(v.problems.length).toBeGreaterThan(0);
    for (const p of v.problems) expect(typeof p.message).toBe("string");
    return;
  }
  const result = runValidScenario(v.scenario);
  if (v.scenario.expect !== undefined) checkExpectations(result, v.scenario.expect);
  // What sc prints, as text and as JSON.
  formatScenarioResult(result);
  JSON.stringify(scenarioResultJson(result, { events: true }));
}

const edgeValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e20, -1, 0, 1.5, 1e308, "", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", [], {}, null),
);

describe("the scenario validator never throws (issue 15)", () => {
  it("property: any JSON value yields a scenario or problems", () => {
    fc.assert(fc.property(fc.jsonValue(), (raw) => validateAndRun(raw)), { numRuns: 300 });
  });

  it("property: a valid scenario with any part replaced by any JSON value yields problems, or runs", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ALL_PATHS), edgeValue), { minLength: 1, maxLength: 3 }), (edits) => {
        let raw: unknown = base;
        for (const [path, by] of edits) raw = replaced(raw, path, by);
        validateAndRun(raw);
      }),
      { numRuns: 400 },
    );
  });

  it("the base scenario is valid, so the mutations start from a run", () => {
    expect(validateScenario(base).ok).toBe(true);
  });
});
