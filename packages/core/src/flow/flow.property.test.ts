// Properties of the booking decider over random command sequences: any party,
// any order, any time, a gate that opens and closes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Party } from "../reference/parties";
import { toMillis } from "../shared/time";
import { FlowCommand } from "./commands";
import { decideBooking } from "./decide";
import type { FlowEvent } from "./events";
import { evolveBooking, evolveOwnedBooking, replayBooking } from "./evolve";
import { at, fixtureEnv } from "./fixtures";
import { entryTime } from "./messages";
import { initialBookingState, type BookingState } from "./state";
import { messagesOf, traceOf } from "./trace";

const parties: Party[] = [
  { kind: "LEA", ori: "VA0010000" },
  { kind: "LEA", ori: "VA0020000" },
  { kind: "SIB", state: "VA" },
  { kind: "SIB", state: "NC" },
  { kind: "CJIS" },
  { kind: "US-VISIT" },
  { kind: "LESC" },
  { kind: "ICE-FIELD-OFFICE", office: "WAS" },
  { kind: "ICE-SC-PROGRAM-OFFICE" },
  { kind: "AUDITOR" },
];
/** Every command after the booking itself, read off the schema so a new command is exercised too. */
type StepType = Exclude<FlowCommand["type"], "BookSubject">;
const types: StepType[] = FlowCommand.options
  .map((o) => o.shape.type.value)
  .filter((t): t is StepType => t !== "BookSubject");

const step = fc.record({
  /** "next": whatever the booking expects now, so runs get through the flow; otherwise any command. */
  type: fc.oneof(
    { weight: 3, arbitrary: fc.constant("next" as const) },
    { weight: 1, arbitrary: fc.constantFrom(...types) },
  ),
  by: fc.constantFrom(...parties),
  /** The "right" party most of the time, so the flow gets somewhere. */
  rightParty: fc.boolean(),
  dt: fc.integer({ min: -2, max: 30 }),
  latency: fc.integer({ min: 0, max: 5 }),
  outcome: fc.constantFrom(
    "removable",
    "lawful-permanent-resident",
    "united-states-citizen",
    "lawful-status",
    "needs-further-investigation" as const,
  ),
});
const template = fc.constantFrom("T-PRIOR-L1", "T-PRIOR-L2", "T-NO-RECORD-MATCH", "T-NEW");
/** Seconds at which the program is closed for VA: [from, to) windows. */
const closedWindows = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 120 })),
  { maxLength: 3 },
);

function nextType(state: BookingState): StepType {
  switch (state.status) {
    case "not-booked":
    case "booked":
      return "SubmitCar";
    case "car-at-sib":
      return "ForwardToCjis";
    case "at-cjis":
      return state.sre === null ? "RunIafisSearch" : "SearchIdent";
    case "ident-search-sent":
      return "AnswerIdentSearch";
    case "ident-answered":
      return state.identResult?.match === true ? "SendIaq" : "SendNoMatchIdr";
    case "iaq-sent":
      return "RecordStatusDetermination";
    case "determined":
      return "SendIdrIar";
    case "response-at-sib":
      return "RelayResponse";
    case "withheld":
      return "RunIafisSearch";
    case "relayed":
    case "held-at-sib":
      return state.ice.detainer === null
        ? "LodgeDetainer"
        : state.ice.localCustodyEnded === null
          ? "RecordLocalCustodyEnded"
          : "TakeIntoCustody";
    default: {
      const exhaustive: never = state;
      return exhaustive;
    }
  }
}

