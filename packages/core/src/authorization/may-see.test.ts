import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Party } from "../reference/parties";
import { anyParty } from "./arbitraries";
import type { VisibleRecord } from "./may-see";
import { maySee } from "./may-see";

const LEA: Party = { kind: "LEA", ori: "VA0010000" };
const OTHER_LEA: Party = { kind: "LEA", ori: "VA0020000" };
const SIB: Party = { kind: "SIB", state: "VA" };
const CJIS: Party = { kind: "CJIS" };
const LESC: Party = { kind: "LESC" };
const FIELD_OFFICE: Party = { kind: "ICE-FIELD-OFFICE", office: "WAS" };

const booking = (over: Partial<Extract<VisibleRecord, { kind: "booking" }>> = {}): VisibleRecord => ({
  kind: "booking",
  state: "VA",
  ori: "VA0010000",
  fieldOffice: "WAS",
  reached: ["LEA", "SIB", "CJIS"],
  ...over,
});
const message = (sender: Party, receiver: Party): VisibleRecord => ({ kind: "message", state: "VA", ori: "VA0010000", fieldOffice: "WAS", sender, receiver });

describe("maySee (DOMAIN section 1)", () => {
  it("DOMAIN 1: an LEA sees its own bookings only", () => {
    expect(maySee(LEA, booking())).toBe(true);
    expect(maySee(OTHER_LEA, booking())).toBe(false);
  });

  it("DOMAIN 1: an LEA sees the CAR it sent and the responses relayed to it, not the SIB-CJIS or CJIS-LESC exchanges", () => {
    expect(maySee(LEA, message(LEA, SIB))).toBe(true);
    expect(maySee(LEA, message(SIB, LEA))).toBe(true);
    // the same party whatever the order of its keys (as read back from a store)
    expect(maySee(LEA, message(SIB, JSON.parse('{"ori":"VA0010000","kind":"LEA"}') as Party))).toBe(true);
    expect(maySee(LEA, message(SIB, CJIS))).toBe(false);
    expect(maySee(LEA, message(CJIS, LESC))).toBe(false);
  });

  it("DOMAIN 1: a SIB sees its state's bookings and its own exchanges, not the IAQ between CJIS and LESC", () => {
    expect(maySee(SIB, booking())).toBe(true);
    expect(maySee(SIB, booking({ state: "TX", ori: "TX0010000" }))).toBe(false);
    expect(maySee(SIB, message(CJIS, SIB))).toBe(true);
    expect(maySee(SIB, message(CJIS, LESC))).toBe(false);
    expect(maySee({ kind: "SIB", state: "TX" }, message(LEA, SIB))).toBe(false);
  });

  it("DOMAIN 1: a field office sees the bookings of its area only", () => {
    expect(maySee(FIELD_OFFICE, booking())).toBe(true);
    expect(maySee({ kind: "ICE-FIELD-OFFICE", office: "HOU" }, booking())).toBe(false);
    expect(maySee(FIELD_OFFICE, booking({ fieldOffice: undefined }))).toBe(false);
  });

  it("DOMAIN 1: LESC sees what reached it", () => {
    expect(maySee(LESC, booking())).toBe(false);
    expect(maySee(LESC, booking({ reached: ["LEA", "SIB", "CJIS", "LESC"] }))).toBe(true);
    expect(maySee(LESC, message(CJIS, LESC))).toBe(true);
    expect(maySee(LESC, message(LEA, SIB))).toBe(false);
  });

  it("DOMAIN 1: the audit log is for auditors only (issue 4), not even the SC Program Office", () => {
    const entry: VisibleRecord = { kind: "audit-log-entry" };
    expect(maySee({ kind: "AUDITOR" }, entry)).toBe(true);
    expect(maySee({ kind: "ICE-SC-PROGRAM-OFFICE" }, entry)).toBe(false);
    expect(maySee({ kind: "ICE-SC-PROGRAM-OFFICE" }, booking())).toBe(true);
    expect(maySee(SIB, entry)).toBe(false);
    expect(maySee(LESC, entry)).toBe(false);
  });

  it("MOA X: a statistics release is seen by its requester and, once published, by everyone who reads statistics", () => {
    const pending: VisibleRecord = { kind: "statistics-release", requestedBy: SIB, published: false };
    expect(maySee(SIB, pending)).toBe(true);
    expect(maySee(LEA, pending)).toBe(false);
    expect(maySee(LEA, { ...pending, published: true })).toBe(true);
    expect(maySee({ kind: "ICE-PUBLIC-AFFAIRS" }, pending)).toBe(true);
  });

  it("MOA VIII: an LEA sees its own standing; its SIB sees its LEAs'", () => {
    const standing: VisibleRecord = { kind: "lea-standing", ori: "VA0010000" };
    expect(maySee(LEA, standing)).toBe(true);
    expect(maySee(OTHER_LEA, standing)).toBe(false);
    expect(maySee(SIB, standing)).toBe(true);
    expect(maySee({ kind: "SIB", state: "TX" }, standing)).toBe(false);
  });

  it("DOMAIN 1: the auditor reads every record", () => {
    const record = fc.constantFrom<VisibleRecord>(
      booking(),
      message(CJIS, LESC),
      { kind: "moa", state: "TX" },
      { kind: "lea-standing", ori: "TX0010000" },
      { kind: "statistics-release", requestedBy: SIB, published: false },
      { kind: "audit-log-entry" },
      { kind: "user-account", party: LEA },
      { kind: "reference" },
    );
    fc.assert(fc.property(record, (r) => {
        expect(maySee({ kind: "AUDITOR" }, r)).toBe(true);
      }), { numRuns: 50 });
  });

  it("DOMAIN 1: a party scoped to one state sees no booking of another state", () => {
    fc.assert(
      fc.property(anyParty, fc.constantFrom("VA", "TX", "MD"), (party, state) => {
        const record = booking({ state, ori: `${state}0010000`, fieldOffice: undefined });
        const own = party.kind === "SIB" ? party.state : party.kind === "LEA" ? party.ori.slice(0, 2) : undefined;
        if (own !== undefined && own !== state) expect(maySee(party, record)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
