import { describe, expect, it } from "vitest";
import type { FlowCommand } from "./commands";
import { decideBooking } from "./decide";
import { evolveBooking } from "./evolve";
import { at, fixtureEnv, given, happyPath } from "./fixtures";
import { assessPriority, priorityRank } from "./priority";
import type { BookingState } from "./state";

const office = { kind: "ICE-FIELD-OFFICE" as const, office: "WAS" };
const lea = { kind: "LEA" as const, ori: "VA0010000" };

function ice(type: "LodgeDetainer" | "TakeIntoCustody" | "InstituteRemovalProceedings", seconds: number, by = office): FlowCommand {
  return { type, bookingId: "B1", now: at(seconds), by };
}
function custodyEnded(seconds: number, reason: "sentence-completed" | "released" = "sentence-completed"): FlowCommand {
  return { type: "RecordLocalCustodyEnded", bookingId: "B1", now: at(seconds), by: lea, reason };
}

function adjudicated(seconds: number, convictions: { ncicCode: string; date: string; sentenceDays?: number }[]): FlowCommand {
  return { type: "RecordAdjudication", bookingId: "B1", now: at(seconds), by: lea, convictions };
}

function refusalOf(state: BookingState, command: FlowCommand): { rule: string; message: string } {
  const d = decideBooking(command, state, fixtureEnv());
  if (d.ok) throw new Error(`expected a refusal, got ${d.events.map((e) => e.type).join(", ")}`);
  return d.refusal;
}

function determined(templateId: string, charges: string[], outcome: "removable" | "united-states-citizen" = "removable"): BookingState {
  const p = happyPath({ templateId, charges, outcome });
  return given(fixtureEnv(), [...p.book, ...p.toIdent, ...p.match]).state;
}

function decideAll(state: BookingState, commands: readonly FlowCommand[]): { state: BookingState; refused: string[] } {
  const env = fixtureEnv();
  const refused: string[] = [];
  for (const c of commands) {
    const d = decideBooking(c, state, env);
    if (d.ok) state = d.events.reduce(evolveBooking, state);
    else refused.push(`${c.type}: ${d.refusal.rule}`);
  }
  return { state, refused };
}

describe("ICE priority from levels (MOA V, V.C, III.B.iii)", () => {
  it("MOA V.C: removable with a prior Level 1 conviction goes first", () => {
    const p = assessPriority({ outcome: "removable", convictions: [{ ncicCode: "0911", date: "2019-01-01T00:00:00.000Z", sentenceDays: 1000 }], charges: ["2399"], fieldOffice: "WAS" });
    expect(p).toMatchObject({ category: "level-1-priority", priorLevel1Conviction: true, chargedWithLevel1: false, convictionLevel: 1, chargeLevel: 2 });
  });

  it("MOA V.C: removable and now charged with a Level 1 offense goes first", () => {
    const p = assessPriority({ outcome: "removable", convictions: [], charges: ["1201"], fieldOffice: "WAS" });
    expect(p).toMatchObject({ category: "level-1-priority", priorLevel1Conviction: false, chargedWithLevel1: true });
  });

  it("MOA III.B.iii: removable with only Level 2 or 3 offenses is left to the field office's discretion", () => {
    const p = assessPriority({ outcome: "removable", convictions: [{ ncicCode: "2399", date: "2019-01-01T00:00:00.000Z" }], charges: ["4101"], fieldOffice: "WAS" });
    expect(p.category).toBe("field-office-discretion");
  });

  it("DOMAIN D2: a drug charge with no sentence is not silently Level 1", () => {
    const p = assessPriority({ outcome: "removable", convictions: [], charges: ["3530"], fieldOffice: "WAS" });
    expect(p.category).toBe("field-office-discretion");
    expect(p.summary.join(" ")).toContain("pending sentence");
  });

  it.each(["lawful-permanent-resident", "united-states-citizen", "lawful-status"] as const)(
    "MOA V.C: a %s is not subject to removal: no enforcement action, whatever the level",
    (outcome) => {
      const p = assessPriority({ outcome, convictions: [{ ncicCode: "0911", date: "2019-01-01T00:00:00.000Z" }], charges: [], fieldOffice: "WAS" });
      expect(p.category).toBe("not-subject-to-removal");
    },
  );

  it("MOA V.B: needs further investigation is pending, not a priority yet", () => {
    expect(assessPriority({ outcome: "needs-further-investigation", convictions: [], charges: ["0911"], fieldOffice: null }).category).toBe("pending-investigation");
  });
});

