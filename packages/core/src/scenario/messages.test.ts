// Issue 15: a scenario's problems in the domain's words, with the value shown,
// one message per mistake, and at most the first 50 printed.
import { describe, expect, it } from "vitest";
import { formatProblemList, PROBLEMS_SHOWN } from "./format";
import { validateScenario } from "./validate";

const good = {
  name: "t",
  world: {
    states: [{ code: "VA", name: "Virginia", sib: { name: "VA SIB", nff: false, relayCapable: true } }],
    agencies: [{ ori: "VA0010000", name: "a", state: "VA" }],
    fieldOffices: [{ id: "WAS", name: "Washington", states: ["VA"] }],
    moas: [{ state: "VA" }],
    subjects: [{ id: "S1", templateId: "T1", iafis: { fbiNumber: "F1", convictions: [{ ncicCode: "2399", date: "2019-01-01T00:00:00Z", sentenceDays: 90 }] } }],
  },
  timeline: [{ at: "2026-03-01T10:00:00Z", type: "book", bookingId: "B1", ori: "VA0010000", subject: "S1", charges: ["2399"] }],
};

type Json = Record<string, unknown>;
function problems(edit: (s: Json & typeof good) => void): string[] {
  const s = structuredClone(good) as Json & typeof good;
  edit(s);
  const v = validateScenario(s);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}
const RAW = /Invalid (discriminator|input|option)|expected int, received|received (number|string|undefined|boolean)/;

describe("messages in the domain's words, values shown (issue 15)", () => {
  it("given a misspelt action type, when validated, then the message says it is not an action type, suggests the nearest and lists the types", () => {
    const list = problems((s) => {
      (s.timeline[0] as Json)["type"] = "boook";
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^timeline\[0\]\.type: "boook" is not an action type \(did you mean "book"\?\); one of book, determineStatus, /);
    expect(list[0]).not.toMatch(RAW);
  });

  it("given a sentence of 1.5 days, then the message says 1.5 is not a whole number", () => {
    expect(
      problems((s) => {
        (s.world.subjects[0]?.iafis.convictions[0] as Json)["sentenceDays"] = 1.5;
      }),
    ).toEqual(["world.subjects[0].iafis.convictions[0].sentenceDays: 1.5 is not a whole number"]);
  });

  it("given a party of an unknown kind, an unknown outcome and a text for true/false, then each message names the value and what is expected", () => {
    const list = problems((s) => {
      (s.timeline[0] as Json)["by"] = { kind: "SHERIFF" };
      (s.world.subjects[0] as Json)["lescDetermination"] = "deport";
      (s.world.states[0]?.sib as Json)["nff"] = "no";
    });
    expect(list).toEqual([
      'timeline[0].by.kind: "SHERIFF" is not a kind of party; one of LEA, SIB, CJIS, US-VISIT, LESC, ICE-FIELD-OFFICE, ICE-SC-PROGRAM-OFFICE, ICE-PUBLIC-AFFAIRS, AUDITOR',
      'world.states[0].sib.nff: expected true or false, got "no"',
      'world.subjects[0].lescDetermination: "deport" is not one of removable, lawful-permanent-resident, united-states-citizen, lawful-status, needs-further-investigation',
    ]);
  });

  it("given dates refused, then the message shows each date: a wrong form, and a day the calendar does not have", () => {
    const list = problems((s) => {
      (s.timeline[0] as Json)["at"] = "2026-03-01";
      (s.world.subjects[0]?.iafis.convictions[0] as Json)["date"] = "2019-02-30T00:00:00Z";
    });
    expect(list).toEqual([
      'timeline[0].at: an instant is a UTC time in ISO 8601 with seconds and a Z, e.g. 2026-03-01T09:00:00Z or 2026-03-01T09:00:00.000Z; got "2026-03-01"',
      'world.subjects[0].iafis.convictions[0].date: "2019-02-30T00:00:00Z" has the form of an instant but is not a day and time of the calendar (a month has at most 31 days, an hour 60 minutes)',
    ]);
  });

  it("given an ORI of the wrong form, then it is one problem (its form), not also an unknown agency", () => {
    expect(
      problems((s) => {
        (s.timeline[0] as Json)["ori"] = "VA1";
      }),
    ).toEqual(['timeline[0].ori: an ORI is 9 characters: a 2-letter state code and 7 letters or digits; got "VA1"']);
  });

  it("given world.states that is not a list, then that is the one problem, not every reference to a state as well", () => {
    expect(
      problems((s) => {
        (s.world as Json)["states"] = 3;
      }),
    ).toEqual(["world.states: expected a list, got 3"]);
  });

  it("never lets the schema library's raw wording through, over many kinds of mistake", () => {
    const list = problems((s) => {
      (s as Json)["name"] = 7;
      (s as Json)["timing"] = { transmission: "2" };
      (s.timeline[0] as Json)["charges"] = [];
      (s.world as Json)["agencies"] = [{ ori: "VA0010000", state: "VA" }];
      s.timeline.push({ at: "2026-03-01T11:00:00Z", type: "approveStatisticsRelease" } as never);
    });
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const line of list) expect(line).not.toMatch(RAW);
  });
});

describe("at most the first 50 problems printed (issue 15)", () => {
  it("given 400,000 problems, when listed, then 50 lines and a count of the rest are printed", () => {
    const many = Array.from({ length: 400_000 }, (_, i) => ({ path: `timeline[${i}].at`, message: "x" }));
    const lines = formatProblemList(many).split("\n");
    expect(lines).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(lines[PROBLEMS_SHOWN]).toBe("... and 399950 more problems (the first 50 are shown)");
  });

  it("given a scenario with 60 bad bookings, when validated, then all 60 problems are returned (the cap is the printer's), sorted by path", () => {
    const s = structuredClone(good);
    s.timeline = Array.from({ length: 60 }, (_, i) => ({ ...good.timeline[0], bookingId: `B${i}`, at: `bad-${i}` })) as typeof good.timeline;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.problems).toHaveLength(60);
      expect(v.problems[10]?.path).toBe("timeline[10].at");
    }
  });
});
