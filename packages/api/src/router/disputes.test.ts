import { testBackends } from "@sc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeOf } from "../flow/test-world";
import { openWorld, type World } from "../test/world";

describe.each(testBackends())("disputes under the MOA for VA on $name (MOA VII)", (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld(backend);
  });
  afterAll(async () => {
    await world.close();
  });

  it("are refused under an MOA not signed by both parties", async () => {
    const sib = await world.as("sib.va");
    expect(await outcomeOf(sib.disputes.submit({ idempotencyKey: "dispute-va-0000", state: "VA", areasOfDisagreement: "Relay times." }))).toMatch(
      /^PRECONDITION_FAILED: MOA VII: .* not signed by both parties/,
    );
    await (await world.as("program")).moa.sign({ state: "VA", signatory: "A. Director", title: "Director" });
    await sib.moa.sign({ state: "VA", signatory: "B. Chief", title: "Chief" });
  });

  it("go to agency level only after the program office level was tried and did not resolve them", async () => {
    const sib = await world.as("sib.va");
    const program = await world.as("program");
    expect(await outcomeOf(program.disputes.raiseToAgencyLevel({ state: "VA", disputeId: "DISPUTE-never", reason: "urgent" }))).toMatch(
      /^PRECONDITION_FAILED: MOA VII: the first attempt at resolution shall occur at the program office level/,
    );
    const submitted = await sib.disputes.submit({ idempotencyKey: "dispute-va-0001", state: "VA", areasOfDisagreement: "Who pays for the relay upgrade." });
    const disputeId = submitted.id ?? "";
    world.clock.advanceMinutes(10);
    await program.disputes.raiseToAgencyLevel({ state: "VA", disputeId, reason: "the program offices disagree" });
    expect(await outcomeOf(sib.disputes.resolveAtProgramOffice({ state: "VA", disputeId, resolution: "too late" }))).toMatch(
      /^PRECONDITION_FAILED: MOA VII: .* raised to agency level: it can no longer be resolved at program office level/,
    );
    world.clock.advanceMinutes(10);
    await sib.disputes.resolveAtAgencyLevel({ state: "VA", disputeId, resolution: "shared equally" });
    // DOMAIN D11: it counts once the other party agrees in writing.
    await program.disputes.agreeToResolution({ state: "VA", disputeId });
    const dispute = await (await world.as("auditor")).disputes.get({ state: "VA", disputeId });
    expect(dispute.status).toBe("resolved-at-agency-level");
    expect(dispute.history.map((h) => `${h.step} by ${h.side}`)).toEqual([
      "submitted-to-program-office by SIB",
      "raised-to-agency-level by ICE",
      "resolved-at-agency-level by SIB",
    ]);
  });

  it("resolved at program office level cannot be raised any more", async () => {
    const sib = await world.as("sib.va");
    const program = await world.as("program");
    const { id } = await program.disputes.submit({ idempotencyKey: "dispute-va-0002", state: "VA", areasOfDisagreement: "POC response times." });
    const disputeId = id ?? "";
    await sib.disputes.resolveAtProgramOffice({ state: "VA", disputeId, resolution: "weekly call agreed" });
    await program.disputes.agreeToResolution({ state: "VA", disputeId });
    expect(await outcomeOf(sib.disputes.raiseToAgencyLevel({ state: "VA", disputeId, reason: "changed our mind" }))).toMatch(
      /^PRECONDITION_FAILED: MOA VII: only a dispute not resolved at program office level is raised to agency level/,
    );
    expect((await sib.disputes.list({ state: "VA" })).map((d) => d.status)).toEqual(["resolved-at-agency-level", "resolved-at-program-office"]);
  });

  it("are the MOA parties' to give and their readers' to read: LEAs and auditors read, never submit; other states see nothing", async () => {
    const lea = await world.as("lea.va");
    expect(await outcomeOf(lea.disputes.submit({ idempotencyKey: "dispute-lea-0001", state: "VA", areasOfDisagreement: "x" }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await world.as("auditor")).disputes.submit({ idempotencyKey: "dispute-aud-0001", state: "VA", areasOfDisagreement: "x" }))).toMatch(/^FORBIDDEN/);
    expect(await lea.disputes.list()).toHaveLength(2);
    const otherSib = await world.as("sib.nc");
    expect(await otherSib.disputes.list()).toEqual([]);
    expect(await outcomeOf(otherSib.disputes.list({ state: "VA" }))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf(otherSib.disputes.resolveAtProgramOffice({ state: "VA", disputeId: "DISPUTE-x", resolution: "x" }))).toMatch(/^FORBIDDEN: ResolveDisputeAtProgramOffice: SIB NC acts within NC only/);
    expect(await outcomeOf(lea.disputes.get({ state: "VA", disputeId: "DISPUTE-none" }))).toMatch(/^NOT_FOUND: disputeId/);
  });

  it("DOMAIN D11: a SIB alone does not resolve its own dispute; ICE's written agreement makes the resolution count", async () => {
    const sib = await world.as("sib.va");
    const program = await world.as("program");
    const { id } = await sib.disputes.submit({ idempotencyKey: "dispute-va-0003", state: "VA", areasOfDisagreement: "Hours of the relay desk." });
    const disputeId = id ?? "";
    await sib.disputes.resolveAtProgramOffice({ state: "VA", disputeId, resolution: "we keep our hours" });
    expect((await sib.disputes.get({ state: "VA", disputeId })).status).toBe("submitted-to-program-office");
    expect(await outcomeOf(sib.disputes.agreeToResolution({ state: "VA", disputeId }))).toMatch(/^PRECONDITION_FAILED: DOMAIN D11: neither party resolves a dispute alone/);
    await program.disputes.agreeToResolution({ state: "VA", disputeId });
    const dispute = await sib.disputes.get({ state: "VA", disputeId });
    expect(dispute.status).toBe("resolved-at-program-office");
    expect(dispute.history.at(-1)).toMatchObject({ step: "resolved-at-program-office", side: "SIB", text: "we keep our hours" });
  });

  it("issue 12: constructor, __proto__ and toString are no dispute and no modification", async () => {
    const program = await world.as("program");
    for (const id of ["constructor", "__proto__", "toString"]) {
      expect(await outcomeOf(program.disputes.get({ state: "VA", disputeId: id }))).toMatch(/^NOT_FOUND: disputeId/);
      expect(await outcomeOf(program.disputes.resolveAtProgramOffice({ state: "VA", disputeId: id, resolution: "r" }))).toMatch(new RegExp(`^PRECONDITION_FAILED: MOA VII: no dispute ${id}`));
      expect(await outcomeOf(program.disputes.resolveAtAgencyLevel({ state: "VA", disputeId: id, resolution: "r" }))).toMatch(new RegExp(`^PRECONDITION_FAILED: MOA VII: no dispute ${id}`));
      expect(await outcomeOf(program.disputes.agreeToResolution({ state: "VA", disputeId: id }))).toMatch(new RegExp(`^PRECONDITION_FAILED: MOA VII: no dispute ${id}`));
      expect(await outcomeOf(program.moa.consentToModification({ state: "VA", modificationId: id, form: "written" }))).toMatch(new RegExp(`^PRECONDITION_FAILED: MOA VIII: no modification ${id}`));
      expect(await outcomeOf(program.moa.declineModification({ state: "VA", modificationId: id, reason: "no" }))).toMatch(new RegExp(`^PRECONDITION_FAILED: MOA VIII: no modification ${id}`));
    }
  });
});
