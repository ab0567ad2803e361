import { describe, expect, it } from "vitest";
import { runScenario } from "./runner";
import { validateScenario } from "./validate";

const good = {
  name: "t",
  world: {
    states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
    agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
    fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
    moas: [{ state: "VA" }],
    subjects: [{ id: "S1", templateId: "T1" }],
  },
  timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["2399"] }],
};

function problems(raw: unknown): string[] {
  const v = validateScenario(raw);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("scenario validation: every problem, by path", () => {
  it("accepts a well-formed scenario", () => {
    expect(problems(good)).toEqual([]);
  });

  it("MOA VIII: refuses a notice received before the action records it, names a bad time's expected form, and lets a blank LEA suspension reason through to be refused in the run", () => {
    const notice = { kind: "suspension", id: "N1", delivery: "oral", ground: "resource-constraints", receivedAt: "2026-03-01T09:00:00Z" };
    const raw = {
      ...good,
      timeline: [
        ...good.timeline,
        { at: "2026-03-02T09:00:00Z", type: "giveNotice", state: "VA", side: "SIB", notice },
        { at: "2026-03-01T09:57Z", type: "suspendLea", ori: "VA0010000", reason: "x" },
      ],
    };
    expect(problems(raw)).toEqual([
      "timeline[1].notice.receivedAt: 2026-03-01T09:00:00Z is before the action's at (2026-03-02T09:00:00Z): put the action at the receipt, when the notice takes effect (MOA VIII)",
      // Issue 15 changed this message: the value refused is shown.
      'timeline[2].at: an instant is a UTC time in ISO 8601 with seconds and a Z, e.g. 2026-03-01T09:00:00Z or 2026-03-01T09:00:00.000Z; got "2026-03-01T09:57Z"',
    ]);
    const blank = { ...good, timeline: [...good.timeline, { at: "2026-03-01T11:00:00Z", type: "suspendLea", ori: "VA0010000", reason: " " }] };
    const run = runScenario(blank);
    expect(run.ok && run.result.refusals.map((r) => `${r.source} ${r.rule}: ${r.message}`)).toEqual(["timeline[1] MOA VIII: suspending LEA VA0010000 needs a written reason"]);
  });

  it("checks the state of the MOA actions (modifications, disputes, releases of the MOA) and requires `by` on statistics releases", () => {
    const raw = {
      ...good,
      timeline: [
        ...good.timeline,
        { at: "2026-03-02T09:00:00Z", type: "proposeModification", state: "TX", side: "ICE", modificationId: "M1", text: "t" },
        { at: "2026-03-02T09:00:00Z", type: "approveStatisticsRelease", requestId: "R1" },
      ],
    };
    // Issue 15 changed the second message: the domain's words, not the schema library's.
    expect(problems(raw)).toEqual(["timeline[1].state: unknown state TX", 'timeline[2].by: required: a party, e.g. { "kind": "LEA", "ori": "VA0010000" }']);
  });

  it("names a misspelt field anywhere, even inside a state's SIB, a contact, a conviction or a party", () => {
    const raw = {
      ...good,
      world: {
        ...good.world,
        states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true, relayCapeable: false } }],
        contacts: [{ role: "ICE-DRO", name: "DRO", emial: "dro@ice.example" }],
        subjects: [{ id: "S1", templateId: "T1", iafis: { fbiNumber: "F1", convictions: [{ ncicCode: "2399", date: "2019-01-01T00:00:00Z", sentense: 90 }] } }],
      },
      timeline: [{ ...good.timeline[0], by: { kind: "LEA", ori: "VA0010000", agency: "x" } }],
    };
    expect(problems(raw)).toEqual([
      'timeline[0].by.agency: unknown field "agency"',
      'world.contacts[0].emial: unknown field "emial"',
      'world.states[0].sib.relayCapeable: unknown field "relayCapeable"',
      'world.subjects[0].iafis.convictions[0].sentense: unknown field "sentense"',
    ]);
  });

  it("rejects what is not an object without a stack trace", () => {
    expect(problems("nope")).toEqual([": a scenario is a JSON object with name, world and timeline"]);
    expect(problems(null)).toHaveLength(1);
  });

  it("lists every cross-reference problem at once: unknown agency, subject, state and booking", () => {
    const bad = {
      ...good,
      world: { ...good.world, moas: [{ state: "TX" }], subjects: [{ id: "S1", templateId: "T1", onFileIn: ["VA"] }] },
      timeline: [
        ...good.timeline,
        { at: "2026-03-01T11:00:00Z", type: "book", bookingId: "B2", ori: "VA0099999", subject: "S9", charges: ["2399"] },
        { at: "2026-03-01T12:00:00Z", type: "lodgeDetainer", bookingId: "B7" },
        { at: "2026-03-01T09:00:00Z", type: "endLocalCustody", bookingId: "B1", reason: "released" },
        { at: "2026-03-01T12:00:00Z", type: "signMoa", state: "NC", side: "ICE", signatory: "x", title: "y" },
        { at: "2026-03-01T12:00:00Z", type: "suspendLea", ori: "VA0088888", reason: "profiling" },
      ],
    };
    expect(problems(bad)).toEqual([
      "timeline[1].ori: unknown agency VA0099999",
      "timeline[1].subject: unknown subject S9",
      "timeline[2].bookingId: unknown booking B7: no \"book\" action in the timeline books it",
      "timeline[3].at: 2026-03-01T09:00:00Z is before booking B1 is booked (2026-03-01T10:00:00Z)",
      "timeline[4].state: unknown state NC",
      "timeline[5].ori: unknown agency VA0088888",
      "world.moas[0].state: unknown state TX",
      "world.subjects[0].onFileIn[0]: VA is not an NFF state: only an NFF state's SIB keeps a file that turns later bookings into CPIs (MOA IV.A)",
      "world.subjects[0].onFileIn[0]: a subject on a state's file has an FBI number: give its iafis record",
    ]);
  });

  it("lists shape problems and cross-reference problems together, each by path", () => {
    const bad = {
      ...good,
      world: { ...good.world, agencies: [{ ori: "NC0010000", name: "a", state: "VA" }], colour: "blue" },
      timeline: [{ ...good.timeline[0], charges: ["23"] }, { at: "yesterday", type: "bookk" }],
    };
    const list = problems(bad);
    expect(list).toContain("world.agencies[0].ori: ORI NC0010000 begins with NC but the agency is in VA");
    expect(list).toContain('world.colour: unknown field "colour"');
    expect(list).toContain('timeline[0].charges[0]: an NCIC offense code is exactly four digits; got "23"');
    expect(list.some((p) => p.startsWith("timeline[1]"))).toBe(true);
    // The only agency listed is malformed (NC0010000 in VA), so the booking's VA0010000 is unknown too.
    expect(list).toContain("timeline[0].ori: unknown agency VA0010000");
  });

  it("checks the references of an entry that is itself malformed (every problem, not just the first)", () => {
    const bad = { ...good, timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010001", subject: "S9", charges: ["1"] }] };
    expect(problems(bad)).toEqual([
      // Issue 15 changed this message: the value refused is shown.
      'timeline[0].charges[0]: an NCIC offense code is exactly four digits; got "1"',
      "timeline[0].ori: unknown agency VA0010001",
      "timeline[0].subject: unknown subject S9",
    ]);
  });

  it("MOA VIII: a suspension notice names its ground", () => {
    const bad = { ...good, timeline: [{ at: "2026-03-01T12:00:00Z", type: "giveNotice", state: "VA", side: "SIB", notice: { kind: "suspension", id: "N1", delivery: "oral" } }] };
    expect(problems(bad)).toEqual(["timeline[0].notice.ground: a suspension names its ground: resource-constraints or competing-priorities (MOA VIII)"]);
  });

  it("duplicate ids, templates and FBI numbers are problems", () => {
    const bad = {
      ...good,
      world: {
        ...good.world,
        subjects: [
          { id: "S1", templateId: "T1", iafis: { fbiNumber: "F1" } },
          { id: "S1", templateId: "T1", iafis: { fbiNumber: "F1" } },
        ],
      },
      timeline: [good.timeline[0], good.timeline[0]],
    };
    expect(problems(bad)).toEqual([
      "timeline[1].bookingId: booking B1 is already booked at timeline[0]",
      "world.subjects[1].iafis.fbiNumber: FBI number F1 is also world.subjects[0]'s",
      "world.subjects[1].id: subject S1 is listed twice",
      "world.subjects[1].templateId: template T1 is also world.subjects[0]'s: one person, one set of prints",
    ]);
  });

  it("runScenario returns the problems instead of running", () => {
    const r = runScenario({ ...good, timeline: [{ ...good.timeline[0], subject: "nobody" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: "timeline[0].subject", message: "unknown subject nobody" }]);
  });
});