function rightPartyFor(type: StepType): Party {
  switch (type) {
    case "SubmitCar":
    case "RecordAdjudication":
    case "RecordLocalCustodyEnded":
      return { kind: "LEA", ori: "VA0010000" };
    case "ForwardToCjis":
    case "RelayResponse":
      return { kind: "SIB", state: "VA" };
    case "AnswerIdentSearch":
      return { kind: "US-VISIT" };
    case "RecordStatusDetermination":
      return { kind: "LESC" };
    case "LodgeDetainer":
    case "TakeIntoCustody":
    case "InstituteRemovalProceedings":
      return { kind: "ICE-FIELD-OFFICE", office: "WAS" };
    default:
      return { kind: "CJIS" };
  }
}

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(templateId: string, windows: [number, number][], steps: Step[]) {
  const t0 = toMillis(at(0));
  const closedAt = (now: string): boolean =>
    windows.some(([from, len]) => {
      const s = (toMillis(now) - t0) / 1000;
      return s >= from && s < from + len;
    });
  const env = fixtureEnv((_state, _ori, now) =>
    closedAt(now) ? { active: false, reason: "closed" } : { active: true },
  );
  let state: BookingState = initialBookingState();
  const events: FlowEvent[] = [];
  const accepted: { command: FlowCommand; events: readonly FlowEvent[] }[] = [];
  const book: FlowCommand = {
    type: "BookSubject",
    bookingId: "B1",
    now: at(0),
    by: { kind: "LEA", ori: "VA0010000" },
    ori: "VA0010000",
    templateId,
    charges: ["1201"],
  };
  let seconds = 0;
  let n = 0;
  const toCommand = (st: Step): FlowCommand => {
    const type = st.type === "next" ? nextType(state) : st.type;
    seconds += st.dt;
    n++;
    const base = {
      bookingId: "B1",
      now: at(seconds),
      by: st.rightParty ? rightPartyFor(type) : st.by,
    };
    const sending = { ...base, tcn: `T${n}`, receivedAt: at(seconds + st.latency) };
    switch (type) {
      case "RunIafisSearch":
        return { ...sending, type, newFbiNumber: `N${n}` };
      case "RecordStatusDetermination":
        return { ...sending, type, outcome: st.outcome };
      case "LodgeDetainer":
      case "TakeIntoCustody":
      case "InstituteRemovalProceedings":
        return { ...base, type };
      case "RecordAdjudication":
        return { ...base, type, convictions: [] };
      case "RecordLocalCustodyEnded":
        return { ...base, type, reason: "released" };
      default:
        return { ...sending, type };
    }
  };
  const apply = (command: FlowCommand): void => {
    const d = decideBooking(command, state, env);
    if (!d.ok) return;
    accepted.push({ command, events: d.events });
    for (const e of d.events) {
      state = evolveBooking(state, e);
      events.push(e);
    }
  };
  apply(book);
  for (const st of steps) apply(toCommand(st));
  return { state, events, accepted, closedAt };
}

const stepsArb = fc.array(step, { minLength: 5, maxLength: 40 });

describe("booking decider properties", () => {
  it("the generator reaches the end of the flow often enough to mean something", () => {
    const runs = fc.sample(fc.tuple(template, closedWindows, stepsArb), { numRuns: 300, seed: 7 });
    const statuses = runs.map(([t, w, s]) => run(t, w, s).state.status);
    expect(statuses.filter((x) => x === "relayed" || x === "held-at-sib").length).toBeGreaterThan(
      5,
    );
    expect(statuses.filter((x) => x === "withheld").length).toBeGreaterThan(5);
  });

  it("MOA III: no status determination is ever accepted from anyone but LESC", () => {
    fc.assert(
      fc.property(template, closedWindows, stepsArb, (t, w, s) => {
        const { accepted } = run(t, w, s);
        for (const a of accepted) {
          if (a.events.some((e) => e.type === "StatusDeterminationRecorded"))
            expect(a.command.by).toEqual({ kind: "LESC" });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("DOMAIN D7: no IDENT search, IAQ, IAR or IDR is sent while the program is closed", () => {
    fc.assert(
      fc.property(template, closedWindows, stepsArb, (t, w, s) => {
        const { events, closedAt } = run(t, w, s);
        for (const message of messagesOf(events)) {
          if (["IDENT_SEARCH", "IAQ", "IAR", "IDR_IAR", "NO_MATCH_IDR"].includes(message.type)) {
            expect(closedAt(message.sentAt)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("MOA IV.B: at most one response (IDR/IAR or no match IDR) reaches the SIB, and never after a D7 withholding", () => {
    fc.assert(
      fc.property(template, closedWindows, stepsArb, (t, w, s) => {
        const { state, events } = run(t, w, s);
        if (state.status === "not-booked") return;
        const responses = messagesOf(events).filter((m) => m.type === "IDR_IAR" || m.type === "NO_MATCH_IDR");
        expect(responses.length).toBeLessThanOrEqual(1);
        if (state.withheld !== null) expect(responses).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });

  it("DOMAIN 3.8: a trace is in time order, its messages are the ones the state counts, and replaying the events rebuilds the same state", () => {
    fc.assert(
      fc.property(template, closedWindows, stepsArb, (t, w, s) => {
        const { state, events } = run(t, w, s);
        if (state.status === "not-booked") return;
        const trace = traceOf(events);
        const times = trace.map((e) => toMillis(entryTime(e)));
        for (let i = 1; i < times.length; i++)
          expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
        expect(trace.filter((e) => e.kind === "message")).toHaveLength(state.messagesSent);
        expect(replayBooking(events)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it("evolveBooking never changes the state it is given; evolveOwnedBooking (the runner's, in place) reaches the same state", () => {
    fc.assert(
      fc.property(template, closedWindows, stepsArb, (t, w, s) => {
        const { events } = run(t, w, s);
        let pure = initialBookingState();
        let owned = initialBookingState();
        for (const e of events) {
          const input = pure;
          const before = structuredClone(input);
          pure = evolveBooking(input, e);
          expect(input).toEqual(before);
          owned = evolveOwnedBooking(owned, e);
          expect(owned).toEqual(pure);
        }
      }),
      { numRuns: 100 },
    );
  });
});
