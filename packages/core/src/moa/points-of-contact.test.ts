import { describe, expect, it } from "vitest";
import { decideMoa } from "./decide";
import { apply, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

describe("points of contact (Appendices C and D)", () => {
  it("Appendix C: the SIB keeps its own POC", () => {
    const state = apply(signedMoa(), { type: "SetPointOfContact", now: "2026-02-01T00:00:00.000Z", by: SIB_VA, poc: { role: "SIB", state: "VA", name: "New Chief", title: "Bureau Chief" } });
    expect(state.pointsOfContact.SIB?.name).toBe("New Chief");
  });

  it("Appendix C: ICE cannot name the SIB's POC", () => {
    const refusal = refusalOf(decideMoa({ type: "SetPointOfContact", now: "2026-02-01T00:00:00.000Z", by: ICE, poc: { role: "SIB", state: "VA", name: "X", title: "Y" } }, signedMoa()));
    expect(refusal).toEqual({ rule: "Appendix C", reason: "the SIB point of contact is kept by SIB VA, not by ICE" });
  });

  it("Appendix D: ICE Public Affairs keeps its own public-information POC and nothing else", () => {
    const state = apply(signedMoa(), { type: "SetPointOfContact", now: "2026-02-01T00:00:00.000Z", by: { kind: "ICE-PUBLIC-AFFAIRS" }, poc: { role: "ICE-PUBLIC-AFFAIRS", name: "New PAO", title: "PAO" } });
    expect(state.pointsOfContact["ICE-PUBLIC-AFFAIRS"]?.name).toBe("New PAO");
    expect(refusalOf(decideMoa({ type: "SetPointOfContact", now: "2026-02-01T00:00:00.000Z", by: { kind: "ICE-PUBLIC-AFFAIRS" }, poc: { role: "ICE-DRO", name: "X", title: "Y" } }, signedMoa())).rule).toBe("Appendix D");
  });

  it("Appendix C: a SIB contact for VA's MOA names VA", () => {
    const refusal = refusalOf(decideMoa({ type: "SetPointOfContact", now: "2026-02-01T00:00:00.000Z", by: SIB_VA, poc: { role: "SIB-PUBLIC-INFORMATION", state: "TX", name: "X", title: "Y" } }, signedMoa()));
    expect(refusal.reason).toContain("must name VA");
  });

  it("MOA VIII: a notice records the name of the POC it reached", () => {
    const state = apply(signedMoa(), { type: "GiveNotice", now: "2026-03-01T00:00:00.000Z", by: ICE, notice: { kind: "suspension", id: "s1", to: "SIB", delivery: "oral", sentAt: "2026-03-01T00:00:00.000Z", receivedAt: "2026-03-01T00:00:00.000Z", ground: "competing-priorities" } });
    expect(state.notices[0]).toMatchObject({ from: "ICE", recipientName: "Pat Sib" });
  });
});