describe("detainer, custody and removal (MOA V, V.C)", () => {
  it("MOA V, V.C (D10): given a prior Level 1 case, when ICE would take custody before the sentence is completed, then it is refused; once adjudicated and completed it is accepted", () => {
    // D10 changed this test: custody after the sentence also needs the charges adjudicated (the sentence follows from it).
    const { state, refused } = decideAll(determined("T-PRIOR-L1", ["2399"]), [
      ice("LodgeDetainer", 20),
      ice("TakeIntoCustody", 21),
      adjudicated(29, [{ ncicCode: "2399", date: at(29), sentenceDays: 60 }]),
      custodyEnded(30),
      ice("TakeIntoCustody", 31),
      ice("InstituteRemovalProceedings", 32),
    ]);
    expect(refused).toEqual(["TakeIntoCustody: MOA V, V.C"]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.ice.detainer).toMatchObject({ fieldOffice: "WAS", discretionary: false });
    expect(state.ice.custody).toMatchObject({ at: at(31), discretionary: false });
    expect(state.ice.removalProceedings?.at).toBe(at(32));
  });

  it("MOA V, V.C (D10): given a Level 1 charge only, when the subject is released before adjudication, then custody waits for the adjudication", () => {
    const adjudicate: FlowCommand = { type: "RecordAdjudication", bookingId: "B1", now: at(40), by: lea, convictions: [{ ncicCode: "1201", date: at(40), sentenceDays: 400 }] };
    const { state, refused } = decideAll(determined("T-NO-RECORD-MATCH", ["1201"]), [custodyEnded(30, "released"), ice("TakeIntoCustody", 31), adjudicate, ice("TakeIntoCustody", 41)]);
    // D10 changed the rule cited: "MOA V" became "MOA V, V.C" (one rule for both conditions).
    expect(refused).toEqual(["TakeIntoCustody: MOA V, V.C"]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.priority).toMatchObject({ category: "level-1-priority", priorLevel1Conviction: true, chargedWithLevel1: false });
    expect(state.ice.custody?.at).toBe(at(41));
  });

  it("MOA V: given a Level 1 charge that ends in acquittal, then the priority falls to the field office's discretion", () => {
    const acquit: FlowCommand = { type: "RecordAdjudication", bookingId: "B1", now: at(40), by: lea, convictions: [] };
    const { state } = decideAll(determined("T-NO-RECORD-MATCH", ["1201"]), [acquit]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.priority?.category).toBe("field-office-discretion");
  });

  it("MOA V: given charges adjudicated before LESC answers, then the priority at the determination reads the adjudication, not the charges", () => {
    const whenAdjudicatedFirst = (charges: string[], convictions: { ncicCode: string; date: string; sentenceDays?: number }[]) => {
      const p = happyPath({ templateId: "T-NO-RECORD-MATCH", charges });
      const [sendIaq, determine] = p.match;
      if (sendIaq === undefined || determine === undefined) throw new Error("fixture");
      const iaqSent = given(fixtureEnv(), [...p.book, ...p.toIdent, sendIaq]).state;
      const adjudicate: FlowCommand = { type: "RecordAdjudication", bookingId: "B1", now: at(12), by: lea, convictions };
      const { state, refused } = decideAll(iaqSent, [adjudicate, determine]);
      expect(refused).toEqual([]);
      if (state.status === "not-booked") throw new Error("booked");
      return state.priority;
    };
    // Acquitted of the Level 1 charge before the IAR: no Level 1 ground is left.
    expect(whenAdjudicatedFirst(["1201"], [])).toMatchObject({ category: "field-office-discretion", chargedWithLevel1: false, chargeLevel: null });
    // Booked on a Level 2 charge, convicted of a Level 1 offense before the IAR: Level 1 priority.
    expect(whenAdjudicatedFirst(["2303"], [{ ncicCode: "1201", date: at(12), sentenceDays: 400 }])).toMatchObject({ category: "level-1-priority", convictionLevel: 1 });
  });

  it("MOA III.B.iii: given a Level 2 case, when the field office lodges a detainer, then it is recorded as its discretion", () => {
    const { state } = decideAll(determined("T-PRIOR-L2", ["2399"]), [ice("LodgeDetainer", 20)]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.ice.detainer?.discretionary).toBe(true);
  });

  it("MOA V.C: given a United States citizen, when ICE would lodge a detainer, then it is refused", () => {
    const { refused } = decideAll(determined("T-PRIOR-L1", ["2399"], "united-states-citizen"), [ice("LodgeDetainer", 20)]);
    expect(refused).toEqual(["LodgeDetainer: MOA V.C"]);
  });

  it("MOA V: given a VA booking, when another state's field office acts on it, then it is refused", () => {
    const { refused } = decideAll(determined("T-PRIOR-L1", ["2399"]), [ice("LodgeDetainer", 20, { kind: "ICE-FIELD-OFFICE", office: "ATL" })]);
    expect(refused).toEqual(["LodgeDetainer: MOA V"]);
  });

  it("MOA V.C: given a prior Level 1 case, when the LEA records release twice, then the second is refused", () => {
    const { refused } = decideAll(determined("T-PRIOR-L1", ["2399"]), [custodyEnded(30, "released"), custodyEnded(31)]);
    expect(refused).toEqual(["RecordLocalCustodyEnded: MOA V.C"]);
  });
});

