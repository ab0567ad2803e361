import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowCommand } from "../flow/commands";
import { MoaCommand } from "../moa/commands";
import { LeaSuspensionCommand } from "../moa/lea-suspension";
import { StatisticsReleaseCommand } from "../moa/statistics-release";
import type { Party } from "../reference/parties";
import { PartyKind } from "../reference/parties";
import { ACTIONS, Action } from "./actions";
import { anyParty, anyTarget } from "./arbitraries";
import { accountTarget, grantedScope, mayPerform } from "./may-perform";
import { PERMISSIONS } from "./permissions";

const LEA: Party = { kind: "LEA", ori: "VA0010000" };
const SIB: Party = { kind: "SIB", state: "VA" };
const FIELD_OFFICE: Party = { kind: "ICE-FIELD-OFFICE", office: "WAS" };
const AUDITOR: Party = { kind: "AUDITOR" };
const ICE: Party = { kind: "ICE-SC-PROGRAM-OFFICE" };

describe("the list of actions", () => {
  it("covers every command of the system (flow, MOA, LEA suspension, statistics release)", () => {
    const commandTypes = [FlowCommand, MoaCommand, LeaSuspensionCommand, StatisticsReleaseCommand].flatMap((union) =>
      union.options.map((option) => option.shape.type.value),
    );
    expect(commandTypes.filter((type) => !Action.safeParse(type).success)).toEqual([]);
  });

  it("has a permission for each action and no duplicates", () => {
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
  });
});

describe("mayPerform", () => {
  it("MOA III: only LESC records a status determination; the SIB and the LEA never do", () => {
    expect(mayPerform({ kind: "LESC" }, "RecordStatusDetermination")).toEqual({ allowed: true, scope: "national" });
    for (const party of [LEA, SIB, ICE, FIELD_OFFICE, { kind: "CJIS" } as const]) {
      expect(mayPerform(party, "RecordStatusDetermination", { state: "VA", ori: "VA0010000" }).allowed).toBe(false);
    }
  });

  it("MOA IV.A: an LEA submits a CAR for its own agency only", () => {
    expect(mayPerform(LEA, "SubmitCar", { ori: "VA0010000" }).allowed).toBe(true);
    expect(mayPerform(LEA, "SubmitCar", { ori: "VA0020000" })).toEqual({ allowed: false, reason: expect.stringContaining("own agency only, not for VA0020000") });
    expect(mayPerform(LEA, "SubmitCar")).toEqual({ allowed: false, reason: expect.stringContaining("name the agency (ORI)") });
  });

  it("MOA IV: a SIB forwards and relays for its own state only", () => {
    expect(mayPerform(SIB, "ForwardToCjis", { ori: "VA0010000" }).allowed).toBe(true);
    expect(mayPerform(SIB, "RelayResponse", { state: "TX" })).toEqual({ allowed: false, reason: expect.stringContaining("within VA only, not in TX") });
  });

  it("MOA V.C: a field office lodges detainers in its own area only", () => {
    expect(mayPerform(FIELD_OFFICE, "LodgeDetainer", { fieldOffice: "WAS" }).allowed).toBe(true);
    expect(mayPerform(FIELD_OFFICE, "TakeIntoCustody", { fieldOffice: "HOU" }).allowed).toBe(false);
    expect(mayPerform(LEA, "LodgeDetainer", { ori: "VA0010000", fieldOffice: "WAS" }).allowed).toBe(false);
  });

  it("MOA IV.A, V.A: CJIS runs the IAFIS and IDENT searches and US-VISIT answers", () => {
    expect(mayPerform({ kind: "CJIS" }, "RunIafisSearch").allowed).toBe(true);
    expect(mayPerform({ kind: "CJIS" }, "SearchIdent").allowed).toBe(true);
    expect(mayPerform({ kind: "US-VISIT" }, "AnswerIdentSearch").allowed).toBe(true);
    expect(mayPerform(SIB, "SearchIdent", { state: "VA" }).allowed).toBe(false);
  });

  it("MOA VI, VIII: the SC Program Office and the state's SIB sign, modify and give notice; another state's SIB does not", () => {
    for (const action of ["SignMoa", "ProposeModification", "ConsentToModification", "GiveNotice"] as const) {
      expect(mayPerform(ICE, action, { state: "VA" }).allowed).toBe(true);
      expect(mayPerform(SIB, action, { state: "VA" }).allowed).toBe(true);
      expect(mayPerform({ kind: "SIB", state: "TX" }, action, { state: "VA" }).allowed).toBe(false);
      expect(mayPerform(LEA, action, { state: "VA" }).allowed).toBe(false);
    }
  });

  it("MOA VIII: only the SC Program Office suspends or reinstates an LEA", () => {
    expect(mayPerform(ICE, "SuspendLea", { ori: "VA0010000" }).allowed).toBe(true);
    expect(mayPerform(SIB, "SuspendLea", { ori: "VA0010000" }).allowed).toBe(false);
    expect(mayPerform(FIELD_OFFICE, "ReinstateLea", { ori: "VA0010000", fieldOffice: "WAS" }).allowed).toBe(false);
  });

  it("MOA VII: disputes are handled by the two parties", () => {
    expect(mayPerform(SIB, "RaiseDisputeToAgencyLevel", { state: "VA" }).allowed).toBe(true);
    expect(mayPerform(LEA, "SubmitDispute", { state: "VA" }).allowed).toBe(false);
  });

  it("MOA X: ICE Public Affairs alone approves or refuses a statistics release", () => {
    expect(mayPerform({ kind: "ICE-PUBLIC-AFFAIRS" }, "ApproveStatisticsRelease").allowed).toBe(true);
    expect(mayPerform(ICE, "ApproveStatisticsRelease").allowed).toBe(false);
    expect(mayPerform(SIB, "RefuseStatisticsRelease", { state: "VA" }).allowed).toBe(false);
  });

  it("MOA X: an LEA may give the media a copy of its state's MOA; the SIB alone informs law-enforcement organisations", () => {
    expect(mayPerform(LEA, "ProvideMoaCopyToMedia", { state: "VA" }).allowed).toBe(true);
    expect(mayPerform(LEA, "ProvideMoaCopyToMedia", { state: "TX" }).allowed).toBe(false);
    expect(mayPerform(LEA, "CommunicateMoaToLawEnforcementOrganisation", { state: "VA" }).allowed).toBe(false);
  });

  it("DOMAIN section 1: the auditor reads the audit log and changes nothing", () => {
    expect(mayPerform(AUDITOR, "ReadAuditLog").allowed).toBe(true);
    expect(mayPerform(AUDITOR, "SetPointOfContact")).toEqual({ allowed: false, reason: expect.stringContaining("auditors read everything and change nothing") });
    expect(mayPerform(LEA, "ReadAuditLog", { ori: "VA0010000" }).allowed).toBe(false);
  });

  it("DOMAIN section 1, issue 4: the audit log is the auditors' alone, not the SC Program Office's", () => {
    expect(mayPerform(ICE, "ReadAuditLog").allowed).toBe(false);
  });

  it("MOA VIII: the profiling oversight is read by the SC Program Office and auditors, not by the agencies it ranks", () => {
    expect(mayPerform(ICE, "ReadProfilingOversight").allowed).toBe(true);
    expect(mayPerform(AUDITOR, "ReadProfilingOversight").allowed).toBe(true);
    expect(mayPerform(SIB, "ReadProfilingOversight", { state: "VA" }).allowed).toBe(false);
    expect(mayPerform(LEA, "ReadProfilingOversight", { ori: "VA0010000" }).allowed).toBe(false);
    expect(mayPerform(FIELD_OFFICE, "ReadProfilingOversight", { fieldOffice: "WAS" }).allowed).toBe(false);
  });

  it("MOA V: a field office reads the priority queue of its own area; the program office and auditors read every area's", () => {
    expect(mayPerform(FIELD_OFFICE, "ReadIcePriorityQueue", { fieldOffice: "WAS" }).allowed).toBe(true);
    expect(mayPerform(FIELD_OFFICE, "ReadIcePriorityQueue", { fieldOffice: "HOU" }).allowed).toBe(false);
    expect(mayPerform(ICE, "ReadIcePriorityQueue").allowed).toBe(true);
    expect(mayPerform(AUDITOR, "ReadIcePriorityQueue").allowed).toBe(true);
    for (const party of [LEA, SIB, { kind: "LESC" } as const, { kind: "ICE-PUBLIC-AFFAIRS" } as const]) {
      expect(mayPerform(party, "ReadIcePriorityQueue", { state: "VA", ori: "VA0010000", fieldOffice: "WAS" }).allowed).toBe(false);
    }
  });

  it("decision: a SIB administers its own state's SIB and LEA accounts; only the SC Program Office administers the others", () => {
    const may = (by: Party, account: Party) => mayPerform(by, "AdministerUsers", accountTarget(account)).allowed;
    expect(may(SIB, LEA)).toBe(true);
    expect(may(SIB, { kind: "SIB", state: "VA" })).toBe(true);
    expect(may(SIB, { kind: "LEA", ori: "TX0010000" })).toBe(false);
    expect(may(SIB, FIELD_OFFICE)).toBe(false);
    expect(may(SIB, { kind: "CJIS" })).toBe(false);
    expect(may(ICE, { kind: "CJIS" })).toBe(true);
    expect(may(LEA, LEA)).toBe(false);
  });

  it("grantedScope gives the scope a kind of party holds for an action, for matrices", () => {
    expect(grantedScope("SIB", "RelayResponse")).toBe("own-state");
    expect(grantedScope("LEA", "RelayResponse")).toBeUndefined();
  });
});

