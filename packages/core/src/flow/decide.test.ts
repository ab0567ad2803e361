import { describe, expect, it } from "vitest";
import type { FlowCommand } from "./commands";
import { decideBooking, type BookingDecision } from "./decide";
import type { FlowEvent } from "./events";
import { evolveBooking, replayBooking } from "./evolve";
import { at, fixtureEnv, given, happyPath } from "./fixtures";
import type { ProgramGate } from "./gate";
import { responseTimes } from "./response-times";
import type { ActiveBooking, BookingState } from "./state";
import { traceOf } from "./trace";

function active(state: BookingState): ActiveBooking {
  if (state.status === "not-booked") throw new Error("expected a booking");
  return state;
}

function events(decision: BookingDecision): readonly FlowEvent[] {
  if (!decision.ok) throw new Error(`refused: ${decision.refusal.rule}: ${decision.refusal.message}`);
  return decision.events;
}

function refusal(decision: BookingDecision): { rule: string; message: string } {
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.events.map((e) => e.type).join(", ")}`);
  return decision.refusal;
}

const closed: ProgramGate = (state) => ({ active: false, reason: `MOA for ${state} is suspended` });

describe("booking and the CAR (MOA IV.A)", () => {
  const env = fixtureEnv();
  const path = happyPath({ templateId: "T-NEW" });

  it("MOA IV.A: given an LEA in VA, when it books a subject, then the booking is in VA with its template and charges", () => {
    const [e] = events(decideBooking(path.book[0] as FlowCommand, { status: "not-booked" }, env));
    expect(e).toMatchObject({ type: "SubjectBooked", ori: "VA0010000", state: "VA", templateId: "T-NEW", charges: ["2399"] });
  });

  it("MOA IV.A: given a booking command for VA0010000, when another LEA sends it, then it is refused", () => {
    const cmd = { ...(path.book[0] as Extract<FlowCommand, { type: "BookSubject" }>), by: { kind: "LEA" as const, ori: "VA0020000" } };
    expect(refusal(decideBooking(cmd, { status: "not-booked" }, env)).rule).toBe("MOA IV.A");
  });

  it("DOMAIN 1: given an ORI that is not in the directory, when it books, then it is refused as an unknown agency", () => {
    const cmd = { ...(path.book[0] as Extract<FlowCommand, { type: "BookSubject" }>), ori: "VA9999999", by: { kind: "LEA" as const, ori: "VA9999999" } };
    expect(refusal(decideBooking(cmd, { status: "not-booked" }, env)).message).toContain("unknown agency VA9999999");
  });

  it("MOA IV.A: given a booking, when the LEA submits its CAR, then a CAR with the prints goes to its state's SIB", () => {
    const { state } = given(env, path.book.slice(0, 1));
    const [e] = events(decideBooking(path.book[1] as FlowCommand, state, env));
    expect(e?.type).toBe("CarSubmitted");
    if (e?.type !== "CarSubmitted") return;
    expect(e.message.receiver).toEqual({ kind: "SIB", state: "VA" });
    expect(e.message.payload.printsIncluded).toBe(true);
  });

  it("MOA IV.A: given a CAR at the VA SIB, when the NC SIB tries to forward it, then it is refused", () => {
    const { state } = given(env, path.book.slice(0, 2));
    const cmd = { ...(path.book[2] as FlowCommand), by: { kind: "SIB" as const, state: "NC" } };
    expect(refusal(decideBooking(cmd, state, env)).rule).toBe("MOA IV.A");
  });

  it("MOA IV.A: given a non-NFF state, when the SIB forwards, then a CAR with prints goes to CJIS", () => {
    const { state } = given(env, path.book);
    expect(active(state).submission).toMatchObject({ type: "CAR", fbiNumber: null });
  });

  it("MOA IV.A: given an NFF state and a subject on its file, when the SIB forwards a later booking, then a CPI with the FBI number and no prints goes to CJIS", () => {
    const nc = happyPath({ ori: "NC0920000", templateId: "T-NC-KNOWN" });
    const { events: evs } = given(env, nc.book);
    const cpi = evs.find((e) => e.type === "CpiSent");
    expect(cpi?.type).toBe("CpiSent");
    if (cpi?.type !== "CpiSent") return;
    expect(cpi.message.payload).toMatchObject({ fbiNumber: "300000CC3", printsIncluded: false });
    expect(cpi.message.payload).not.toHaveProperty("templateId");
  });

  it("MOA IV.A: given an NFF state and a subject not on its file (initial arrest), when the SIB forwards, then it sends a CAR with prints", () => {
    const nc = happyPath({ ori: "NC0920000", templateId: "T-NEW" });
    const { state } = given(env, nc.book);
    expect(active(state).submission?.type).toBe("CAR");
  });
});

describe("IAFIS (MOA IV.A: no change in IAFIS processing)", () => {
  it("MOA IV.A: given prints IAFIS holds, when CJIS runs IAFIS, then an ident SRE with the FBI number on file goes to the SIB", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state } = given(env, p.book);
    const [e] = events(decideBooking(p.toIdent[0] as FlowCommand, state, env));
    expect(e).toMatchObject({ type: "SreReturned", message: { type: "SRE", receiver: { kind: "SIB", state: "VA" }, payload: { result: "ident", fbiNumber: "100000AA1" } } });
    expect(e).not.toHaveProperty("createdRecord");
  });

  it("MOA IV.A: given prints IAFIS does not hold, when CJIS runs IAFIS, then a non-ident SRE with the new FBI number from the command, and a new record", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NEW", newFbiNumber: "777777XY7" });
    const { state } = given(env, p.book);
    const [e] = events(decideBooking(p.toIdent[0] as FlowCommand, state, env));
    expect(e).toMatchObject({ type: "SreReturned", message: { payload: { result: "non-ident", fbiNumber: "777777XY7" } }, createdRecord: { fbiNumber: "777777XY7", templateIds: ["T-NEW"] } });
  });

  it("DOMAIN D7: given the program is not in effect, when CJIS runs IAFIS, then IAFIS still answers the SIB as before", () => {
    const env = fixtureEnv(closed);
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state } = given(env, p.book);
    expect(events(decideBooking(p.toIdent[0] as FlowCommand, state, env))[0]?.type).toBe("SreReturned");
  });
});

describe("IDENT search (MOA V.A; DOMAIN D6, D7)", () => {
  it("DOMAIN D6: given a CPI, when CJIS searches IDENT, then it uses the prints on file for the FBI number and the trace says so", () => {
    const env = fixtureEnv();
    const nc = happyPath({ ori: "NC0920000", templateId: "T-NC-KNOWN" });
    const { state, events: history } = given(env, [...nc.book, ...nc.toIdent]);
    const s = active(state);
    expect(s.identSearch).toMatchObject({ printsFrom: "FILE", templateId: "T-NC-KNOWN" });
    expect(s.identResult?.match).toBe(true);
    const notes = traceOf(history).filter((t) => t.kind === "note").map((t) => (t.kind === "note" ? t.note : null));
    expect(notes.some((n) => n?.rule === "DOMAIN D6" && n.text.includes("300000CC3") && n.text.includes("prints on file"))).toBe(true);
  });

  it("DOMAIN D7: given the state's MOA is not in effect, when CJIS would search IDENT, then no search happens and the trace says why", () => {
    const env = fixtureEnv(closed);
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state } = given(env, p.book);
    const decided = events(decideBooking(p.toIdent[1] as FlowCommand, state, env));
    const s = active(decided.reduce(evolveBooking, state));
    expect(s.status).toBe("withheld");
    expect(s.identSearch).toBeNull();
    expect(traceOf(decided).at(-1)).toMatchObject({ kind: "note", note: { rule: "DOMAIN D7", text: expect.stringContaining("MOA for VA is suspended") } });
  });

  it("MOA VIII, DOMAIN D7: given the LEA is suspended but its state's MOA is in effect, then only that LEA's bookings are withheld", () => {
    const gate: ProgramGate = (_state, ori) => (ori === "VA0010000" ? { active: false, reason: "LEA VA0010000 is suspended by ICE" } : { active: true });
    const env = fixtureEnv(gate);
    const suspended = happyPath({ templateId: "T-PRIOR-L1", ori: "VA0010000" });
    const other = happyPath({ templateId: "T-PRIOR-L1", ori: "VA0020000" });
    expect(active(given(env, [...suspended.book, ...suspended.toIdent.slice(0, 2)]).state).status).toBe("withheld");
    expect(active(given(env, [...other.book, ...other.toIdent]).state).status).toBe("ident-answered");
  });

  it("DOMAIN D7: given the MOA is suspended after the IDENT match, when CJIS would send the IAQ, then no IAQ is sent", () => {
    let open = true;
    const env = fixtureEnv(() => (open ? { active: true } : { active: false, reason: "suspended" }));
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state } = given(env, [...p.book, ...p.toIdent]);
    open = false;
    const [e] = events(decideBooking(p.match[0] as FlowCommand, state, env));
    expect(e).toMatchObject({ type: "InteroperabilityWithheld", step: "IAQ" });
  });
});

describe("IDENT answers (MOA IV.B, V.B)", () => {
  it("MOA IV.B: given no match in IDENT, when CJIS answers, then a no match IDR goes to the SIB, and an IAQ is refused", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NEW" });
    const { state } = given(env, [...p.book, ...p.toIdent]);
    expect(active(state).identResult?.match).toBe(false);
    expect(refusal(decideBooking(p.match[0] as FlowCommand, state, env)).rule).toBe("MOA IV.B");
    const [e] = events(decideBooking(p.noMatch[0] as FlowCommand, state, env));
    expect(e).toMatchObject({ type: "NoMatchIdrSent", message: { type: "NO_MATCH_IDR", receiver: { kind: "SIB", state: "VA" } } });
  });

  it("MOA V.B: given a match in IDENT, when CJIS answers, then an IAQ goes to LESC, and a no match IDR is refused", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NO-RECORD-MATCH" });
    const { state } = given(env, [...p.book, ...p.toIdent]);
    expect(refusal(decideBooking(p.noMatch[0] as FlowCommand, state, env)).rule).toBe("MOA IV.B");
    const [e] = events(decideBooking(p.match[0] as FlowCommand, state, env));
    expect(e).toMatchObject({ type: "IaqSent", message: { type: "IAQ", receiver: { kind: "LESC" } } });
  });
});

describe("status determination (MOA III, V.B)", () => {
  const env = fixtureEnv();
  const p = happyPath({ templateId: "T-PRIOR-L1" });
  const { state } = given(env, [...p.book, ...p.toIdent, ...(p.match.slice(0, 1) as FlowCommand[])]);
  const determine = p.match[1] as Extract<FlowCommand, { type: "RecordStatusDetermination" }>;

  it.each([
    { kind: "SIB" as const, state: "VA" },
    { kind: "LEA" as const, ori: "VA0010000" },
    { kind: "CJIS" as const },
    { kind: "US-VISIT" as const },
    { kind: "ICE-FIELD-OFFICE" as const, office: "WAS" },
  ])("MOA III: given an IAQ at LESC, when $kind records a status determination, then it is refused", (by) => {
    expect(refusal(decideBooking({ ...determine, by }, state, env)).rule).toBe("MOA III");
  });

  it("MOA V.B: given an IAQ at LESC, when LESC records a determination, then an IAR goes to CJIS and ICE's priority is assigned", () => {
    const evs = events(decideBooking(determine, state, env));
    expect(evs.map((e) => e.type)).toEqual(["StatusDeterminationRecorded", "IcePriorityAssigned"]);
    expect(evs[0]).toMatchObject({ message: { type: "IAR", sender: { kind: "LESC" }, receiver: { kind: "CJIS" }, payload: { outcome: "removable" } } });
  });
});

describe("the response and its relay (MOA IV.B)", () => {
  it("MOA IV.B: given a determination, when CJIS sends the joint IDR/IAR and the SIB relays it, then the LEA receives it", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const run = given(env, [...p.book, ...p.toIdent, ...p.match]);
    const s = active(run.state);
    expect(s.status).toBe("relayed");
    const trace = traceOf(run.events);
    const types = trace.flatMap((t) => (t.kind === "message" ? [t.message.type] : []));
    expect(types).toEqual(["CAR", "CAR", "SRE", "IDENT_SEARCH", "IDENT_RESULT", "IAQ", "IAR", "IDR_IAR", "RELAY"]);
    expect(s.messagesSent).toBe(types.length);
    const relay = trace.at(-1);
    expect(relay).toMatchObject({ kind: "message", message: { receiver: { kind: "LEA", ori: "VA0010000" }, payload: { relayed: "IDR_IAR", relayedTcn: "B1-IDR", outcome: "removable" } } });
  });

  it("MOA IV.B: given a SIB without relay capability, when it would relay, then the response is held at the SIB and the trace says why", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NEW", ori: "WY0010000" });
    const run = given(env, [...p.book, ...p.toIdent, ...p.noMatch]);
    const s = active(run.state);
    expect(s.status).toBe("held-at-sib");
    expect(s.relay).toBeNull();
    expect(traceOf(run.events).at(-1)).toMatchObject({ kind: "note", note: { rule: "MOA IV.B", text: expect.stringContaining("no technical capability") } });
  });

  it("MOA IV.B: given a response held at a SIB without relay capability, when the SIB relays it, then it is recorded as relayed by hand", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NEW", ori: "WY0010000" });
    const run = given(env, [...p.book, ...p.toIdent, ...p.noMatch]);
    const relayByHand = { type: "RelayResponse" as const, bookingId: "B1", now: at(20), by: { kind: "SIB" as const, state: "WY" }, tcn: "B1-HAND", receivedAt: at(21) };
    const decision = decideBooking(relayByHand, run.state, env);
    if (!decision.ok) throw new Error(decision.refusal.message);
    expect(decision.events).toEqual([expect.objectContaining({ type: "ResponseRelayed", byHand: true })]);
    const s = active(decision.events.reduce(evolveBooking, run.state));
    expect(s.status).toBe("relayed");
    expect(s.heldAtSib).not.toBeNull(); // the hold stays on the record
    expect(traceOf(decision.events)[0]).toMatchObject({ kind: "note", note: { rule: "MOA IV.B", text: expect.stringContaining("by hand") } });
  });

  it("DOMAIN 3.8: response times run from the booking to the response at the SIB and the relay at the LEA", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state } = given(env, [...p.book, ...p.toIdent, ...p.match]);
    expect(responseTimes(state)).toEqual({ toSibMs: 16_000, toLeaMs: 18_000 });
  });

  it("DOMAIN 3.8: given a step at 10:00:05, when the next step claims 10:00:04, then it is refused to keep the trace in time order", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-NEW" });
    const { state } = given(env, p.book);
    const early = { ...(p.toIdent[0] as FlowCommand), now: at(2) };
    expect(refusal(decideBooking(early, state, env)).rule).toBe("DOMAIN 3.8 (trace order)");
  });

  it("replaying a booking's events rebuilds the same state", () => {
    const env = fixtureEnv();
    const p = happyPath({ templateId: "T-PRIOR-L1" });
    const { state, events: evs } = given(env, [...p.book, ...p.toIdent, ...p.match]);
    expect(replayBooking(evs)).toEqual(state);
  });
});
