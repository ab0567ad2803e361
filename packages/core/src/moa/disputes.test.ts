import { describe, expect, it } from "vitest";
import { MoaCommand } from "./commands";
import { decideMoa } from "./decide";
import { apply, applyAll, draftMoa, ICE, refusalOf, SIB_VA, signedMoa } from "./testing";

const submit = { type: "SubmitDispute", now: "2026-02-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1", areasOfDisagreement: "Who pays for the relay upgrade" } as const;

describe("dispute resolution (MOA VII)", () => {
  it("MOA VII: a dispute resolved at program office level keeps its history", () => {
    const state = applyAll(signedMoa(), [submit, { type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "each party bears its own costs (MOA IX)" }]);
    expect(state.disputes.d1?.status).toBe("resolved-at-program-office");
    expect(state.disputes.d1?.history.map((h) => h.step)).toEqual(["submitted-to-program-office", "resolved-at-program-office"]);
  });

  it("MOA VII: a dispute not resolved at program office level is raised to agency level and resolved there", () => {
    const state = applyAll(signedMoa(), [
      submit,
      { type: "RaiseDisputeToAgencyLevel", now: "2026-03-01T00:00:00.000Z", by: SIB_VA, disputeId: "d1", reason: "no agreement after two meetings" },
      { type: "ResolveDisputeAtAgencyLevel", now: "2026-04-01T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "ICE funds the upgrade" },
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
    const resolved = applyAll(signedMoa(), [submit, { type: "ResolveDisputeAtProgramOffice", now: "2026-02-05T00:00:00.000Z", by: ICE, disputeId: "d1", resolution: "ok" }]);
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
});
