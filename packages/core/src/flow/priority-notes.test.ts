// DOMAIN D1 and D2 name their decisions "wherever the answer is shown": the
// ICE priority's summary and the trace's priority note (MOA V.C, Appendix A).
import { describe, expect, it } from "vitest";
import type { FlowCommand } from "./commands";
import { decideBooking } from "./decide";
import { at, fixtureEnv, given, happyPath } from "./fixtures";
import { assessPriority } from "./priority";
import { traceOf } from "./trace";

const lea = { kind: "LEA" as const, ori: "VA0010000" };

function priorityNotes(charges: string[], adjudicated: { ncicCode: string; date: string; sentenceDays?: number }[] | null): string[] {
  const env = fixtureEnv();
  const p = happyPath({ templateId: "T-NO-RECORD-MATCH", charges, outcome: "removable" });
  const { state, events: determined } = given(env, [...p.book, ...p.toIdent, ...p.match]);
  let events = determined;
  if (adjudicated !== null) {
    const command: FlowCommand = { type: "RecordAdjudication", bookingId: "B1", now: at(40), by: lea, convictions: adjudicated };
    const d = decideBooking(command, state, env);
    if (!d.ok) throw new Error(d.refusal.message);
    events = [...events, ...d.events];
  }
  return traceOf(events).flatMap((t) => (t.kind === "note" && t.note.text.startsWith("ICE priority") ? [t.note.text] : []));
}

describe("D1 and D2 notes where the level is shown (Appendix A; MOA V.C)", () => {
  it("D1: given a conviction for 2099, when ICE's priority is assessed, then its summary names the 2099 conflict", () => {
    const p = assessPriority({ outcome: "removable", convictions: [{ ncicCode: "2099", date: "2019-01-01T00:00:00.000Z" }], charges: [], fieldOffice: "WAS" });
    expect(p.convictionLevel).toBe(2);
    expect(p.summary.join("\n")).toContain("conviction #1 (2099): D1: Appendix A lists 2099 twice");
  });

  it("D2: given a drug conviction of exactly one year, when ICE's priority is assessed, then its summary notes the one-year boundary", () => {
    const p = assessPriority({ outcome: "removable", convictions: [{ ncicCode: "3530", date: "2019-01-01T00:00:00.000Z", sentenceDays: 365 }], charges: [], fieldOffice: "WAS" });
    expect(p).toMatchObject({ category: "field-office-discretion", convictionLevel: 2 });
    expect(p.summary.join("\n")).toContain('conviction #1 (3530): D2: the sentence is exactly one year, which is not "> 1 year"');
  });

  it("D2: given a drug conviction of more than a year, then no boundary note is added", () => {
    const p = assessPriority({ outcome: "removable", convictions: [{ ncicCode: "3530", date: "2019-01-01T00:00:00.000Z", sentenceDays: 366 }], charges: [], fieldOffice: "WAS" });
    expect(p.summary.join("\n")).not.toContain("D2:");
  });

  it("D1: given a booking charged with 2099, when LESC determines removable, then the trace's priority note names the conflict", () => {
    const [note] = priorityNotes(["2099"], null);
    expect(note).toContain("charge #1 (2099): D1: Appendix A lists 2099 twice");
  });

  it("D2: given a drug charge adjudicated with exactly one year, when the priority is assessed again, then the trace's priority note notes the boundary", () => {
    const notes = priorityNotes(["3530"], [{ ncicCode: "3530", date: at(40), sentenceDays: 365 }]);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain("conviction #1 (3530): D2: the sentence is exactly one year");
  });
});
