import { describe, expect, it } from "vitest";
import { MoaCommand } from "./commands";
import { decideMoa } from "./decide";
import { apply, applyAll, draftMoa, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

const submit = { type: "SubmitDispute", now: "2026-02-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1", areasOfDisagreement: "Who pays for the relay upgrade" } as const;

describe("dispute resolution (MOA VII)", () => {
  it("MOA VII: a dispute resolved at program office level keeps its history", () => {
    const state = applyAll(signedMoa(), [submit, { type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "each party bears its own costs (MOA IX)" }, { type: "AgreeToDisputeResolution", now: "2026-02-05T00:00:00.000Z", by: SIB_VA, disputeId: "d1" }]);
    expect(state.disputes.d1?.status).toBe("resolved-at-program-office");
    expect(state.disputes.d1?.history.map((h) => h.step)).toEqual(["submitted-to-program-office", "resolved-at-program-office"]);
  });

  it("MOA VII: a dispute not resolved at program office level is raised to agency level and resolved there", () => {
    const state = applyAll(signedMoa(), [
      submit,
      { type: "RaiseDisputeToAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1", reason: "no agreement after two meetings" },
      { type: "ResolveDisputeAtAgencyLevel", now: "2026-04-01T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "ICE funds the upgrade" },
      { type: "AgreeToDisputeResolution", now: "2026-04-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1" },
    ]);
    expect(state.disputes.d1?.history).toEqual([
      { step: "submitted-to-program-office", at: "2026-02-01T00:00:00.000Z", side: "SIB", text: "Who pays for the relay upgrade" },
      { step: "raised-to-agency-level", at: "2026-03-01T00:00:00.000Z", side: "SIB", text: "no agreement after two meetings" },
      { step: "resolved-at-agency-level", at: "2026-04-01T00:00:00.000Z", side: "ICE", text: "ICE funds the upgrade" },
    ]);
  });

  it("MOA VII: raising a dispute that was not first tried at program office level is refused", () => {
    const refusal = refusalOf(decideMoa({ type: "RaiseDisputeToAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: SIB_VA, disputeId: "d9", reason: "urgent" }, signedMoa()));
    expect(refusal).toEqual({ rule: "MOA VII", reason: expect.stringContaining("first attempt at resolution shall occur at the program office level") });
  });

  it("MOA VII: a dispute resolved at program office level is not raised to agency level", () => {
    const resolved = applyAll(signedMoa(), [submit, { type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "ok" }, { type: "AgreeToDisputeResolution", now: "2026-02-06T00:00:00.000Z", by: SIB_VA, disputeId: "d1" }]);
    expect(refusalOf(decideMoa({ type: "RaiseDisputeToAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1", reason: "r" }, resolved)).reason).toContain("resolved at program office");
  });

  it("MOA VII: only a dispute raised to agency level is resolved there", () => {
    const submitted = apply(signedMoa(), submit);
    expect(refusalOf(decideMoa({ type: "ResolveDisputeAtAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "r" }, submitted)).reason).toContain("not raised to agency level");
  });

  it("MOA VII: a dispute must be written up (empty areas of disagreement are malformed)", () => {
    expect(MoaCommand.safeParse({ ...submit, areasOfDisagreement: "  " }).success).toBe(false);
  });

  it("MOA VII: there is no dispute under an MOA not signed by both parties", () => {
    expect(refusalOf(decideMoa(submit, draftMoa())).rule).toBe("MOA VII");
  });

  it("MOA VII: a dispute id is used once", () => {
    expect(refusalOf(decideMoa(submit, apply(signedMoa(), submit))).reason).toContain("already submitted");
  });

  describe("DOMAIN D11: neither party resolves a dispute alone", () => {
    const sibResolves = { type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: SIB_VA, disputeId: "d1", resolution: "we decide it ourselves" } as const;

    it("a SIB's own resolution of its own dispute leaves the dispute open until ICE agrees in writing", () => {
      const state = applyAll(signedMoa(), [submit, sibResolves]);
      expect(state.disputes.d1?.status).toBe("submitted-to-program-office");
      expect(state.disputes.d1?.pendingResolution).toEqual({ level: "program-office", side: "SIB", at: "2026-02-05T00:00:00.000Z", text: "we decide it ourselves" });
    });

    it("the party that wrote the resolution cannot agree to it", () => {
      const refusal = refusalOf(decideMoa({ type: "AgreeToDisputeResolution", now: "2026-02-06T00:00:00.000Z", by: SIB_VA, disputeId: "d1" }, applyAll(signedMoa(), [submit, sibResolves])));
      expect(refusal).toEqual({ rule: "DOMAIN D11", reason: expect.stringContaining("neither party resolves a dispute alone") });
    });

    it("the other party's written agreement makes it count, in the resolver's words", () => {
      const state = applyAll(signedMoa(), [submit, sibResolves, { type: "AgreeToDisputeResolution", now: "2026-02-06T00:00:00.000Z", by: ICE, disputeId: "d1" }]);
      expect(state.disputes.d1?.status).toBe("resolved-at-program-office");
      expect(state.disputes.d1?.history.at(-1)).toEqual({ step: "resolved-at-program-office", at: "2026-02-06T00:00:00.000Z", side: "SIB", text: "we decide it ourselves" });
      expect(state.disputes.d1?.pendingResolution).toBeUndefined();
    });

    it("there is nothing to agree to before a resolution is written, and one side writes one at a time", () => {
      expect(refusalOf(decideMoa({ type: "AgreeToDisputeResolution", now: "2026-02-06T00:00:00.000Z", by: ICE, disputeId: "d1" }, apply(signedMoa(), submit))).rule).toBe("DOMAIN D11");
      expect(refusalOf(decideMoa({ ...sibResolves, now: "2026-02-07T00:00:00.000Z" }, applyAll(signedMoa(), [submit, sibResolves]))).reason).toContain("already awaits");
    });

    it("a dispute whose resolution is not agreed may still be raised to agency level, which drops the unagreed resolution", () => {
      const state = applyAll(signedMoa(), [submit, sibResolves, { type: "RaiseDisputeToAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: ICE, disputeId: "d1", reason: "ICE does not agree" }]);
      expect(state.disputes.d1?.status).toBe("raised-to-agency-level");
      expect(state.disputes.d1?.pendingResolution).toBeUndefined();
    });
  });

  it("issue 12: ids named like an object's own machinery are no dispute or modification", () => {
    const state = apply(signedMoa(), submit);
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(refusalOf(decideMoa({ type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: ICE, disputeId: id, resolution: "r" }, state)).reason).toContain(`no dispute ${id}`);
      expect(refusalOf(decideMoa({ type: "ConsentToModification", now: "2026-02-05T00:00:00.000Z", by: ICE, modificationId: id, form: "written" }, state)).reason).toContain(`no modification ${id}`);
    }
    // And such an id is an ordinary id once submitted.
    const withProto = apply(state, { ...submit, disputeId: "__proto__" });
    expect(Object.hasOwn(withProto.disputes, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(withProto.disputes)).toBe(Object.prototype);
  });
});