describe("D10: custody once adjudicated AND out of local custody (MOA V, V.C)", () => {
  it("MOA V: given a prior Level 1 conviction found at booking, when the subject is released on bail before the current charges are adjudicated, then ICE's custody is refused, citing MOA V and V.C", () => {
    const { state } = decideAll(determined("T-PRIOR-L1", ["2399"]), [custodyEnded(30, "released")]);
    const r = refusalOf(state, ice("TakeIntoCustody", 31));
    expect(r.rule).toBe("MOA V, V.C");
    expect(r.message).toContain("not been adjudicated yet (MOA V");
    expect(r.message).toContain("a release before adjudication, on bail for instance, is not enough");
  });

  it("MOA V.C: given a Level 1 charge adjudicated, when the subject is still in local custody, then custody is refused, saying it waits for the sentence or the release", () => {
    const { state } = decideAll(determined("T-NO-RECORD-MATCH", ["1201"]), [adjudicated(30, [{ ncicCode: "1201", date: at(30), sentenceDays: 400 }])]);
    const r = refusalOf(state, ice("TakeIntoCustody", 31));
    expect(r.rule).toBe("MOA V, V.C");
    expect(r.message).toContain("still in local custody (MOA V.C");
    expect(r.message).not.toContain("not been adjudicated");
  });

  it.each([
    ["a prior Level 1 conviction", "T-PRIOR-L1", ["2399"], [{ ncicCode: "2399", date: at(30), sentenceDays: 60 }]],
    ["a current Level 1 charge", "T-NO-RECORD-MATCH", ["1201"], [{ ncicCode: "1201", date: at(30), sentenceDays: 400 }]],
  ])("MOA V, V.C: given %s, when the charges are adjudicated and the subject released, then ICE takes custody", (_what, template, charges, convictions) => {
    const { state, refused } = decideAll(determined(template, charges), [adjudicated(30, convictions), custodyEnded(31, "released"), ice("TakeIntoCustody", 32)]);
    expect(refused).toEqual([]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.ice.custody?.at).toBe(at(32));
  });

  it("MOA III.B.iii: given a Level 2 case (the field office's discretion), when the subject's sentence is completed, then custody does not wait for an adjudication D10 speaks of only for priority subjects", () => {
    const { state, refused } = decideAll(determined("T-PRIOR-L2", ["2399"]), [custodyEnded(30), ice("TakeIntoCustody", 31)]);
    expect(refused).toEqual([]);
    if (state.status === "not-booked") throw new Error("booked");
    expect(state.ice.custody?.discretionary).toBe(true);
  });
});

describe("the ICE queue's order (MOA V.C, III.B.iii)", () => {
  it("puts Level 1 priority first, then the field office's discretion, then the cases no action follows", () => {
    // The API stores these numbers in its ice_cases rows: they may not move.
    expect(priorityRank("level-1-priority")).toBe(0);
    expect(priorityRank("field-office-discretion")).toBe(1);
    expect(priorityRank("pending-investigation")).toBe(2);
    expect(priorityRank("not-subject-to-removal")).toBe(3);
  });
});
