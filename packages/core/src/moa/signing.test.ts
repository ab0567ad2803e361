import { describe, expect, it } from "vitest";
import { decideMoa } from "./decide";
import { moaStatusAt } from "./status";
import { apply, draftMoa, eventsOf, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

describe("signatures (MOA VI)", () => {
  it("MOA VI: an MOA signed by one party only is not in effect", () => {
    // given a draft, when ICE alone signs
    const state = apply(draftMoa(), { type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: ICE, signatory: "M. Rapp", title: "Acting Director" });
    // then it is still unsigned, signed by ICE only
    expect(state.status).toBe("unsigned");
    expect(moaStatusAt(state, "2026-02-01T00:00:00.000Z")).toEqual({ status: "unsigned", signedBy: ["ICE"] });
  });

  it("MOA VI: the MOA takes effect at the second signature", () => {
    const state = signedMoa();
    expect(state.status).toBe("in-effect");
    expect(moaStatusAt(state, "2026-01-10T00:00:00.000Z")).toEqual({ status: "in-effect", since: "2026-01-10T00:00:00.000Z" });
    // and before the second signature it was not in effect
    expect(moaStatusAt(state, "2026-01-09T23:59:59.000Z").status).toBe("unsigned");
  });

  it("MOA VI: the second signature records that the MOA took effect", () => {
    const once = apply(draftMoa(), { type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: SIB_VA, signatory: "S", title: "Executive" });
    const events = eventsOf(decideMoa({ type: "SignMoa", now: "2026-01-06T00:00:00.000Z", by: ICE, signatory: "M", title: "Director" }, once));
    expect(events.map((e) => e.type)).toEqual(["MoaSigned", "MoaTookEffect"]);
  });

  it("MOA VI: a party signs once", () => {
    const refusal = refusalOf(decideMoa({ type: "SignMoa", now: "2026-02-01T00:00:00.000Z", by: ICE, signatory: "M", title: "D" }, signedMoa()));
    expect(refusal.rule).toBe("MOA VI");
    expect(refusal.reason).toContain("already signed");
  });

  it("MOA VI: the SIB of another state is no party to this MOA", () => {
    const refusal = refusalOf(decideMoa({ type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: { kind: "SIB", state: "TX" }, signatory: "T", title: "E" }, draftMoa()));
    expect(refusal).toEqual({ rule: "MOA VI", reason: expect.stringContaining("SIB TX is not a party to the MOA for VA") });
  });

  it("MOA VI: an LEA cannot sign the MOA", () => {
    const refusal = refusalOf(decideMoa({ type: "SignMoa", now: "2026-01-05T00:00:00.000Z", by: { kind: "LEA", ori: "VA0010000" }, signatory: "L", title: "Sheriff" }, draftMoa()));
    expect(refusal.rule).toBe("MOA VI");
  });
});
