import { describe, expect, it } from "vitest";
import { decideBooking } from "./decide";
import { expectedStep } from "./expected-step";
import { evolveBooking } from "./evolve";
import { fixtureEnv, given, happyPath } from "./fixtures";
import { isActive, type BookingState } from "./state";

/** Walk a path command by command, recording what the flow expected before each one. */
function expectationsAlong(commands: ReturnType<typeof happyPath>["book"]): { expected: string | null; sent: string }[] {
  const env = fixtureEnv();
  let state: BookingState = given(env, commands.slice(0, 1)).state;
  return commands.slice(1).map((command) => {
    if (!isActive(state)) throw new Error("not booked");
    const expected = expectedStep(state);
    const decision = decideBooking(command, state, env);
    if (!decision.ok) throw new Error(decision.refusal.message);
    state = decision.events.reduce(evolveBooking, state);
    return { expected: expected === null ? null : `${expected.type} by ${JSON.stringify(expected.by)}`, sent: `${command.type} by ${JSON.stringify(command.by)}` };
  });
}

describe("expectedStep: the order of the exchange (MOA IV.A, IV.B, V.A, V.B)", () => {
  it("given a match, each step it expects is the one the MOA's flow sends next, by the party that sends it", () => {
    const p = happyPath({ templateId: "T-PRIOR-L2" });
    for (const step of expectationsAlong([...p.book, ...p.toIdent, ...p.match])) expect(step.expected).toBe(step.sent);
  });

  it("given no match in IDENT, it expects the no match IDR and then the relay (MOA IV.B)", () => {
    const p = happyPath({ templateId: "T-NEW" });
    for (const step of expectationsAlong([...p.book, ...p.toIdent, ...p.noMatch])) expect(step.expected).toBe(step.sent);
  });

  it("expects nothing once the response is relayed: ICE's actions are discretionary (MOA III.B.iii)", () => {
    const p = happyPath({ templateId: "T-PRIOR-L2" });
    const { state } = given(fixtureEnv(), [...p.book, ...p.toIdent, ...p.match]);
    expect(isActive(state) && state.status).toBe("relayed");
    expect(isActive(state) ? expectedStep(state) : "not booked").toBeNull();
  });
});
