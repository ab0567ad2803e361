import { describe, expect, it } from "vitest";
import { decideBooking } from "./decide";
import { evolveBooking } from "./evolve";
import { at, fixtureEnv, given, happyPath } from "./fixtures";
import { iceStepRefusals } from "./ice-steps";
import { isActive, type ActiveBooking, type BookingState } from "./state";
import type { FlowCommand } from "./commands";

const office = { kind: "ICE-FIELD-OFFICE" as const, office: "WAS" };
const lea = { kind: "LEA" as const, ori: "VA0010000" };

function active(state: BookingState): ActiveBooking {
  if (!isActive(state)) throw new Error("not booked");
  return state;
}

function apply(state: BookingState, command: FlowCommand): BookingState {
  const d = decideBooking(command, state, fixtureEnv());
  if (!d.ok) throw new Error(d.refusal.message);
  return d.events.reduce(evolveBooking, state);
}

describe("what a field office may do next on a case (MOA V, V.C)", () => {
  const p = happyPath({ templateId: "T-NO-RECORD-MATCH", charges: ["1201"], outcome: "removable" });
  const determined = given(fixtureEnv(), [...p.book, ...p.toIdent, ...p.match]).state;
  const directory = fixtureEnv().directory;

  it("given a removable subject still in local custody, when asked, then a detainer may be lodged and custody is refused citing MOA V.C", () => {
    const refusals = iceStepRefusals(active(determined), office, at(10_000), directory);
    expect(refusals.LodgeDetainer).toBeNull();
    expect(refusals.TakeIntoCustody?.rule).toMatch(/^MOA V/);
    expect(refusals.TakeIntoCustody?.message).toMatch(/local custody/);
  });

  it("given the charges adjudicated and the subject released, when asked, then custody may be taken", () => {
    let state = apply(determined, { type: "RecordAdjudication", bookingId: "B1", now: at(10_000), by: lea, convictions: [{ ncicCode: "1201", date: at(10_000), sentenceDays: 400 }] });
    state = apply(state, { type: "RecordLocalCustodyEnded", bookingId: "B1", now: at(10_001), by: lea, reason: "released" });
    expect(iceStepRefusals(active(state), office, at(10_002), directory).TakeIntoCustody).toBeNull();
  });

  it("given another field office, when asked, then every step is refused: it acts in its own area only (MOA V)", () => {
    const refusals = iceStepRefusals(active(determined), { kind: "ICE-FIELD-OFFICE", office: "ATL" }, at(10_000), directory);
    expect(Object.values(refusals).every((r) => r !== null && r.rule === "MOA V")).toBe(true);
  });
});
