import { describe, expect, it } from "vitest";
import { FIXTURE_DIRECTORY, fixtureEnv, given, happyPath } from "./fixtures";
import { sibFileEntryAfter } from "./sib-file";

describe("sibFileEntryAfter (MOA IV.A)", () => {
  const sreOf = (ori: string) => {
    const p = happyPath({ templateId: "T-PRIOR-L1", ori });
    const { state, events } = given(fixtureEnv(), [...p.book, ...p.toIdent]);
    if (state.status === "not-booked") throw new Error("booked");
    return { booking: state.booking, events };
  };

  it("given an IAFIS answer in an NFF state, then its SIB files the subject's FBI number; before it, nothing", () => {
    const { booking, events } = sreOf("NC0920000");
    const sre = events.find((e) => e.type === "SreReturned");
    if (sre === undefined || sre.type !== "SreReturned") throw new Error("no SRE");
    expect(sibFileEntryAfter(sre, booking, FIXTURE_DIRECTORY)).toEqual({ state: "NC", templateId: "T-PRIOR-L1", fbiNumber: sre.message.payload.fbiNumber });
    expect(events.filter((e) => e.type !== "SreReturned").map((e) => sibFileEntryAfter(e, booking, FIXTURE_DIRECTORY))).toEqual(events.filter((e) => e.type !== "SreReturned").map(() => null));
  });

  it("given an IAFIS answer in a state that is not NFF, then no SIB file changes", () => {
    const { booking, events } = sreOf("VA0010000");
    expect(events.map((e) => sibFileEntryAfter(e, booking, FIXTURE_DIRECTORY))).toEqual(events.map(() => null));
  });
});
