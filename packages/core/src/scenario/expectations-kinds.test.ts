// The expectation kinds issue 15 adds, each stated given / when / then with
// the MOA section it checks. One world: a Level 1 charge released on bail
// (D10), a second LEA suspended for profiling, a suspension of the MOA, a
// modification, a dispute and a copy to the media.
import { describe, expect, it } from "vitest";
import { checkExpectations } from "./expectations";
import { cites, citedSections } from "./refusal-match";
import { runScenario } from "./runner";
import { checkExpectedProblems, expectedProblemsOf } from "./expected-invalid";
import { validateScenario } from "./validate";

const world = {
  states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
  agencies: [
    { ori: "VA0010000", name: "a", state: "VA" },
    { ori: "VA0020000", name: "b", state: "VA" },
  ],
  fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
  contacts: [{ role: "SIB", state: "VA", name: "SIB POC" }, { role: "ICE-DRO", name: "DRO POC" }],
  moas: [{ state: "VA", signatures: [{ side: "ICE", at: "2026-01-01T00:00:00Z", signatory: "x", title: "y" }, { side: "SIB", at: "2026-01-02T00:00:00Z", signatory: "x", title: "y" }] }],
  subjects: [
    { id: "S1", templateId: "T1", ident: [{ encounterId: "E1", encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" }], lescDetermination: "removable" },
    { id: "S2", templateId: "T2", ident: [{ encounterId: "E2", encounteredAt: "2015-01-01T00:00:00Z", kind: "visa-application" }], lescDetermination: "removable" },
    { id: "S3", templateId: "T3" },
  ],
};
const scenario = {
  name: "kinds",
  world,
  timeline: [
    { at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["1201"] },
    { at: "2026-03-02T10:00:00Z", type: "endLocalCustody", bookingId: "B1", reason: "released" },
    { at: "2026-03-02T11:00:00Z", type: "takeIntoCustody", bookingId: "B1" },
    { at: "2026-03-03T10:00:00Z", type: "adjudicateCharges", bookingId: "B1", convictions: [] },
    { at: "2026-03-04T10:00:00Z", type: "suspendLea", ori: "VA0020000", reason: "profiling complaint under review" },
    { at: "2026-03-04T12:00:00Z", type: "book", bookingId: "B2", ori: "VA0020000", subject: "S2", charges: ["2399"] },
    { at: "2026-03-05T10:00:00Z", type: "reinstateLea", ori: "VA0020000", note: "review closed" },
    { at: "2026-03-06T10:00:00Z", type: "giveNotice", state: "VA", side: "SIB", notice: { kind: "suspension", id: "N1", delivery: "oral", ground: "resource-constraints" } },
    { at: "2026-03-06T11:00:00Z", type: "book", bookingId: "B3", ori: "VA0010000", subject: "S3", charges: ["2399"] },
    { at: "2026-03-07T10:00:00Z", type: "giveNotice", state: "VA", side: "SIB", notice: { kind: "resumption", id: "N2", delivery: "oral" } },
    { at: "2026-03-08T10:00:00Z", type: "proposeModification", state: "VA", side: "ICE", modificationId: "M1", text: "add a POC" },
    { at: "2026-03-08T11:00:00Z", type: "consentToModification", state: "VA", side: "SIB", modificationId: "M1", form: "oral" },
    { at: "2026-03-09T10:00:00Z", type: "submitDispute", state: "VA", side: "SIB", disputeId: "D1", areasOfDisagreement: "response times" },
    { at: "2026-03-10T10:00:00Z", type: "raiseDisputeToAgencyLevel", state: "VA", side: "SIB", disputeId: "D1", reason: "no agreement" },
    { at: "2026-03-11T10:00:00Z", type: "provideMoaCopyToMedia", state: "VA", side: "ICE", releaseId: "R1", outlet: "Gazette" },
  ],
};

const run = runScenario(scenario);
if (!run.ok) throw new Error(run.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
const result = run.result;
const check = (e: Parameters<typeof checkExpectations>[1]): string[] => checkExpectations(result, e);

describe("expectations issue 15 adds", () => {
  it("refusalsInclude, MOA V: given custody refused after a release on bail, when 'any refusal citing MOA V' is expected, then it is met; 'MOA VI' is not", () => {
    expect(check({ refusalsInclude: [{ citing: "MOA V" }] })).toEqual([]);
    expect(check({ refusalsInclude: [{ citing: "MOA V.C", action: "TakeIntoCustody", bookingId: "B1", contains: "on bail" }] })).toEqual([]);
    expect(check({ refusalsInclude: [{ citing: "MOA VI" }] })).toEqual(['refusals: expected one matching {"citing":"MOA VI"}, found none']);
  });

  it("refusalsInclude: at least these, each refusal answering one matcher", () => {
    expect(check({ refusalsInclude: [{ rule: "MOA VIII" }, { rule: "MOA V, V.C", source: "timeline[2]" }] })).toEqual([]);
    expect(check({ refusalsInclude: [{ rule: "MOA V, V.C" }, { citing: "MOA V" }] })).toEqual(['refusals: expected one matching {"citing":"MOA V"}, found none']);
  });

  it("citing reads a rule's sections: 'MOA V, V.C' cites MOA V and MOA V.C, and 'MOA V' takes its subsections but not MOA VI", () => {
    expect(citedSections("MOA V, V.C")).toEqual(["MOA V", "MOA V.C"]);
    expect(citedSections("DOMAIN 3.8 (trace order)")).toEqual(["DOMAIN 3.8"]);
    expect(cites("MOA V.B", "MOA V")).toBe(true);
    expect(cites("MOA VI", "MOA V")).toBe(false);
  });

  it("moasAt, MOA VIII: given a suspension from 6 to 7 March, then the MOA's status at a chosen instant is read", () => {
    expect(check({ moasAt: [{ state: "VA", at: "2026-03-06T12:00:00Z", status: "suspended" }, { state: "VA", at: "2026-03-07T12:00:00Z", status: "in-effect" }, { state: "VA", at: "2026-01-01T12:00:00Z", status: "unsigned" }] })).toEqual([]);
    expect(check({ moasAt: [{ state: "VA", at: "2026-03-06T12:00:00Z", status: "in-effect" }] })).toEqual(['MOA VA status at 2026-03-06T12:00:00Z: expected "in-effect", got "suspended"']);
  });

  it("leas and leasAt, MOA VIII: given an LEA suspended for profiling and reinstated, then its standing at the end and at an instant", () => {
    expect(check({ leas: { VA0020000: "in-program", VA0010000: "in-program" }, leasAt: [{ ori: "VA0020000", at: "2026-03-04T12:00:00Z", status: "suspended" }] })).toEqual([]);
    expect(check({ leasAt: [{ ori: "VA0020000", at: "2026-03-05T10:00:00Z", status: "suspended" }] })).toEqual(['LEA VA0020000 standing at 2026-03-05T10:00:00Z: expected "suspended", got "in-program"']);
  });

  it("withheld, DOMAIN D7: given a booking while the LEA is suspended, then the step and instant it was withheld", () => {
    expect(check({ bookings: { B2: { withheld: { step: "IDENT_SEARCH", at: "2026-03-04T12:02:34Z" } } } })).toEqual([]);
    expect(check({ bookings: { B1: { withheld: { step: "IAQ" } } } })).toEqual(['booking B1 withheld: expected {"step":"IAQ"}, got not withheld']);
  });

  it("priorityHistory, MOA V: given a Level 1 charge that ends in acquittal, then the priority went from Level 1 to the field office's discretion", () => {
    expect(check({ bookings: { B1: { priorityHistory: ["level-1-priority", "field-office-discretion"] } } })).toEqual([]);
  });

  it("responseTimes, MOA V.D: per booking, in ms, null where the response never came", () => {
    expect(check({ bookings: { B1: { responseTimes: { toSibMs: 2009000, toLeaMs: 2041000 } }, B2: { responseTimes: { toSibMs: null } } } })).toEqual([]);
    expect(check({ bookings: { B1: { responseTimes: { toLeaMs: 1 } } } })).toEqual(['booking B1 response times: expected {"toLeaMs":1}, got {"toSibMs":2009000,"toLeaMs":2041000}']);
  });

  it("moas as an object, MOA VII, VIII, X: the state of modifications, disputes and releases of the MOA", () => {
    expect(check({ moas: { VA: { status: "in-effect", modifications: { M1: "proposed" }, disputes: { D1: "raised-to-agency-level" }, releases: ["R1"] } } })).toEqual([]);
    expect(check({ moas: { VA: { modifications: { M1: "in-effect", M9: "proposed" } } } })).toEqual([
      'MOA VA modification M1: expected "in-effect", got "proposed"',
      'MOA VA modification M9: expected "proposed", got none',
    ]);
  });

  it("invalid: given a valid scenario that says it is expected to be invalid, then that is unmet", () => {
    expect(check({ invalid: [{ path: "timing.transmission" }] })).toEqual(["expected the scenario to be invalid (timing.transmission), but it is valid and ran"]);
  });

  it("invalid: given a scenario expected invalid with a timing of 1e20 seconds, when validated, then the expected problem is found; a wrong expectation is named", () => {
    const raw = { ...scenario, timing: { transmission: 1e20 }, expect: { invalid: [{ path: "timing.transmission", contains: "years 0001-9999" }] } };
    const v = validateScenario(raw);
    expect(v.ok).toBe(false);
    const expected = expectedProblemsOf(raw);
    expect(expected).not.toBeNull();
    if (v.ok || expected === null) return;
    expect(checkExpectedProblems(v.problems, expected)).toEqual([]);
    expect(checkExpectedProblems(v.problems, [{ path: "name" }, { path: "timing.transmission", contains: "negative" }])).toEqual([
      "expected a problem at name, found none",
      expect.stringMatching(/^expected a problem at timing.transmission containing "negative", found none \(at that path: "100000000000000000000 seconds/),
    ]);
  });
});
