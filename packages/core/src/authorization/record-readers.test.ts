import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PartyKind } from "../reference/parties";
import { anyParty, anyRecord } from "./arbitraries";
import { grantedScope } from "./may-perform";
import { maySee } from "./may-see";
import { mayEverSee, readersOf, VISIBLE_RECORD_KINDS } from "./record-readers";

const ALL = PartyKind.options;
const but = (...kinds: PartyKind[]): PartyKind[] => ALL.filter((kind) => !kinds.includes(kind));

describe("readersOf: which kinds of party may see some record of a kind (DOMAIN section 1)", () => {
  it("DOMAIN 1: every kind of party but ICE Public Affairs sees some booking and some message; Public Affairs handles releases, not bookings", () => {
    expect(readersOf("booking")).toEqual(but("ICE-PUBLIC-AFFAIRS"));
    expect(readersOf("message")).toEqual(but("ICE-PUBLIC-AFFAIRS"));
  });

  it("MOA VI, X: an MOA is read by its parties (the SIB, the SC Program Office), the state's LEAs, the rest of ICE and auditors, not by CJIS, US-VISIT or LESC", () => {
    expect(readersOf("moa")).toEqual(["LEA", "SIB", "ICE-FIELD-OFFICE", "ICE-SC-PROGRAM-OFFICE", "ICE-PUBLIC-AFFAIRS", "AUDITOR"]);
  });

  it("MOA X: a statistics release is read by whoever may request one, ICE Public Affairs and auditors", () => {
    expect(readersOf("statistics-release")).toEqual(but("CJIS", "US-VISIT", "LESC"));
  });

  it("MOA VIII: an LEA's standing is read by the LEA, its SIB, the field office of its area, the program office and auditors", () => {
    expect(readersOf("lea-standing")).toEqual(["LEA", "SIB", "ICE-FIELD-OFFICE", "ICE-SC-PROGRAM-OFFICE", "AUDITOR"]);
  });

  it("DOMAIN 1, issue 4: the audit log is read by auditors only, exactly the kinds core grants ReadAuditLog", () => {
    expect(readersOf("audit-log-entry")).toEqual(["AUDITOR"]);
    expect(readersOf("audit-log-entry")).toEqual(ALL.filter((kind) => grantedScope(kind, "ReadAuditLog") !== undefined));
  });

  it("DOMAIN 1: every party reads reference data and its own account", () => {
    expect(readersOf("reference")).toEqual(ALL);
    expect(readersOf("user-account")).toEqual(ALL);
  });

  it("DOMAIN 1: the auditor may see some record of every kind", () => {
    expect(VISIBLE_RECORD_KINDS.filter((kind) => !mayEverSee("AUDITOR", kind))).toEqual([]);
  });

  it("never refuses at kind level a party that maySee lets see a record of the kind", () => {
    fc.assert(
      fc.property(anyParty, anyRecord, (party, record) => {
        if (maySee(party, record)) expect(mayEverSee(party.kind, record.kind)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