describe("authorisation properties", () => {
  it("MOA III: no party but LESC may record a status determination, whatever the target", () => {
    fc.assert(
      fc.property(anyParty, anyTarget, (party, target) => {
        expect(mayPerform(party, "RecordStatusDetermination", target).allowed).toBe(party.kind === "LESC");
      }),
      { numRuns: 300 },
    );
  });

  it("DOMAIN section 1: auditors may perform no write action, and every read", () => {
    const writes = ACTIONS.filter((a) => PERMISSIONS[a].kind === "write");
    fc.assert(
      fc.property(fc.constantFrom(...ACTIONS), anyTarget, (action, target) => {
        expect(mayPerform({ kind: "AUDITOR" }, action, target).allowed).toBe(!writes.includes(action));
      }),
      { numRuns: 300 },
    );
  });

  it("a refusal always says why, and an allowance names the scope granted to the party's kind", () => {
    fc.assert(
      fc.property(anyParty, fc.constantFrom(...ACTIONS), anyTarget, (party, action, target) => {
        const permit = mayPerform(party, action, target);
        if (permit.allowed) expect(PERMISSIONS[action].grants).toContainEqual({ party: party.kind, scope: permit.scope });
        else expect(permit.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it("every kind of party may perform at least one action (DOMAIN section 1: every party is a role)", () => {
    const granted = new Set(ACTIONS.flatMap((a) => PERMISSIONS[a].grants.map((g) => g.party)));
    expect(PartyKind.options.filter((k) => !granted.has(k))).toEqual([]);
  });
});
