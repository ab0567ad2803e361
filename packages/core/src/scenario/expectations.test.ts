import { describe, expect, it } from "vitest";
import { checkExpectations } from "./expectations";
import { runScenario } from "./runner";

const scenario = {
  name: "one booking",
  world: {
    states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
    agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
    fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
    moas: [{ state: "VA", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
    subjects: [{ id: "S1", templateId: "T1", ident: [{ encounterId: "E1", encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" }], lescDetermination: "removable" }],
  },
  timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["2399"] }],
};

describe("checkExpectations", () => {
  const run = runScenario(scenario);
  if (!run.ok) throw new Error("scenario");
  const result = run.result;

  it("reads statistics stated in part and in any key order", () => {
    expect(checkExpectations(result, { statistics: { determinations: { removable: 1 }, identMatches: 1, responseTimeToLea: { count: 1 } } })).toEqual([]);
  });

  it("names each statement the run does not show", () => {
    expect(checkExpectations(result, { statistics: { determinations: { removable: 2 } }, moas: { VA: "suspended" }, bookings: { B1: { status: "withheld" } } })).toEqual([
      'booking B1 status: expected "withheld", got "relayed"',
      'MOA VA status: expected "suspended", got "in-effect"',
      'statistics.determinations: expected {"removable":2}, got {"removable":1,"lawful-permanent-resident":0,"united-states-citizen":0,"lawful-status":0,"needs-further-investigation":0}',
    ]);
  });
});
